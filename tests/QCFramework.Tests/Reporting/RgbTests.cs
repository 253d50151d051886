using NUnit.Framework;
using QCFramework.Reporting.Charts;
using QCFramework.Reporting.Documents;

namespace QCFramework.Tests.Reporting;

public class RgbTests
{
    [Test]
    public void Relative_luminance_of_white_black_and_mid_grey_matches_WCAG()
    {
        Assert.That(Rgb.White.RelativeLuminance(), Is.EqualTo(1).Within(1e-12));
        Assert.That(Rgb.Black.RelativeLuminance(), Is.EqualTo(0).Within(1e-12));
        // sRGB 128 linearises to ((128/255 + 0.055) / 1.055)^2.4 = 0.21586.
        Assert.That(new Rgb(128, 128, 128).RelativeLuminance(), Is.EqualTo(0.21586).Within(1e-4));
    }

    [Test]
    public void Cell_text_is_white_on_dark_viridis_and_black_on_light_viridis()
    {
        Assert.That(Viridis.At(0).ContrastingText(), Is.EqualTo(Rgb.White));
        Assert.That(Viridis.At(1).ContrastingText(), Is.EqualTo(Rgb.Black));
    }

    [Test]
    public void Badge_words_meet_WCAG_AA_contrast_on_their_colours()
    {
        ReportStyle s = ReportStyle.Default;
        foreach (Rgb fill in new[] { s.PassFill, s.FailFill, s.NotApplicableFill })
        {
            double ratio = (1.0 + 0.05) / (fill.RelativeLuminance() + 0.05);
            Assert.That(ratio, Is.GreaterThanOrEqualTo(4.5), $"white on {fill.ToHex()}");
        }
    }

    [Test]
    public void Hex_round_trips()
    {
        Assert.That(Rgb.FromHex("#0072b2"), Is.EqualTo(new Rgb(0, 0x72, 0xb2)));
        Assert.That(new Rgb(0xd5, 0x5e, 0).ToHex(), Is.EqualTo("#d55e00"));
        Assert.Throws<ArgumentException>(() => Rgb.FromHex("0072b2"));
    }
}
