using NUnit.Framework;
using QCFramework.Statistics;

namespace QCFramework.Tests.Statistics;

public class AccuracyTests
{
    [Test]
    public void Relative_error_and_rmse_by_hand()
    {
        Assert.That(ErrorMetrics.RelativeErrorPct(110, 100), Is.EqualTo(10).Within(1e-12));
        Assert.That(ErrorMetrics.RelativeErrorPct(45, 50), Is.EqualTo(-10).Within(1e-12));
        Assert.That(ErrorMetrics.AbsoluteError(45, 50), Is.EqualTo(5));
        Assert.That(ErrorMetrics.RelativeErrorPct(1, 0), Is.NaN);
        // Errors 3, −4: RMSE = √((9 + 16)/2).
        Assert.That(ErrorMetrics.Rmse([53.0, 96.0], [50.0, 100.0]), Is.EqualTo(Math.Sqrt(12.5)).Within(1e-14));
    }

    [Test]
    public void Rsd_of_repeats_is_sd_over_mean()
    {
        // 98, 100, 102: mean 100, SD 2.
        Assert.That(Descriptive.RelativeStandardDeviationPct([98.0, 100.0, 102.0]), Is.EqualTo(2.0).Within(1e-13));
    }

    [Test]
    public void Groups_are_summarised_separately_in_key_order()
    {
        string[] groups = ["L2", "L1", "L2", "L1"];
        double[] measured = [105, 48, 95, 52];
        double[] nominal = [100, 50, 100, 50];

        var result = Accuracy.ByGroup(groups, measured, nominal);

        Assert.That(result.Select(r => r.Group), Is.EqualTo(new[] { "L1", "L2" }));
        var l1 = result[0].Summary;
        Assert.That(l1.N, Is.EqualTo(2));
        Assert.That(l1.MeanError, Is.EqualTo(0).Within(1e-14));
        Assert.That(l1.MeanAbsoluteRelativeErrorPct, Is.EqualTo(4).Within(1e-12));
        Assert.That(l1.Rmse, Is.EqualTo(2).Within(1e-14));
        Assert.That(l1.RsdPct, Is.EqualTo(100 * Math.Sqrt(8) / 50).Within(1e-12));
        Assert.That(result[1].Summary.MeanRelativeErrorPct, Is.EqualTo(0).Within(1e-12));
        Assert.That(result[1].Summary.Rmse, Is.EqualTo(5).Within(1e-14));
    }
}
