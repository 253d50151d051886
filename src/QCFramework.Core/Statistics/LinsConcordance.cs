using MathNet.Numerics.Distributions;

namespace QCFramework.Statistics;

/// <summary>
/// Lin's concordance correlation coefficient (Lin 1989, Biometrics 45:255; corrected variance in
/// Lin 2000, Biometrics 56:324). The interval transforms ρc with Fisher's z = atanh(ρc), whose
/// standard error is SE(ρc)/(1 − ρc²) with SE(ρc)² = [(1 − r²)ρc²(1 − ρc²)/r² + 2ρc³(1 − ρc)u²/r
/// − ρc⁴u⁴/(2r²)]/(n − 2) — exactly what epiR::epi.ccc(ci = "z-transform") computes.
/// </summary>
public static class LinsConcordance
{
    /// <summary>Concordance of <paramref name="b"/> with <paramref name="a"/> (symmetric in the two).</summary>
    /// <exception cref="InputException">Fewer than three pairs (the variance divides by n − 2).</exception>
    public static ConcordanceResult Compute(ReadOnlySpan<double> a, ReadOnlySpan<double> b, double confidenceLevel = 0.95)
    {
        Descriptive.RequireSameLength(a, b);
        Descriptive.RequireCount(a.Length, 3, "Lin's concordance correlation");
        int n = a.Length;
        double mx = Descriptive.Mean(a);
        double my = Descriptive.Mean(b);
        double sx2 = Descriptive.SumOfSquares(a) / n;
        double sy2 = Descriptive.SumOfSquares(b) / n;
        double sxy = Descriptive.SumOfCrossProducts(a, b) / n;
        double dm = my - mx;
        double denominator = sx2 + sy2 + dm * dm;
        double ccc = denominator == 0 ? double.NaN : 2 * sxy / denominator;
        double r = Correlation.Pearson(a, b);
        double u = dm / Math.Sqrt(Math.Sqrt(sx2 * sy2));

        double p2 = ccc * ccc;
        double variance = ((1 - r * r) * p2 * (1 - p2) / (r * r)
                           + 2 * ccc * p2 * (1 - ccc) * u * u / r
                           - 0.5 * p2 * p2 * u * u * u * u / (r * r)) / (n - 2);
        var ci = ConfidenceInterval.Undefined;
        if (double.IsFinite(variance) && variance > 0 && Math.Abs(ccc) < 1)
        {
            double zCrit = Normal.InvCDF(0, 1, 0.5 + 0.5 * confidenceLevel);
            double zRho = Math.Atanh(ccc);
            double se = Math.Sqrt(variance) / (1 - p2);
            ci = new ConfidenceInterval(Math.Tanh(zRho - zCrit * se), Math.Tanh(zRho + zCrit * se));
        }

        return new ConcordanceResult(n, ccc, ci, r, ccc / r, Math.Sqrt(sy2 / sx2), u);
    }
}
