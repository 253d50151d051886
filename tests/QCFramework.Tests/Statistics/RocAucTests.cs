using NUnit.Framework;
using QCFramework.Statistics;

namespace QCFramework.Tests.Statistics;

public class RocAucTests
{
    /// <summary>
    /// Hanley &amp; McNeil (1982, Radiology 143:29, Table 1): 109 CT images rated 1 (definitely normal) to
    /// 5 (definitely abnormal) — 58 normal: 33, 6, 6, 11, 2; 51 abnormal: 3, 2, 2, 11, 33.
    /// </summary>
    public static List<IReadOnlyList<object?>> HanleyMcNeilRows()
    {
        int[] normal = [33, 6, 6, 11, 2];
        int[] abnormal = [3, 2, 2, 11, 33];
        var rows = new List<IReadOnlyList<object?>>();
        for (int rating = 1; rating <= 5; rating++)
        {
            for (int i = 0; i < normal[rating - 1]; i++)
            {
                rows.Add([(double)rating, "0"]);
            }

            for (int i = 0; i < abnormal[rating - 1]; i++)
            {
                rows.Add([(double)rating, "1"]);
            }
        }

        return rows;
    }

    [Test]
    public void Hanley_McNeil_1982_rating_data_give_their_published_area_0_893()
    {
        var rows = HanleyMcNeilRows();
        var scores = rows.Select(r => (double)r[0]!).ToArray();
        var positive = rows.Select(r => (string)r[1]! == "1").ToArray();

        var roc = RocAuc.Compute(scores, positive);

        Assert.That(roc.Auc, Is.EqualTo(0.893).Within(0.0005));
        Assert.That(roc.Positives, Is.EqualTo(51));
        Assert.That(roc.Negatives, Is.EqualTo(58));
    }

    [Test]
    public void Auc_and_DeLong_variance_equal_their_definitions_over_all_pairs()
    {
        var g = new TestData(44);
        int m = 23, n = 31;
        var x = Enumerable.Range(0, m).Select(_ => Math.Round(2 * g.Normal() + 1)).ToArray();
        var y = Enumerable.Range(0, n).Select(_ => Math.Round(2 * g.Normal())).ToArray();

        // ψ(X, Y) = 1, ½, 0 for X >, =, < Y; placements V10ᵢ = mean over Y, V01ⱼ = mean over X (DeLong 1988, §2).
        static double Psi(double a, double b) => a > b ? 1 : a == b ? 0.5 : 0;
        var v10 = x.Select(xi => y.Average(yj => Psi(xi, yj))).ToArray();
        var v01 = y.Select(yj => x.Average(xi => Psi(xi, yj))).ToArray();
        double auc = v10.Average();
        double s10 = v10.Sum(v => (v - auc) * (v - auc)) / (m - 1);
        double s01 = v01.Sum(v => (v - auc) * (v - auc)) / (n - 1);

        var roc = RocAuc.Compute([.. x, .. y], [.. Enumerable.Repeat(true, m), .. Enumerable.Repeat(false, n)]);

        Assert.That(roc.Auc, Is.EqualTo(auc).Within(1e-14));
        Assert.That(roc.StandardError, Is.EqualTo(Math.Sqrt(s10 / m + s01 / n)).Within(1e-14));
        Assert.That(roc.Ci.Lower, Is.EqualTo(auc - 1.959963984540054 * roc.StandardError).Within(1e-12));
    }

    [Test]
    public void Lower_is_positive_reverses_the_area()
    {
        double[] scores = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3];
        bool[] positive = [true, false, true, false, true, true, false, false, true, false];

        double higher = RocAuc.Compute(scores, positive).Auc;
        double lower = RocAuc.Compute(scores, positive, RocDirection.LowerIsPositive).Auc;

        Assert.That(higher + lower, Is.EqualTo(1.0).Within(1e-15));
    }

    [Test]
    public void Fewer_than_two_of_a_class_is_bad_input()
    {
        Assert.Throws<InputException>(() => RocAuc.Compute([1.0, 2, 3], [true, false, false]));
    }
}
