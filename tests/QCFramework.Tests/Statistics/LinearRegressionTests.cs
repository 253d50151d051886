using NUnit.Framework;
using QCFramework.Statistics;

namespace QCFramework.Tests.Statistics;

public class LinearRegressionTests
{
    // NIST Statistical Reference Datasets, linear least squares "Norris" (36 observations; lower difficulty).
    private static readonly double[] NorrisY =
    [
        0.1, 338.8, 118.1, 888.0, 9.2, 228.1, 668.5, 998.5, 449.1, 778.9, 559.2, 0.3, 0.1, 778.1, 668.8, 339.3, 448.9, 10.8,
        557.7, 228.3, 998.0, 888.8, 119.6, 0.3, 0.6, 557.6, 339.3, 888.0, 998.5, 778.9, 10.2, 117.6, 228.9, 668.4, 449.2, 0.2,
    ];

    private static readonly double[] NorrisX =
    [
        0.2, 337.4, 118.2, 884.6, 10.1, 226.5, 666.3, 996.3, 448.6, 777.0, 558.2, 0.4, 0.6, 775.5, 666.9, 338.0, 447.5, 11.6,
        556.0, 228.1, 995.8, 887.6, 120.2, 0.3, 0.3, 556.8, 339.1, 887.2, 999.0, 779.0, 11.1, 118.3, 229.2, 669.1, 448.9, 0.5,
    ];

    [Test]
    public void Norris_reproduces_the_NIST_certified_values()
    {
        var fit = LinearRegression.Fit(NorrisX, NorrisY);

        Assert.That(fit.Intercept, Is.EqualTo(-0.262323073774029).Within(1e-9).Percent);
        Assert.That(fit.Slope, Is.EqualTo(1.00211681802045).Within(1e-10).Percent);
        Assert.That(fit.InterceptStandardError, Is.EqualTo(0.232818234301152).Within(1e-9).Percent);
        Assert.That(fit.SlopeStandardError, Is.EqualTo(0.429796848199937E-03).Within(1e-9).Percent);
        Assert.That(fit.StandardErrorOfEstimate, Is.EqualTo(0.884796396144373).Within(1e-9).Percent);
        Assert.That(fit.RSquared, Is.EqualTo(0.999993745883712).Within(1e-12).Percent);
        Assert.That(fit.DegreesOfFreedom, Is.EqualTo(34));
    }

    [Test]
    public void Confidence_intervals_are_estimate_plus_minus_t_times_standard_error()
    {
        var fit = LinearRegression.Fit(NorrisX, NorrisY);
        double t = 2.032244509317718; // qt(0.975, 34)

        Assert.That(fit.SlopeCi.Upper - fit.Slope, Is.EqualTo(t * fit.SlopeStandardError).Within(1e-9).Percent);
        Assert.That(fit.Intercept - fit.InterceptCi.Lower, Is.EqualTo(t * fit.InterceptStandardError).Within(1e-9).Percent);
        // The certified t of the intercept, −1.12672907498579, gives p = 2·pt(−1.12672907498579, 34) = 0.267746742333323 in R.
        Assert.That(fit.InterceptPValue, Is.EqualTo(0.267746742333323).Within(1e-8).Percent);
    }

    [Test]
    public void All_x_equal_is_bad_input()
    {
        Assert.Throws<InputException>(() => LinearRegression.Fit([2.0, 2, 2, 2], [1.0, 2, 3, 4]));
    }
}
