using NUnit.Framework;
using QCFramework.Reporting.Charts;

namespace QCFramework.Tests.Reporting;

public class ViridisTests
{
    // Entries of matplotlib's 256-entry viridis table (lib/matplotlib/_cm_listed.py) that are NOT among the
    // control points the implementation stores (every 8th entry): they test the interpolation, not a copy.
    [TestCase(4, 0.272594, 0.025563, 0.353093)]
    [TestCase(37, 0.274128, 0.199721, 0.498911)]
    [TestCase(101, 0.165117, 0.467423, 0.558141)]
    [TestCase(130, 0.125394, 0.574318, 0.549086)]
    [TestCase(203, 0.468053, 0.818921, 0.323998)]
    [TestCase(250, 0.945636, 0.899815, 0.112838)]
    [TestCase(253, 0.974417, 0.903590, 0.130215)]
    public void Interpolated_colours_match_matplotlibs_table(int index, double r, double g, double b)
    {
        Rgb c = Viridis.At(index / 255.0);
        // Linear interpolation over 8-entry intervals, rounded to bytes, stays within 2/255 of the table.
        Assert.That(c.R, Is.EqualTo(255 * r).Within(2));
        Assert.That(c.G, Is.EqualTo(255 * g).Within(2));
        Assert.That(c.B, Is.EqualTo(255 * b).Within(2));
    }

    [Test]
    public void Lightness_rises_monotonically_from_dark_to_light()
    {
        // CIELAB L* from sRGB (IEC 61966-2-1 linearisation, D65 luminance Y, CIE 1976 L*): the property that makes
        // viridis perceptually ordered.
        double previous = double.NegativeInfinity;
        for (int i = 0; i <= 200; i++)
        {
            double l = LStar(Viridis.At(i / 200.0));
            Assert.That(l, Is.GreaterThanOrEqualTo(previous - 0.05), $"L* falls at t = {i / 200.0}");
            previous = l;
        }
        Assert.That(LStar(Viridis.At(0)), Is.LessThan(20));
        Assert.That(LStar(Viridis.At(1)), Is.GreaterThan(85));
    }

    [Test]
    public void Positions_outside_zero_to_one_are_clamped_and_NaN_is_rejected()
    {
        Assert.That(Viridis.At(-3), Is.EqualTo(Viridis.At(0)));
        Assert.That(Viridis.At(7), Is.EqualTo(Viridis.At(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Viridis.At(double.NaN));
    }

    private static double LStar(Rgb c)
    {
        static double Lin(byte v)
        {
            double s = v / 255.0;
            return s <= 0.04045 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
        }
        double y = 0.2126 * Lin(c.R) + 0.7152 * Lin(c.G) + 0.0722 * Lin(c.B);
        return y > 216.0 / 24389 ? 116 * Math.Cbrt(y) - 16 : 24389.0 / 27 * y;
    }
}
