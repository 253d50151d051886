using MathNet.Numerics.Distributions;

namespace QCFramework.Statistics;

/// <summary>
/// Sensitivity and specificity of a dichotomous test, each with the exact binomial interval of
/// Clopper &amp; Pearson (1934, Biometrika 26:404): [B(α/2; x, n − x + 1), B(1 − α/2; x + 1, n − x)]
/// with B the beta quantile (lower bound 0 when x = 0, upper 1 when x = n), as R's binom.test.
/// </summary>
public static class BinaryDiagnostic
{
    /// <summary>Computes the two proportions from the four cells of the 2 × 2 table.</summary>
    public static BinaryDiagnosticResult Compute(int truePositives, int falseNegatives, int trueNegatives, int falsePositives, double confidenceLevel = 0.95)
    {
        if (truePositives < 0 || falseNegatives < 0 || trueNegatives < 0 || falsePositives < 0)
        {
            throw new ArgumentException("Counts of a 2 × 2 table cannot be negative.");
        }

        return new BinaryDiagnosticResult(
            truePositives,
            falseNegatives,
            trueNegatives,
            falsePositives,
            Proportion(truePositives, truePositives + falseNegatives),
            ClopperPearson(truePositives, truePositives + falseNegatives, confidenceLevel),
            Proportion(trueNegatives, trueNegatives + falsePositives),
            ClopperPearson(trueNegatives, trueNegatives + falsePositives, confidenceLevel));
    }

    /// <summary>The exact (Clopper–Pearson) interval of a binomial proportion x/n; undefined for n = 0.</summary>
    public static ConfidenceInterval ClopperPearson(int successes, int trials, double confidenceLevel = 0.95)
    {
        if (trials == 0)
        {
            return ConfidenceInterval.Undefined;
        }

        double alpha = 1 - confidenceLevel;
        double lower = successes == 0 ? 0 : Beta.InvCDF(successes, trials - successes + 1, alpha / 2);
        double upper = successes == trials ? 1 : Beta.InvCDF(successes + 1, trials - successes, 1 - alpha / 2);
        return new ConfidenceInterval(lower, upper);
    }

    private static double Proportion(int x, int n) => n == 0 ? double.NaN : x / (double)n;
}
