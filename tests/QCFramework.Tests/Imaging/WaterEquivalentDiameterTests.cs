using NUnit.Framework;
using QCFramework.Phantoms;
using QCFramework.Imaging;

namespace QCFramework.Tests.Imaging;

/// <summary>AAPM Report 220's water-equivalent diameter against discs whose D_w is known in closed form.</summary>
public class WaterEquivalentDiameterTests
{
    // A disc of radius r at CT number h in air: D_w = 2r·√(1 + h/1000).
    private static double OfDisc(double radiusMm, float hu)
    {
        var grid = new RasterGrid(512, 512, 1);
        var image = new float[512 * 512];
        for (int j = 0; j < 512; j++)
        {
            for (int i = 0; i < 512; i++)
            {
                double x = grid.X(i), y = grid.Y(j);
                image[j * 512 + i] = x * x + y * y <= radiusMm * radiusMm ? hu : -1000f;
            }
        }

        return WaterEquivalentDiameter.Of(image, grid);
    }

    [TestCase(100.0, 0f)]
    [TestCase(160.0, 0f)]
    [TestCase(160.0, -100f)]
    [TestCase(100.0, 1000f)]
    public void Disc_gives_its_closed_form_diameter(double radiusMm, float hu)
    {
        double expected = 2 * radiusMm * Math.Sqrt(1 + hu / 1000.0);
        // Pixelised disc area is exact to about the perimeter times half a pixel: relative error < 1/r.
        Assert.That(OfDisc(radiusMm, hu), Is.EqualTo(expected).Within(100.0 / radiusMm).Percent);
    }

    [Test]
    public void Air_counts_nothing() => Assert.That(OfDisc(100, -1000f), Is.EqualTo(0));
}
