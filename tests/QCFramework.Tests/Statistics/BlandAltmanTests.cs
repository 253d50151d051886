using NUnit.Framework;
using QCFramework.Statistics;

namespace QCFramework.Tests.Statistics;

public class BlandAltmanTests
{
    // Bland & Altman (1986, Lancet i:307), Table 1: first PEFR readings (l/min) of 17 subjects.
    private static readonly double[] Wright = [494, 395, 516, 434, 476, 557, 413, 442, 650, 433, 417, 656, 267, 478, 178, 423, 427];
    private static readonly double[] MiniWright = [512, 430, 520, 428, 500, 600, 364, 380, 658, 445, 432, 626, 260, 477, 259, 350, 451];

    [Test]
    public void Peak_flow_data_of_Bland_Altman_1986_give_their_published_bias_sd_and_bias_interval()
    {
        // Their differences are Wright − mini Wright: b = Wright, a = mini Wright.
        var ba = BlandAltman.Compute(MiniWright, Wright);

        Assert.That(ba.MeanDifference, Is.EqualTo(-2.1).Within(0.05));
        Assert.That(ba.SdDifference, Is.EqualTo(38.8).Within(0.05));
        Assert.That(ba.BiasCi.Lower, Is.EqualTo(-22.0).Within(0.05));
        Assert.That(ba.BiasCi.Upper, Is.EqualTo(17.8).Within(0.05));
    }

    [Test]
    public void Limits_are_bias_plus_minus_z_sd_with_z_the_normal_quantile()
    {
        var ba = BlandAltman.Compute(MiniWright, Wright);
        var diff = Wright.Zip(MiniWright, (w, m) => w - m).ToArray();
        double mean = diff.Average();
        double sd = Math.Sqrt(diff.Sum(d => (d - mean) * (d - mean)) / (diff.Length - 1));

        Assert.That(ba.LimitMultiplier, Is.EqualTo(1.959963984540054).Within(1e-15));
        Assert.That(ba.LoaLower, Is.EqualTo(mean - 1.959963984540054 * sd).Within(1e-10));
        Assert.That(ba.LoaUpper, Is.EqualTo(mean + 1.959963984540054 * sd).Within(1e-10));
    }

    [Test]
    public void Exact_limit_intervals_cover_the_true_limits_95_percent_of_the_time()
    {
        // Monte Carlo check of Carkeet's exact interval: normal differences, n = 8, 2000 replicates.
        var g = new TestData(2015);
        const double mu = 3, sigma = 2;
        double trueUpper = mu + 1.959963984540054 * sigma, trueLower = mu - 1.959963984540054 * sigma;
        int coveredUpper = 0, coveredLower = 0;
        const int replicates = 2000;
        var a = new double[8];
        var b = new double[8];
        for (int r = 0; r < replicates; r++)
        {
            for (int i = 0; i < 8; i++)
            {
                a[i] = 100 + 10 * g.Normal();
                b[i] = a[i] + mu + sigma * g.Normal();
            }

            var ba = BlandAltman.Compute(a, b);
            coveredUpper += ba.LoaUpperCi.Contains(trueUpper) ? 1 : 0;
            coveredLower += ba.LoaLowerCi.Contains(trueLower) ? 1 : 0;
        }

        // Binomial SE of a 95% coverage over 2000 replicates is 0.5%; allow 4 SE.
        Assert.That(coveredUpper / (double)replicates, Is.EqualTo(0.95).Within(0.02));
        Assert.That(coveredLower / (double)replicates, Is.EqualTo(0.95).Within(0.02));
    }

    [Test]
    public void For_large_n_the_exact_interval_approaches_the_Bland_Altman_1999_approximation()
    {
        var g = new TestData(1999);
        var a = Enumerable.Range(0, 2000).Select(_ => 100 + 20 * g.Normal()).ToArray();
        var b = a.Select(x => x + 1 + 4 * g.Normal()).ToArray();

        var ba = BlandAltman.Compute(a, b);
        double exactHalfWidth = 0.5 * (ba.LoaUpperCi.Upper - ba.LoaUpperCi.Lower);

        Assert.That(exactHalfWidth, Is.EqualTo(1.959963984540054 * ba.LoaApproximateSe).Within(0.01 * exactHalfWidth));
    }

    [Test]
    public void A_constant_ratio_has_zero_spread_on_the_log_scale()
    {
        double[] a = [50, 80, 120, 160, 210];
        var b = a.Select(x => 1.1 * x).ToArray();

        var ba = BlandAltman.Compute(a, b, new BlandAltmanOptions(BlandAltmanScale.LogRatio));

        Assert.That(Math.Exp(ba.MeanDifference), Is.EqualTo(1.1).Within(1e-14));
        Assert.That(ba.SdDifference, Is.EqualTo(0).Within(1e-14));
    }

    [Test]
    public void Log_scale_rejects_non_positive_values()
    {
        Assert.Throws<InputException>(() => BlandAltman.Compute([1.0, 0.0, 3.0], [1.0, 2.0, 3.0], new BlandAltmanOptions(BlandAltmanScale.LogRatio)));
    }

    [Test]
    public void Proportional_bias_is_the_least_squares_slope_of_differences_on_means()
    {
        // b = 1.2a exactly: d = 0.2a and m = 1.1a, so d = (0.2/1.1)·m with no residual.
        double[] a = [40, 70, 100, 130, 160, 190];
        var b = a.Select(x => 1.2 * x).ToArray();

        var ba = BlandAltman.Compute(a, b);

        Assert.That(ba.ProportionalBias.Slope, Is.EqualTo(0.2 / 1.1).Within(1e-12));
        Assert.That(ba.ProportionalBias.Intercept, Is.EqualTo(0).Within(1e-10));
    }
}
