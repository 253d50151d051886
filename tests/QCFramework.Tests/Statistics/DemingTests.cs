using NUnit.Framework;
using QCFramework.Statistics;

namespace QCFramework.Tests.Statistics;

public class DemingTests
{
    [Test]
    public void Blood_test_data_reproduce_Wicklins_published_fit()
    {
        var (x, y) = PublishedData.Pairs(PublishedData.BloodTest);
        Assert.That(x, Has.Length.EqualTo(65));
        // Wicklin sets δ = var(y error)/var(x error) := Sxx/Syy; our λ = var(x error)/var(y error) is its reciprocal.
        double lambda = Descriptive.Variance(y) / Descriptive.Variance(x);

        var fit = DemingRegression.Fit(x, y, lambda);

        Assert.That(fit.Slope, Is.EqualTo(0.354463).Within(5e-7));
        Assert.That(fit.Intercept, Is.EqualTo(-10.56415).Within(5e-6));
    }

    [TestCase(1.0)]
    [TestCase(0.25)]
    [TestCase(4.0)]
    public void The_slope_maximises_the_Deming_likelihood(double lambda)
    {
        // With λ = σ²x/σ²y the Deming line minimises Σ(yᵢ − ȳ − b(xᵢ − x̄))² / (1 + λb²) over b (for λ = 1:
        // the sum of squared perpendicular distances). Minimise it here by golden-section search.
        var (x, y) = PublishedData.Pairs(PublishedData.Creatinine);
        double mx = x.Average(), my = y.Average();
        double Loss(double b) => x.Select((xi, i) => Math.Pow(y[i] - my - b * (xi - mx), 2)).Sum() / (1 + lambda * b * b);
        double lo = 0, hi = 5, phi = (Math.Sqrt(5) - 1) / 2;
        for (int i = 0; i < 200; i++)
        {
            double c = hi - phi * (hi - lo), d = lo + phi * (hi - lo);
            if (Loss(c) < Loss(d))
            {
                hi = d;
            }
            else
            {
                lo = c;
            }
        }

        var fit = DemingRegression.Fit(x, y, lambda);

        Assert.That(fit.Slope, Is.EqualTo(0.5 * (lo + hi)).Within(1e-7));
        Assert.That(fit.Intercept, Is.EqualTo(my - fit.Slope * mx).Within(1e-12));
    }

    [Test]
    public void Uncorrelated_data_have_no_Deming_line()
    {
        var fit = DemingRegression.Fit([1.0, 2, 3, 2], [1.0, 2, 1, 0]);

        Assert.That(fit.Slope, Is.NaN);
    }
}
