using NUnit.Framework;
using QCFramework.Calibration;
using QCFramework.Calibration.Algorithms;
using QCFramework.Imaging;
using QCFramework.Measurement;
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
}
