using NUnit.Framework;
using QCFramework.Measurement;
using QCFramework.Phantoms;
using QCFramework.Physics;

namespace QCFramework.Tests.Measurement;

public class BodyCompositionTests
{
    [TestCase("patient-l1.yaml")]
    [TestCase("patient-t12.yaml")]
    [TestCase("patient-l3.yaml")]
    public void Fat_areas_and_paraspinal_muscle_match_the_phantoms_regions(string file)
    {
        var (phantom, volume, m) = Scans.Measured(file);
        var truth = Rasterizer.Rasterize(phantom, volume.Grid, 0, 2);
        double Area(params string[] regions) => regions.Sum(r => truth.AreaMm2(phantom.RegionIndex(r))) / 100;
        var body = m.BodyComposition;
        Assert.That(body.NotApplicableReason, Is.Null);
        // Partial volume at 0.7 mm pixels: the windows cut boundary pixels (−190 HU at the skin keeps
        // only 91%-fat pixels), about half a pixel along each outline: up to 5% of the fat areas and 10%
        // of the muscle bellies' smaller area.
        Assert.That(body.SatAreaCm2, Is.EqualTo(Area("sat")).Within(5).Percent, "SAT");
        Assert.That(body.VatAreaCm2, Is.EqualTo(Area("vat")).Within(5).Percent, "VAT");
        Assert.That(body.VatSatRatio, Is.EqualTo(body.VatAreaCm2 / body.SatAreaCm2).Within(1e-12));
        Assert.That(body.MuscleAreaCm2, Is.EqualTo(Area("erector-spinae-left", "erector-spinae-right", "multifidus-left", "multifidus-right")).Within(10).Percent, "paraspinal muscle");
        Assert.That(body.MuscleMeanHu, Is.EqualTo(HounsfieldScale.Monoenergetic(MaterialLibrary.Default.Resolve("muscle"), Scans.DefaultKev)).Within(1.5));
        Assert.That(body.MuscleWindow, Is.EqualTo("-29..150 HU"));
    }

    [Test]
    public void The_alternative_muscle_window_is_an_option()
    {
        var (_, volume) = Scans.Qct("patient-l1.yaml");
        var body = SeriesMeasurer.Measure(volume, new MeasurementOptions(MuscleWindow: MuscleWindow.Alternative)).BodyComposition;
        Assert.That(body.MuscleWindow, Is.EqualTo("-20..150 HU"));
        Assert.That(body.MuscleAreaCm2, Is.GreaterThan(0));
    }

    [Test]
    public void A_spine_phantom_has_no_body_composition()
    {
        var body = Scans.Measured("esp-on-calibration.yaml").Measurement.BodyComposition;
        Assert.That(body.NotApplicableReason, Does.Contain("no subcutaneous fat"));
        Assert.That(new[] { body.MuscleAreaCm2, body.VatAreaCm2, body.SatAreaCm2, body.VatSatRatio }, Is.All.Null);
    }
}
