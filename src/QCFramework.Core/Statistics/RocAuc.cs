using MathNet.Numerics.Distributions;

namespace QCFramework.Statistics;

/// <summary>
/// The empirical (Mann–Whitney) area under the ROC curve and its variance after DeLong, DeLong &amp;
/// Clarke-Pearson (1988, Biometrics 44:837): with placements V10ᵢ (a positive's share of negatives it
/// beats) and V01ⱼ (a negative's share of positives that beat it), Var = S10/m + S01/n, S the sample
/// variances (m − 1 and n − 1 divisors). Placements come from midranks (Sun &amp; Xu 2014, IEEE Signal
/// Process Lett 21:1389): V10ᵢ = (R_all(Xᵢ) − R_pos(Xᵢ))/n, V01ⱼ = 1 − (R_all(Yⱼ) − R_neg(Yⱼ))/m.
/// </summary>
public static class RocAuc
{
    /// <summary>AUC of <paramref name="scores"/> for the binary <paramref name="isPositive"/> labels.</summary>
    /// <exception cref="InputException">Fewer than two positives or two negatives (DeLong's variance needs both).</exception>
    public static RocAucResult Compute(ReadOnlySpan<double> scores, ReadOnlySpan<bool> isPositive, RocDirection direction = RocDirection.HigherIsPositive, double confidenceLevel = 0.95)
    {
        if (scores.Length != isPositive.Length)
        {
            throw new ArgumentException($"Scores and labels differ in length ({scores.Length} and {isPositive.Length}).");
        }

        int m = 0;
        foreach (bool positive in isPositive)
        {
            if (positive)
            {
                m++;
            }
        }

        int n = scores.Length - m;
        if (m < 2 || n < 2)
        {
            throw new InputException($"ROC AUC with DeLong's interval needs at least two positives and two negatives; got {m} and {n}.");
        }

        double sign = direction == RocDirection.HigherIsPositive ? 1 : -1;
        var all = new double[m + n];
        var pos = new double[m];
        var neg = new double[n];
        int ip = 0, ineg = 0;
        for (int i = 0; i < scores.Length; i++)
        {
            double s = sign * scores[i];
            all[i] = s;
            if (isPositive[i])
            {
                pos[ip++] = s;
            }
            else
            {
                neg[ineg++] = s;
            }
        }

        var rankAll = Ranks.Midranks(all);
        var rankPos = Ranks.Midranks(pos);
        var rankNeg = Ranks.Midranks(neg);
        var v10 = new double[m];
        var v01 = new double[n];
        ip = 0;
        ineg = 0;
        for (int i = 0; i < scores.Length; i++)
        {
            if (isPositive[i])
            {
                v10[ip] = (rankAll[i] - rankPos[ip]) / n;
                ip++;
            }
            else
            {
                v01[ineg] = 1.0 - (rankAll[i] - rankNeg[ineg]) / m;
                ineg++;
            }
        }

        double auc = Descriptive.Mean(v10);
        double variance = Descriptive.Variance(v10) / m + Descriptive.Variance(v01) / n;
        double se = Math.Sqrt(variance);
        double z = Normal.InvCDF(0, 1, 0.5 + 0.5 * confidenceLevel);
        var ci = new ConfidenceInterval(Math.Max(0, auc - z * se), Math.Min(1, auc + z * se));
        return new RocAucResult(m, n, auc, se, ci);
    }
}
