using System.Numerics;
using NUnit.Framework;
using QCFramework.Statistics;

namespace QCFramework.Tests.Statistics;

public class PassingBablokTests
{
    [Test]
    public void Creatinine_data_agree_with_exact_arithmetic_and_with_mcrs_published_fit_where_methods_coincide()
    {
        var (x, y) = PublishedData.Pairs(PublishedData.Creatinine);
        Assert.That(x, Has.Length.EqualTo(108));

        var pb = PassingBablokRegression.Fit(x, y);
        var exact = Reference(x.Select(v => (decimal)v).ToArray(), y.Select(v => (decimal)v).ToArray());

        Assert.That(pb.Slope, Is.EqualTo(exact.Slope).Within(1e-12));
        Assert.That(pb.Intercept, Is.EqualTo(exact.Intercept).Within(1e-12));
        Assert.That(pb.SlopeCi.Lower, Is.EqualTo(exact.SlopeLower).Within(1e-12));
        Assert.That(pb.SlopeCi.Upper, Is.EqualTo(exact.SlopeUpper).Within(1e-12));
        Assert.That(pb.SlopeCount, Is.EqualTo(exact.Count));

        // mcr's published lower slope bound and upper intercept bound (Wicklin 2022) are reproduced.
        Assert.That(pb.SlopeCi.Lower, Is.EqualTo(1.0000000).Within(5e-8));
        Assert.That(pb.InterceptCi.Upper, Is.EqualTo(-0.020000).Within(5e-7));

        // mcr's slope 1.0880089 and intercept −0.1171729 come from testing for −1 in binary floating
        // point, which misses 7 of the 20 slopes that are exactly −1 in the decimal data; the same
        // computation in doubles reproduces them. (Its upper bounds differ by design: mcr averages
        // neighbouring order statistics where the paper takes one.)
        var floating = Reference(x, y);
        Assert.That(floating.Count - exact.Count, Is.EqualTo(7));
        Assert.That(floating.Slope, Is.EqualTo(1.0880089).Within(5e-8));
        Assert.That(floating.Intercept, Is.EqualTo(-0.1171729).Within(5e-8));
    }

    [Test]
    public void Slope_is_the_shifted_median_of_the_pairwise_slopes()
    {
        // Pairwise slopes 2, 0.5, −1 (discarded), −2/3, −2 and −3: N = 5, K = 2 below −1.
        // Sorted −3, −2, −2/3, 0.5, 2: the median position 3 shifted by K is the 5th, 2;
        // the intercept is the median of y − 2x = 0, 0, −3, −8, i.e. −1.5.
        double[] x = [0, 1, 2, 3];
        double[] y = [0, 2, 1, -2];

        var pb = PassingBablokRegression.Fit(x, y);

        Assert.That(pb.SlopeCount, Is.EqualTo(5));
        Assert.That(pb.Offset, Is.EqualTo(2));
        Assert.That(pb.Slope, Is.EqualTo(2));
        Assert.That(pb.Intercept, Is.EqualTo(-1.5));
    }

    [Test]
    public void Identical_points_do_not_count_and_vertical_pairs_are_infinite()
    {
        double[] x = [1, 1, 1, 2, 3];
        double[] y = [1, 1, 3, 2, 3];

        var pb = PassingBablokRegression.Fit(x, y);

        // 10 pairs, less one identical pair and one slope of −1: 8 slopes 0, 1, 1, 1, 1, 1, +∞, +∞
        // (x = 1 with y rising from 1 to 3 is vertical); the median of an even count averages 1 and 1.
        Assert.That(pb.SlopeCount, Is.EqualTo(8));
        Assert.That(pb.Slope, Is.EqualTo(1));
    }

    /// <summary>
    /// The 1983 estimator written out independently in the arithmetic <typeparamref name="T"/> — decimal
    /// (exact for the data as written) or double: a slope of −1 is discarded only when exactly −1 in that
    /// arithmetic, vertical pairs get ±10¹² as in Wicklin's program, the median is shifted by K, and the
    /// interval takes the paper's order statistics.
    /// </summary>
    private static (double Slope, double Intercept, double SlopeLower, double SlopeUpper, int Count) Reference<T>(T[] x, T[] y)
        where T : INumber<T>
    {
        int n = x.Length;
        var infinity = T.CreateChecked(1e12);
        var slopes = new List<T>();
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                T dx = x[j] - x[i], dy = y[j] - y[i];
                if (T.IsZero(dx))
                {
                    if (!T.IsZero(dy))
                    {
                        slopes.Add(dy > T.Zero ? infinity : -infinity);
                    }
                }
                else if (dy / dx != -T.One)
                {
                    slopes.Add(dy / dx);
                }
            }
        }

        slopes.Sort();
        int count = slopes.Count, k = slopes.Count(v => v < -T.One);
        T two = T.One + T.One;
        T slope = count % 2 == 1 ? slopes[(count + 1) / 2 + k - 1] : (slopes[count / 2 + k - 1] + slopes[count / 2 + k]) / two;
        double c = 1.959963984540054 * Math.Sqrt(n * (n - 1.0) * (2.0 * n + 5) / 18.0);
        int m1 = (int)Math.Round((count - c) / 2, MidpointRounding.AwayFromZero);
        int m2 = count - m1 + 1;
        var residuals = x.Select((xi, i) => y[i] - slope * xi).Order().ToList();
        T intercept = n % 2 == 1 ? residuals[n / 2] : (residuals[n / 2 - 1] + residuals[n / 2]) / two;
        return (double.CreateChecked(slope), double.CreateChecked(intercept), double.CreateChecked(slopes[m1 + k - 1]),
            double.CreateChecked(slopes[m2 + k - 1]), count);
    }
}
