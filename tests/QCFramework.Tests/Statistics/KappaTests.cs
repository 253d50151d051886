using NUnit.Framework;
using QCFramework.Statistics;

namespace QCFramework.Tests.Statistics;

public class KappaTests
{
    // Cohen (1968, Psychol Bull 70:213): proportions .44 .07 .09 / .05 .20 .05 / .01 .03 .06 of 200 subjects.
    private static readonly int[,] Cohen1968 = { { 88, 14, 18 }, { 10, 40, 10 }, { 2, 6, 12 } };

    // Cohen's disagreement weights v turned into agreement weights w = 1 − v/max(v); kappa_w is invariant to that.
    private static double[,] Agreement(double[,] disagreement)
    {
        double max = disagreement.Cast<double>().Max();
        var w = new double[3, 3];
        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                w[i, j] = 1 - disagreement[i, j] / max;
            }
        }

        return w;
    }

    [Test]
    public void Cohen_1968_table_gives_his_published_kappa_and_weighted_kappas()
    {
        var symmetric = CohensKappa.Compute(Cohen1968, Agreement(new double[,] { { 0, 1, 3 }, { 1, 0, 6 }, { 3, 6, 0 } }));
        var asymmetric = CohensKappa.Compute(Cohen1968, Agreement(new double[,] { { 0, 1, 4 }, { 1, 0, 6 }, { 2, 2, 0 } }));

        Assert.That(symmetric.Kappa, Is.EqualTo(0.492).Within(0.0005));
        Assert.That(symmetric.WeightedKappa, Is.EqualTo(0.348).Within(0.0005));
        Assert.That(asymmetric.WeightedKappa, Is.EqualTo(0.353).Within(0.0005));
    }

    [Test]
    public void Perfect_agreement_is_one_and_margin_products_are_zero()
    {
        var perfect = CohensKappa.Compute(new[,] { { 5, 0, 0 }, { 0, 7, 0 }, { 0, 0, 3 } });
        // Every cell is the product of its margins (rows 100, 200, 0; columns 90, 180, 30; n = 300).
        var chance = CohensKappa.Compute(new[,] { { 30, 60, 10 }, { 60, 120, 20 }, { 0, 0, 0 } });

        Assert.That(perfect.Kappa, Is.EqualTo(1.0).Within(1e-15));
        Assert.That(perfect.WeightedKappa, Is.EqualTo(1.0).Within(1e-15));
        Assert.That(perfect.KappaStandardError, Is.EqualTo(0.0).Within(1e-12));
        Assert.That(chance.Kappa, Is.EqualTo(0.0).Within(1e-15));
        Assert.That(chance.WeightedKappa, Is.EqualTo(0.0).Within(1e-15));
    }

    [Test]
    public void Linear_weights_for_three_classes_are_one_half_and_zero()
    {
        var w = CohensKappa.LinearWeights(3);

        Assert.That(w, Is.EqualTo(new double[,] { { 1, 0.5, 0 }, { 0.5, 1, 0.5 }, { 0, 0.5, 1 } }));
    }

    [Test]
    public void Agreement_only_by_one_class_leaves_kappa_undefined()
    {
        var k = CohensKappa.Compute(new[,] { { 0, 0 }, { 0, 9 } });

        Assert.That(k.Kappa, Is.NaN);
        Assert.That(k.KappaCi.IsDefined, Is.False);
    }
}
