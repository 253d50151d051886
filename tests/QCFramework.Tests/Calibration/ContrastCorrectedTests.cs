using NUnit.Framework;
using QCFramework.Calibration;
using QCFramework.Calibration.Algorithms;
using QCFramework.Tests.Measurement;

namespace QCFramework.Tests.Calibration;

public class ContrastCorrectedTests
{
    private static (CalibrationResult Corrected, double Base, double Value) Run(double bloodIodine, string? tag)
    {
        var settings = new SyntheticScan.Settings(EffectiveEnergyKev: Scans.DefaultKev, Iodine: (bloodIodine, 1, 0.3, 1), Contrast: tag);
        var (phantom, _, m) = Scans.Measured("patient-l1-on-calibration.yaml", settings);
        var inputs = new CalibrationInputs(m, phantom.Certificate);
        var corrected = new ContrastCorrected().Fit(inputs);
        double baseValue = new QctRegression().Fit(inputs).Estimate(m.Vertebrae[0]).ValueMgPerCm3!.Value;
        return (corrected, baseValue, corrected.Estimate(m.Vertebrae[0]).ValueMgPerCm3!.Value);
    }

    [Test]
    public void A_tagged_portal_phase_gets_Toellys_portal_conversion()
    {
        var (_, b, value) = Run(5, "portal");
        Assert.That(value, Is.EqualTo(-4.517 + 0.978 * b).Within(1e-9));
    }

    [TestCase(5.0, 2, -4.517, 0.978)]
    [TestCase(12.0, 1, -2.287, 0.964)]
    public void An_untagged_phase_is_read_from_the_aortas_iodine(double iodine, int phase, double intercept, double slope)
    {
        var (fit, b, value) = Run(iodine, null);
        Assert.That(fit.Diagnostic("aorticIodineMgPerMl"), Is.EqualTo(iodine).Within(0.3));
        Assert.That(fit.Diagnostic("phase"), Is.EqualTo(phase));
        Assert.That(value, Is.EqualTo(intercept + slope * b).Within(1e-9));
    }

    [Test]
    public void Without_a_phase_tag_or_an_aorta_the_phase_is_unknown()
    {
        var (phantom, _, m) = Scans.Measured("esp-on-calibration.yaml");
        var fit = new ContrastCorrected().Fit(new CalibrationInputs(m, phantom.Certificate));
        Assert.That(fit.NotApplicableReason, Does.StartWith("contrast phase unknown"));
    }
}
