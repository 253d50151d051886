using NUnit.Framework;
using QCFramework.Calibration;
using QCFramework.Calibration.Algorithms;
using QCFramework.Phantoms;
using QCFramework.Tests.Measurement;

namespace QCFramework.Tests.Calibration;

public class PhantomCalibrationTests
{
    private static readonly CalibrationCertificate Ha3 = new("three HA rods", CertificateKind.Hydroxyapatite,
        [new("r0", 0, null, null), new("r1", 100, null, null), new("r2", 200, null, null)]);

    // The Mindways certificate of SCIENCE.md (Bonelab Ogo's example).
    private static readonly CalibrationCertificate Mindways = new("mindways", CertificateKind.K2hpo4Water,
    [
        new("a", null, -51.83, 1012.25), new("b", null, -53.40, 1056.95), new("c", null, 58.88, 1103.57),
        new("d", null, 157.05, 1119.52), new("e", null, 375.83, 923.20),
    ]);

    [Test]
    public void Two_point_is_the_published_formula()
    {
        // Water rod 2 HU, bone rod (200 mg/cm³) 302 HU, trabecular 122 HU: (122 − 2)/(302 − 2) × 200 = 80.
        var series = HandMadeSeries.SingleEnergy([2, 150, 302], [122]);
        var fit = new QctTwoPoint().Fit(new CalibrationInputs(series, Ha3));
        Assert.That(fit.Estimate(series.Vertebrae[0]).ValueMgPerCm3, Is.EqualTo(80).Within(1e-9));
        Assert.That(fit.Estimate(series.Vertebrae[0]).Category, Is.EqualTo("osteopenia"), "80 is the first value that is not osteoporotic (ACR)");
    }

    [Test]
    public void Regression_is_least_squares_and_stops_on_a_poor_fit()
    {
        // HU = 1.5·ρ + 3 exactly, except the middle rod is 1 HU high: slope 1.5, intercept 3 + 1/3.
        var series = HandMadeSeries.SingleEnergy([3, 154, 303], [183]);
        var fit = new QctRegression().Fit(new CalibrationInputs(series, Ha3));
        Assert.That(fit.Diagnostic("slopeHuPerMgPerCm3"), Is.EqualTo(1.5).Within(1e-12));
        Assert.That(fit.Diagnostic("interceptHu"), Is.EqualTo(3 + 1.0 / 3).Within(1e-12));
        Assert.That(fit.Estimate(series.Vertebrae[0]).ValueMgPerCm3, Is.EqualTo((183 - 3 - 1.0 / 3) / 1.5).Within(1e-9));

        var swapped = HandMadeSeries.SingleEnergy([3, 303, 154], [183]);
        var refused = new QctRegression().Fit(new CalibrationInputs(swapped, Ha3));
        Assert.That(refused.IsApplicable, Is.False);
        Assert.That(refused.NotApplicableReason, Does.StartWith("poor fit"));
        Assert.That(refused.Estimate(swapped.Vertebrae[0]).ValueMgPerCm3, Is.Null);
    }

    [Test]
    public void Mindways_applies_QCT_PROs_equations_then_the_HA_factor()
    {
        // Rods made to satisfy HU − W = σref·K + βref with σref = 1.70, βref = −1000.8.
        const double sigmaRef = 1.70, betaRef = -1000.8;
        var rodHu = Mindways.Rods.Select(r => r.WaterMgPerCm3!.Value + sigmaRef * r.K2hpo4MgPerCm3!.Value + betaRef).ToArray();
        var series = HandMadeSeries.SingleEnergy(rodHu, [150]);
        var fit = new QctMindways().Fit(new CalibrationInputs(series, Mindways));
        Assert.That(fit.Diagnostic("sigmaCt"), Is.EqualTo(sigmaRef - 0.2174).Within(1e-9));
        Assert.That(fit.Diagnostic("betaCt"), Is.EqualTo(betaRef + 999.6).Within(1e-9));
        double k2hpo4 = (150 - (betaRef + 999.6)) / (sigmaRef - 0.2174);
        Assert.That(fit.Estimate(series.Vertebrae[0]).ValueMgPerCm3, Is.EqualTo(k2hpo4 * fit.Diagnostic("k2hpo4ToHaFactor")!.Value).Within(1e-9));
        Assert.That(fit.Diagnostic("k2hpo4ToHaFactor"), Is.EqualTo(MineralEquivalence.K2hpo4ToHaFactor(MineralEquivalence.EnergyOfMindwaysSigmaRef(sigmaRef)!.Value)).Within(1e-9));

        // qct-regression water-corrects the same rods onto the same line.
        var regression = new QctRegression().Fit(new CalibrationInputs(series, Mindways));
        Assert.That(regression.Estimate(series.Vertebrae[0]).ValueMgPerCm3, Is.EqualTo(fit.Estimate(series.Vertebrae[0]).ValueMgPerCm3).Within(1e-9));
    }

