using NUnit.Framework;
using QCFramework.Calibration;
using QCFramework.Calibration.Algorithms;
using QCFramework.Tests.Measurement;

namespace QCFramework.Tests.Calibration;

public class PhantomlessTests
{
    private static readonly ICalibrationAlgorithm[] Phantomless = [new PhantomlessMuscleFat(), new PhantomlessFatAir(), new PhantomlessMultiTissue()];

    // Effective energies that 70–140 kVp beams have behind a body (the scanner simulator replaces these in stage 2).
    [TestCase(48.0)]
    [TestCase(56.0)]
    [TestCase(65.0)]
    [TestCase(78.0)]
    public void Phantomless_methods_read_the_patient_within_10_percent(double kev)
    {
        var (_, _, m) = Scans.Measured("patient-l1.yaml", new SyntheticScan.Settings(EffectiveEnergyKev: kev));
        foreach (var algorithm in Phantomless)
        {
            var fit = algorithm.Fit(new CalibrationInputs(m));
            Assert.That(fit.IsApplicable, Is.True, $"{algorithm.Name}: {fit.NotApplicableReason}");
            Assert.That(fit.Estimate(m.Vertebrae[0]).ValueMgPerCm3, Is.EqualTo(140).Within(10).Percent, algorithm.Name);
        }
    }

    [Test]
    public void The_multi_tissue_fit_finds_the_series_energy()
    {
        var (_, _, m) = Scans.Measured("patient-l1.yaml", new SyntheticScan.Settings(EffectiveEnergyKev: 58));
        var fit = new PhantomlessMultiTissue().Fit(new CalibrationInputs(m));
        Assert.That(fit.Diagnostic("effectiveEnergyKev"), Is.EqualTo(58).Within(0.5));
        Assert.That(fit.Diagnostic("tissues"), Is.EqualTo(5));
        Assert.That(fit.Diagnostic("gain"), Is.EqualTo(1).Within(0.01));
    }

    [Test]
    public void Enhanced_blood_is_left_out_and_the_fit_goes_on_without_it()
    {
        var settings = new SyntheticScan.Settings(EffectiveEnergyKev: Scans.DefaultKev, Iodine: (5, 0, 0, 0), Contrast: "portal");
        var (_, _, m) = Scans.Measured("patient-l1.yaml", settings);
        var fit = new PhantomlessMultiTissue().Fit(new CalibrationInputs(m));
        Assert.That(fit.Diagnostic("tissues"), Is.EqualTo(4));
        Assert.That(fit.Estimate(m.Vertebrae[0]).ValueMgPerCm3, Is.EqualTo(140).Within(10).Percent);
    }

    [Test]
    public void A_spine_phantom_has_no_reference_tissues_and_every_phantomless_method_says_which()
    {
        var (_, _, m) = Scans.Measured("esp-on-calibration.yaml");
        foreach (var algorithm in Phantomless)
        {
            var fit = algorithm.Fit(new CalibrationInputs(m));
            Assert.That(fit.IsApplicable, Is.False, algorithm.Name);
            Assert.That(fit.NotApplicableReason, Does.Contain("fat").Or.Contain("muscle"), algorithm.Name);
            Assert.That(fit.Estimate(m.Vertebrae[0]).ValueMgPerCm3, Is.Null);
        }
    }
}
