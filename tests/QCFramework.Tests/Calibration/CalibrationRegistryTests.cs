using NUnit.Framework;
using QCFramework.Calibration;
using QCFramework.Tests.Measurement;

namespace QCFramework.Tests.Calibration;

public class CalibrationRegistryTests
{
    [Test]
    public void The_registry_holds_the_issues_algorithms_each_documented()
    {
        Assert.That(CalibrationRegistry.All.Select(a => a.Name), Is.EqualTo(new[]
        {
            "hu-direct", "qct-two-point", "qct-regression", "qct-mindways", "async", "phantomless-muscle-fat", "phantomless-fat-air",
            "phantomless-multi-tissue", "dect-two-material", "dect-three-material", "dect-vnc", "vmi-calibrated", "contrast-corrected",
        }));
        foreach (var algorithm in CalibrationRegistry.All)
        {
            Assert.That(algorithm.Citation, Is.Not.Empty, algorithm.Name);
            Assert.That(algorithm.Assumptions, Is.Not.Empty, algorithm.Name);
            Assert.That(algorithm.RequiredInputs, Is.Not.Empty, algorithm.Name);
        }
    }

    [Test]
    public void Names_are_parsed_and_unknown_ones_refused()
    {
        Assert.That(CalibrationRegistry.Parse("all"), Has.Count.EqualTo(13));
        Assert.That(CalibrationRegistry.Parse("dect-vnc, qct-regression").Select(a => a.Name), Is.EqualTo(new[] { "dect-vnc", "qct-regression" }));
        var error = Assert.Throws<InputException>(() => CalibrationRegistry.Parse("qct-regresion"));
        Assert.That(error!.Message, Does.Contain("qct-regresion").And.Contain("known:"));
    }

    [Test]
    public void On_a_series_it_cannot_handle_every_algorithm_refuses_with_a_reason_and_no_value()
    {
        // A spine phantom, single energy, no certificate, no stored calibration: only the HU triage runs.
        var (_, _, m) = Scans.Measured("esp-on-calibration.yaml");
        foreach (var algorithm in CalibrationRegistry.All)
        {
            var fit = algorithm.Fit(new CalibrationInputs(m));
            var estimates = m.Vertebrae.Select(fit.Estimate).ToArray();
            if (algorithm.Name == "hu-direct")
            {
                Assert.That(estimates.Select(e => e.Category), Is.EqualTo(new[] { "osteoporosis-risk", "normal", "normal" }), "71, 144, 291 HU");
                Assert.That(estimates.Select(e => e.ValueMgPerCm3), Is.All.Null, "classification only");
                continue;
            }

            Assert.That(fit.IsApplicable, Is.False, algorithm.Name);
            Assert.That(fit.NotApplicableReason, Is.Not.Empty, algorithm.Name);
            Assert.That(estimates.Select(e => e.ValueMgPerCm3), Is.All.Null, algorithm.Name);
            Assert.That(estimates.Select(e => e.Status), Is.All.EqualTo(BmdEstimate.NotApplicableStatus), algorithm.Name);
        }
    }

    [Test]
    public void The_HU_bands_warn_outside_120_kVp()
    {
        var series = HandMadeSeries.SingleEnergy([], [120], kvp: 80);
        var fit = CalibrationRegistry.Get("hu-direct").Fit(new CalibrationInputs(series));
        Assert.That(fit.Estimate(series.Vertebrae[0]).Category, Is.EqualTo("low-bone-mass"));
        Assert.That(fit.Warnings, Has.Some.Contains("120 kVp"));
    }
}