    [Test]
    public void Phantom_methods_refuse_what_they_cannot_calibrate()
    {
        var series = HandMadeSeries.SingleEnergy([3, 154, 303], [183]);
        Assert.That(new QctMindways().Fit(new CalibrationInputs(series, Ha3)).NotApplicableReason, Does.Contain("HA rods"));
        Assert.That(new QctRegression().Fit(new CalibrationInputs(series)).NotApplicableReason, Does.Contain("no calibration phantom certificate"));
        Assert.That(new QctTwoPoint().Fit(new CalibrationInputs(series, Mindways)).NotApplicableReason, Does.Contain("3 rods found"));
        var noRods = HandMadeSeries.SingleEnergy([], [183]);
        Assert.That(new QctTwoPoint().Fit(new CalibrationInputs(noRods, Ha3)).NotApplicableReason, Does.Contain("no calibration rods"));
        var twoRods = new CalibrationCertificate("two", CertificateKind.Hydroxyapatite, [new("w", 0, null, null), new("b", 200, null, null)]);
        Assert.That(new QctRegression().Fit(new CalibrationInputs(HandMadeSeries.SingleEnergy([0, 300], [150]), twoRods)).NotApplicableReason, Does.Contain("at least three rods"));
    }

    private static IEnumerable<TestCaseData> EspSetUps()
    {
        yield return new TestCaseData("esp-on-calibration.yaml").SetName("ESP on the Mindways-like pad");
        yield return new TestCaseData("qrm-bdc.yaml").SetName("ESP on the QRM-BDC-like phantom");
        yield return new TestCaseData("bmas200.yaml").SetName("ESP on the B-MAS200-like phantom");
    }

    [TestCaseSource(nameof(EspSetUps))]
    public void Every_phantom_method_reads_the_ESP_within_5_percent_or_3_mg(string setUp)
    {
        string file = setUp.StartsWith("esp", StringComparison.Ordinal) ? setUp : Scans.EspOn(setUp);
        var (phantom, _, m) = Scans.Measured(file);
        var inputs = new CalibrationInputs(m, phantom.Certificate);
        var truth = new[] { 50.0, 100, 200 };
        foreach (var algorithm in new ICalibrationAlgorithm[] { new QctTwoPoint(), new QctRegression(), new QctMindways() })
        {
            var fit = algorithm.Fit(inputs);
            if (algorithm is QctMindways && phantom.Certificate!.Kind == CertificateKind.Hydroxyapatite)
            {
                Assert.That(fit.IsApplicable, Is.False);
                continue;
            }

            for (int i = 0; i < 3; i++)
            {
                double value = fit.Estimate(m.Vertebrae[i]).ValueMgPerCm3!.Value;
                Assert.That(Math.Abs(value - truth[i]), Is.LessThanOrEqualTo(Math.Max(0.05 * truth[i], 3)), $"{algorithm.Name} {m.Vertebrae[i].Label}: {value:0.0}");
            }
        }
    }

    [Test]
    public void Repeat_scans_of_the_ESP_agree_within_2_percent()
    {
        var values = new List<double[]>();
        for (ulong seed = 11; seed <= 15; seed++)
        {
            var (phantom, _, m) = Scans.Measured("esp-on-calibration.yaml", new SyntheticScan.Settings(EffectiveEnergyKev: Scans.DefaultKev, Seed: seed));
            var fit = new QctRegression().Fit(new CalibrationInputs(m, phantom.Certificate));
            values.Add(m.Vertebrae.Select(v => fit.Estimate(v).ValueMgPerCm3!.Value).ToArray());
        }

        for (int i = 0; i < 3; i++)
        {
            var repeat = values.Select(v => v[i]).ToArray();
            double mean = repeat.Average();
            double sd = Math.Sqrt(repeat.Sum(x => (x - mean) * (x - mean)) / (repeat.Length - 1));
            Assert.That(100 * sd / mean, Is.LessThanOrEqualTo(2), $"L{i + 1} RSD");
        }
    }
}
