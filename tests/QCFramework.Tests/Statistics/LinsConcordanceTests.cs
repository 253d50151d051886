using NUnit.Framework;
using QCFramework.Statistics;

namespace QCFramework.Tests.Statistics;

public class LinsConcordanceTests
{
    [Test]
    public void Ccc_is_one_minus_mean_squared_difference_over_its_value_under_independence()
    {
        // Lin (1989), eq. 2: ρc = 1 − E[(X − Y)²] / (σx² + σy² + (μx − μy)²), moments with the n divisor.
        double[] a = [62, 75, 88, 101, 117, 133, 140, 158];
        double[] b = [60, 80, 85, 108, 112, 140, 150, 151];
        int n = a.Length;
        double ma = a.Average(), mb = b.Average();
        double va = a.Sum(v => (v - ma) * (v - ma)) / n, vb = b.Sum(v => (v - mb) * (v - mb)) / n;
        double msd = a.Zip(b, (x, y) => (x - y) * (x - y)).Sum() / n;

        var ccc = LinsConcordance.Compute(a, b);

        Assert.That(ccc.Ccc, Is.EqualTo(1 - msd / (va + vb + (ma - mb) * (ma - mb))).Within(1e-14));
        Assert.That(ccc.Ci.Contains(ccc.Ccc), Is.True);
    }

    [Test]
    public void A_constant_shift_lowers_concordance_but_not_correlation()
    {
        double[] a = [10, 20, 30, 40, 50];
        var b = a.Select(x => x + 10).ToArray();

        var ccc = LinsConcordance.Compute(a, b);

        // σ² = 200 for both, shift 10: ρc = 2·200/(200 + 200 + 100) = 0.8.
        Assert.That(ccc.PearsonR, Is.EqualTo(1).Within(1e-15));
        Assert.That(ccc.Ccc, Is.EqualTo(0.8).Within(1e-14));
    }
}
