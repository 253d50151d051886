using MathNet.Numerics.Distributions;

namespace QCFramework.Statistics;

/// <summary>
/// Cohen's kappa (Cohen 1960, Educ Psychol Meas 20:37) and weighted kappa (Cohen 1968, Psychol Bull
/// 70:213) of a c × c table of counts (rows: first rater, columns: second), with the large-sample
/// variances of Fleiss, Cohen &amp; Everitt (1969, Psychol Bull 72:323):
/// Var(κw) = [Σᵢⱼ pᵢⱼ(wᵢⱼ − (w̄ᵢ. + w̄.ⱼ)(1 − κw))² − (κw − pₑ(1 − κw))²] / (n(1 − pₑ)²), where
/// w̄ᵢ. = Σⱼ p.ⱼwᵢⱼ and w̄.ⱼ = Σᵢ pᵢ.wᵢⱼ; unweighted kappa is the case w = identity. Weights are
/// agreement weights (1 on the diagonal). Intervals are κ ± z·SE clipped to [−1, 1], as psych::cohen.kappa.
/// </summary>
public static class CohensKappa
{
    /// <summary>Linear agreement weights wᵢⱼ = 1 − |i − j|/(c − 1) (Cicchetti &amp; Allison 1971).</summary>
    public static double[,] LinearWeights(int classes)
    {
        if (classes < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(classes), classes, "Weighted kappa needs at least two classes.");
        }

        var w = new double[classes, classes];
        for (int i = 0; i < classes; i++)
        {
            for (int j = 0; j < classes; j++)
            {
                w[i, j] = 1.0 - Math.Abs(i - j) / (classes - 1.0);
            }
        }

        return w;
    }

    /// <summary>Kappa and weighted kappa of <paramref name="counts"/>; linear weights unless <paramref name="weights"/> is given.</summary>
    /// <exception cref="InputException">An empty table.</exception>
    public static KappaResult Compute(int[,] counts, double[,]? weights = null, double confidenceLevel = 0.95)
    {
        int c = counts.GetLength(0);
        if (counts.GetLength(1) != c || c < 2)
        {
            throw new ArgumentException("Kappa needs a square table with at least two classes.", nameof(counts));
        }

        weights ??= LinearWeights(c);
        if (weights.GetLength(0) != c || weights.GetLength(1) != c)
        {
            throw new ArgumentException("Kappa weights must match the table's size.", nameof(weights));
        }

        int n = 0;
        foreach (int count in counts)
        {
            n += count;
        }

        Descriptive.RequireCount(n, 1, "Kappa");
        var p = new double[c, c];
        var row = new double[c];
        var col = new double[c];
        for (int i = 0; i < c; i++)
        {
            for (int j = 0; j < c; j++)
            {
                p[i, j] = counts[i, j] / (double)n;
                row[i] += p[i, j];
                col[j] += p[i, j];
            }
        }

        var identity = new double[c, c];
        for (int i = 0; i < c; i++)
        {
            identity[i, i] = 1;
        }

        double z = Normal.InvCDF(0, 1, 0.5 + 0.5 * confidenceLevel);
        var (kappa, kappaSe, po, pe) = Weighted(p, row, col, identity, n);
        var (wKappa, wKappaSe, _, _) = Weighted(p, row, col, weights, n);
        return new KappaResult(
            n,
            kappa,
            kappaSe,
            Interval(kappa, kappaSe, z),
            wKappa,
            wKappaSe,
            Interval(wKappa, wKappaSe, z),
            po,
            pe);
    }

    private static (double Kappa, double Se, double Po, double Pe) Weighted(double[,] p, double[] row, double[] col, double[,] w, int n)
    {
        int c = row.Length;
        double po = 0, pe = 0;
        var wRow = new double[c];
        var wCol = new double[c];
        for (int i = 0; i < c; i++)
        {
            for (int j = 0; j < c; j++)
            {
                po += w[i, j] * p[i, j];
                pe += w[i, j] * row[i] * col[j];
                wRow[i] += col[j] * w[i, j];
                wCol[j] += row[i] * w[i, j];
            }
        }

        if (pe == 1)
        {
            return (double.NaN, double.NaN, po, pe);
        }

        double kappa = (po - pe) / (1 - pe);
        double sum = 0;
        for (int i = 0; i < c; i++)
        {
            for (int j = 0; j < c; j++)
            {
                double term = w[i, j] - (wRow[i] + wCol[j]) * (1 - kappa);
                sum += p[i, j] * term * term;
            }
        }

        // The bracket is Σp·term² − (Σp·term)², a variance: negative only by rounding.
        double last = kappa - pe * (1 - kappa);
        double variance = (sum - last * last) / (n * (1 - pe) * (1 - pe));
        return (kappa, Math.Sqrt(Math.Max(0, variance)), po, pe);
    }

    private static ConfidenceInterval Interval(double kappa, double se, double z) =>
        double.IsFinite(se)
            ? new ConfidenceInterval(Math.Max(-1, kappa - z * se), Math.Min(1, kappa + z * se))
            : ConfidenceInterval.Undefined;
}
