using NUnit.Framework;
using QCFramework.Statistics;

namespace QCFramework.Tests.Statistics;

public class IccTests
{
    /// <summary>Shrout &amp; Fleiss (1979, Psychol Bull 86:420), Table 2: six targets rated by four judges.</summary>
    public static double[][] ShroutFleissTable =>
    [
        [9, 2, 5, 8],
        [6, 1, 3, 2],
        [8, 4, 6, 8],
        [7, 1, 2, 6],
        [10, 5, 6, 9],
        [6, 2, 4, 7],
    ];

    [Test]
    public void Shrout_Fleiss_1979_Table_2_gives_their_published_coefficients()
    {
        var icc = IntraclassCorrelation.Compute(ShroutFleissTable);

        // Published to two decimals (Shrout & Fleiss 1979, Table 4).
        Assert.That(icc.Icc1.Value, Is.EqualTo(0.17).Within(0.005));
        Assert.That(icc.Icc2.Value, Is.EqualTo(0.29).Within(0.005));
        Assert.That(icc.Icc3.Value, Is.EqualTo(0.71).Within(0.005));
        Assert.That(icc.Icc1k.Value, Is.EqualTo(0.44).Within(0.005));
        Assert.That(icc.Icc2k.Value, Is.EqualTo(0.62).Within(0.005));
        Assert.That(icc.Icc3k.Value, Is.EqualTo(0.91).Within(0.005));
    }

    [Test]
    public void Mean_squares_partition_the_total_sum_of_squares()
    {
        var table = ShroutFleissTable;
        int n = table.Length, k = table[0].Length;
        double grand = table.SelectMany(r => r).Average();
        double ssTotal = table.SelectMany(r => r).Sum(v => (v - grand) * (v - grand));
        double ssRows = k * table.Sum(r => Math.Pow(r.Average() - grand, 2));
        double ssCols = n * Enumerable.Range(0, k).Sum(j => Math.Pow(table.Average(r => r[j]) - grand, 2));

        var icc = IntraclassCorrelation.Compute(table);

        Assert.That(icc.MeanSquareSubjects, Is.EqualTo(ssRows / (n - 1)).Within(1e-12));
        Assert.That(icc.MeanSquareRaters, Is.EqualTo(ssCols / (k - 1)).Within(1e-12));
        Assert.That(icc.MeanSquareError, Is.EqualTo((ssTotal - ssRows - ssCols) / ((n - 1) * (k - 1))).Within(1e-12));
        Assert.That(icc.MeanSquareWithin, Is.EqualTo((ssTotal - ssRows) / (n * (k - 1))).Within(1e-12));
    }

    [Test]
    public void A_constant_rater_offset_spoils_absolute_agreement_but_not_consistency()
    {
        // Rater 2 reads 10 units higher than rater 1, without any other error.
        double[][] table = [[50, 60], [80, 90], [65, 75], [120, 130], [95, 105]];

        var icc = IntraclassCorrelation.Compute(table);

        Assert.That(icc.Icc3.Value, Is.EqualTo(1.0).Within(1e-12));
        Assert.That(icc.Icc3k.Value, Is.EqualTo(1.0).Within(1e-12));
        Assert.That(icc.Icc2.Value, Is.LessThan(0.99));
        Assert.That(icc.Icc1.Value, Is.LessThan(icc.Icc3.Value));
    }
}
