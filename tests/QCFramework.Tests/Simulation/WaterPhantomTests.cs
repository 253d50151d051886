using NUnit.Framework;
using QCFramework.Simulation;
using static QCFramework.Tests.Simulation.SimulationFixture;

namespace QCFramework.Tests.Simulation;

/// <summary>
/// CT-number accuracy and uniformity on water, the checks of IEC 61223-3-5 and AAPM Report 39:
/// water 0 HU at the centre, centre-to-edge uniformity within ±5 HU after the scanner's water
/// beam-hardening correction, air −1000 HU — at every kVp and for a small and a large body.
/// </summary>
public class WaterPhantomTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        foreach (string phantom in new[] { "water-200.yaml", "water-320.yaml" })
        {
            foreach (double kvp in new[] { 70.0, 100.0, 140.0 })
            {
                yield return new TestCaseData(phantom, kvp).SetName($"{phantom} at {kvp} kVp");
            }
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void Water_reads_0_HU_is_uniform_and_air_reads_minus_1000_HU_in_physics_mode(string file, double kvp)
    {
        var phantom = Phantom(file);
        double radius = file.Contains("320") ? 160 : 100;
        var scan = CtScanner.Scan(phantom, Scanner(), Protocol(kvp, mas: 400, sliceMm: 5, zRange: (0, 0)), seed: 11);
        var image = scan.Series[0];
        var centre = Disc(image, 0, 0, 0, 20);
        Assert.That(centre.Mean, Is.EqualTo(0).Within(3), $"centre {centre.Mean:0.00} ± {centre.Sd:0.00} HU");
        foreach (var (x, y) in new[] { (0.0, -1.0), (1.0, 0.0), (0.0, 1.0), (-1.0, 0.0) })
        {
            var edge = Disc(image, 0, x * (radius - 20), y * (radius - 20), 10);
            Assert.That(edge.Mean - centre.Mean, Is.EqualTo(0).Within(5), $"edge at ({x},{y}): {edge.Mean:0.00} vs centre {centre.Mean:0.00} HU");
        }

        double half = image.Grid.Columns * image.Grid.PixelSpacingMm / 2;
        var air = Disc(image, 0, -(half - 12), -(half - 12), 8);
        Assert.That(air.Mean, Is.EqualTo(-1000).Within(10), $"air {air.Mean:0.0} HU");
    }
}
