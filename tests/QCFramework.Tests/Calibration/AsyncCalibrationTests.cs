using NUnit.Framework;
using QCFramework.Calibration;
using QCFramework.Calibration.Algorithms;
using QCFramework.Imaging;
using QCFramework.Measurement;
using QCFramework.Physics;
using QCFramework.Tests.Measurement;

namespace QCFramework.Tests.Calibration;

public class AsyncCalibrationTests
{
    private static StoredCalibration Stored()
    {
        var (phantom, _, m) = Scans.Measured("calibration-only.yaml");
        return StoredCalibration.Create(m, phantom.Certificate!);
    }

    private static SeriesMeasurement EspShiftedBy(double hu)
    {
        var (_, volume) = Scans.Qct("esp.yaml");
        var shifted = volume with { SlicesHu = volume.SlicesHu.Select(s => s.Select(v => v + (float)hu).ToArray()).ToArray() };
        return SeriesMeasurer.Measure(shifted);
    }

    [Test]
    public void A_phantom_only_calibration_reads_the_ESP_within_5_percent_or_3_mg()
    {
        var stored = Stored();
        Assert.That(stored.EffectiveEnergyKev, Is.EqualTo(Scans.DefaultKev).Within(0.5), "the rods' slope gives the series' energy");
        var m = EspShiftedBy(0);
        var fit = new AsyncCalibration().Fit(new CalibrationInputs(m, StoredCalibration: stored));
        Assert.That(fit.IsApplicable, Is.True, fit.NotApplicableReason);
        Assert.That(fit.Warnings, Is.Empty);
        var truth = new[] { 50.0, 100, 200 };
        for (int i = 0; i < 3; i++)
        {
            double value = fit.Estimate(m.Vertebrae[i]).ValueMgPerCm3!.Value;
            Assert.That(Math.Abs(value - truth[i]), Is.LessThanOrEqualTo(Math.Max(0.05 * truth[i], 3)), m.Vertebrae[i].Label);
        }
    }

    [Test]
    public void Drift_beyond_5_HU_warns_and_beyond_10_HU_refuses()
    {
        var stored = Stored();
        var warned = new AsyncCalibration().Fit(new CalibrationInputs(EspShiftedBy(7), StoredCalibration: stored));
        Assert.That(warned.IsApplicable, Is.True);
        Assert.That(warned.Diagnostic("airDriftHu"), Is.EqualTo(7).Within(0.1));
        Assert.That(warned.Warnings, Has.Some.Contains("drifted"));

        var refused = new AsyncCalibration().Fit(new CalibrationInputs(EspShiftedBy(-15), StoredCalibration: stored));
        Assert.That(refused.IsApplicable, Is.False);
        Assert.That(refused.NotApplicableReason, Does.Contain("re-calibrate"));
    }

    [Test]
    public void Another_protocol_or_no_stored_calibration_is_refused()
    {
        var stored = Stored() with { Kvp = 100 };
        var m = EspShiftedBy(0);
        Assert.That(new AsyncCalibration().Fit(new CalibrationInputs(m, StoredCalibration: stored)).NotApplicableReason, Does.Contain("kVp"));
        Assert.That(new AsyncCalibration().Fit(new CalibrationInputs(m)).NotApplicableReason, Does.Contain("no stored calibration"));
    }

    [Test]
    public void A_scan_without_rods_cannot_be_stored_as_a_calibration()
    {
        var (phantom, _, _) = Scans.Measured("calibration-only.yaml");
        Assert.Throws<InputException>(() => StoredCalibration.Create(EspShiftedBy(0), phantom.Certificate!));
    }

    [Test]
    public void The_calibration_records_the_phantoms_water_equivalent_diameter()
    {
        // AAPM Report 220 in closed form for the pad alone: the 320 × 40 mm resin box and its five
        // 9.5 mm-radius rods, each area weighted by 1 + HU/1000 at the synthetic scan's energy.
        var library = MaterialLibrary.Default;
        double Weight(string material) => 1 + HounsfieldScale.Monoenergetic(library.Resolve(material), Scans.DefaultKev) / 1000;
        string[] rods = ["-51.83:1012.25", "-53.40:1056.95", "58.88:1103.57", "157.05:1119.52", "375.83:923.20"];
        double rodArea = Math.PI * 9.5 * 9.5;
        double resin = Weight("water-equivalent-resin");
        double waterArea = 320 * 40 * resin + rods.Sum(r => rodArea * (Weight("mindways-rod:" + r) - resin));
        double expected = 2 * Math.Sqrt(waterArea / Math.PI);

        var stored = Stored();
        Assert.That(stored.WaterEquivalentDiameterMm, Is.EqualTo(expected).Within(1).Percent);
    }

    [Test]
    public void An_object_far_larger_than_the_calibration_phantom_warns()
    {
        var stored = Stored();
        var esp = new AsyncCalibration().Fit(new CalibrationInputs(EspShiftedBy(0), StoredCalibration: stored));
        Assert.That(esp.Diagnostic("seriesDwMm")!.Value - esp.Diagnostic("calibrationDwMm")!.Value, Is.LessThan(AsyncCalibration.SizeWarnMm), "the ESP alone is close to the pad's size");
        Assert.That(esp.Warnings, Is.Empty);

        var patient = new AsyncCalibration().Fit(new CalibrationInputs(Scans.Measured("patient-l1.yaml").Measurement, StoredCalibration: stored));
        Assert.That(patient.IsApplicable, Is.True, "a warning, not a refusal");
        Assert.That(patient.Diagnostic("seriesDwMm")!.Value - patient.Diagnostic("calibrationDwMm")!.Value, Is.GreaterThan(AsyncCalibration.SizeWarnMm));
        Assert.That(patient.Warnings, Has.Some.Contains("water-equivalent"));

        var unknown = new AsyncCalibration().Fit(new CalibrationInputs(EspShiftedBy(0), StoredCalibration: stored with { WaterEquivalentDiameterMm = null }));
        Assert.That(unknown.Warnings, Has.Some.Contains("size not checked"));
    }
}
