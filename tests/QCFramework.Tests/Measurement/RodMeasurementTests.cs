using NUnit.Framework;
using QCFramework.Measurement;
using QCFramework.Physics;

namespace QCFramework.Tests.Measurement;

public class RodMeasurementTests
{
    private static double Hu(string material) => HounsfieldScale.Monoenergetic(MaterialLibrary.Default.Resolve(material), Scans.DefaultKev);

    [Test]
    public void The_five_Mindways_rods_are_found_in_increasing_x_with_their_CT_numbers()
    {
        var (phantom, _, m) = Scans.Measured("esp-on-calibration.yaml");
        // mindways-model3.yaml offset by 55.5 mm: rods at x = −100 … 100 (pitch 50), y = 55.5 + 40/2, radius 9.5.
        Assert.That(m.Rods.Select(r => r.Index), Is.EqualTo(new[] { 0, 1, 2, 3, 4 }));
        var certificate = phantom.Certificate!;
        for (int i = 0; i < 5; i++)
        {
            var rod = m.Rods[i];
            Assert.That(rod.CenterXMm, Is.EqualTo(-100 + 50 * i).Within(0.5), $"rod {i} x");
            Assert.That(rod.CenterYMm, Is.EqualTo(75.5).Within(0.7), $"rod {i} y");
            Assert.That(rod.RadiusMm, Is.EqualTo(9.5).Within(0.5), $"rod {i} radius");
            var c = certificate.Rods[i];
            Assert.That(rod.MeanHu, Is.EqualTo(Hu($"mindways-rod:{c.K2hpo4MgPerCm3}:{c.WaterMgPerCm3}")).Within(1.5), $"rod {i} HU");
        }
    }

    [Test]
    public void A_rod_without_contrast_against_its_pad_is_placed_by_the_pitch_of_the_others()
    {
        var file = Scans.EspOn("qrm-bdc.yaml");
        var (_, _, m) = Scans.Measured(file);
        // qrm-bdc.yaml: rods at x = −45, 0, 45, the first 0 mg HA/cm³ in the same resin as the body.
        Assert.That(m.Rods.Select(r => r.CenterXMm), Is.EqualTo(new[] { -45.0, 0, 45 }).Within(0.5));
        Assert.That(m.Rods.Select(r => r.MeanHu), Is.EqualTo(new[] { Hu("ha-in-resin:0"), Hu("ha-in-resin:100"), Hu("ha-in-resin:200") }).Within(1.5));
    }

    [Test]
    public void Without_a_certificate_rods_are_not_searched_and_without_a_pad_none_are_found()
    {
        var (_, volume) = Scans.Qct("esp-on-calibration.yaml");
        Assert.That(SeriesMeasurer.Measure(volume).Rods, Is.Empty);

        var (_, bare) = Scans.Qct("esp.yaml");
        var m = SeriesMeasurer.Measure(bare, new MeasurementOptions(ExpectedRodCount: 5));
        Assert.That(m.Rods, Is.Empty);
        Assert.That(m.Notes, Has.Some.Contains("no calibration pad"));
    }
}
