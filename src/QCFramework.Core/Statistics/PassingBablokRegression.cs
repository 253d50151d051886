using MathNet.Numerics.Distributions;

namespace QCFramework.Statistics;

/// <summary>
/// Passing–Bablok regression (Passing &amp; Bablok 1983, J Clin Chem Clin Biochem 21:709): the slope
/// is the median of all pairwise slopes Sᵢⱼ = (yⱼ − yᵢ)/(xⱼ − xᵢ), i &lt; j, shifted by K, the number
/// of slopes below −1; pairs with xᵢ = xⱼ and yᵢ = yⱼ are skipped, slopes of exactly −1 are
/// discarded, and xᵢ = xⱼ gives ±∞ by the sign of yⱼ − yᵢ. The intercept is the median of yᵢ − b·xᵢ.
/// The 1 − α interval of the slope takes the order statistics M₁ + K and M₂ + K with
/// C = z(1−α/2)·√(n(n−1)(2n+5)/18), M₁ = round((N − C)/2) (halves away from zero), M₂ = N − M₁ + 1.
/// A slope counts as −1 when it is −1 in the decimal data as written (|dx + dy| within rounding), not
/// only when the binary quotient is exactly −1: otherwise the estimate would depend on the units of
/// the data. Implementations that compare in floating point (mcr 1.2, Wicklin's SAS/IML program) can
/// therefore differ slightly on decimal data; mcr also interpolates its confidence bounds between
/// order statistics, where the paper (and this code) takes the order statistic itself.
/// The pairwise slopes take O(n²) memory, so n is limited to <see cref="MaxPairs"/>.
/// </summary>
public static class PassingBablokRegression
{
    /// <summary>Largest number of pairs accepted (about 50 million slopes, 400 MB).</summary>
    public const int MaxPairs = 10_000;

    // Four units of double rounding (2⁻⁵²) relative to the operands.
    private const double RoundingTolerance = 4 * 2.220446049250313e-16;

    /// <summary>Fits the line of <paramref name="y"/> on <paramref name="x"/>.</summary>
    /// <exception cref="InputException">Fewer than two pairs, more than <see cref="MaxPairs"/>, or no usable slope.</exception>
    public static PassingBablokResult Fit(ReadOnlySpan<double> x, ReadOnlySpan<double> y, double confidenceLevel = 0.95)
    {
        Descriptive.RequireSameLength(x, y);
        Descriptive.RequireCount(x.Length, 2, "Passing–Bablok regression");
        int n = x.Length;
        if (n > MaxPairs)
        {
            throw new InputException($"Passing–Bablok regression is limited to {MaxPairs} pairs (its pairwise slopes need O(n²) memory); got {n}.");
        }

        var slopes = new double[(long)n * (n - 1) / 2];
        int count = 0;
        int below = 0;
        for (int i = 0; i < n - 1; i++)
        {
            double xi = x[i], yi = y[i];
            for (int j = i + 1; j < n; j++)
            {
                double dx = x[j] - xi;
                double dy = y[j] - yi;
                double s;
                if (dx == 0)
                {
                    if (dy == 0)
                    {
                        continue;
                    }

                    s = dy > 0 ? double.PositiveInfinity : double.NegativeInfinity;
                }
                else
                {
                    // A slope of −1 in the data as written: decimal inputs carry binary rounding, so
                    // dy = −dx is tested to a few units in the last place of the operands.
                    if (Math.Abs(dx + dy) <= RoundingTolerance * (Math.Abs(xi) + Math.Abs(x[j]) + Math.Abs(yi) + Math.Abs(y[j])))
                    {
                        continue;
                    }

                    s = dy / dx;
                }

                if (s < -1)
                {
                    below++;
                }

                slopes[count++] = s;
            }
        }

        if (count == 0)
        {
            throw new InputException("Passing–Bablok regression needs at least two distinct points; all pairs are identical.");
        }

        var sorted = slopes.AsSpan(0, count);
        sorted.Sort();
        double slope = count % 2 == 1
            ? At(sorted, (count + 1) / 2 + below)
            : 0.5 * (At(sorted, count / 2 + below) + At(sorted, count / 2 + below + 1));

        double z = Normal.InvCDF(0, 1, 0.5 + 0.5 * confidenceLevel);
        double c = z * Math.Sqrt(n * (n - 1.0) * (2.0 * n + 5) / 18.0);
        int m1 = (int)Math.Round((count - c) / 2, MidpointRounding.AwayFromZero);
        int m2 = count - m1 + 1;
        var slopeCi = new ConfidenceInterval(At(sorted, m1 + below), At(sorted, m2 + below));

        return new PassingBablokResult(
            n,
            slope,
            InterceptFor(x, y, slope),
            slopeCi,
            new ConfidenceInterval(InterceptFor(x, y, slopeCi.Upper), InterceptFor(x, y, slopeCi.Lower)),
            count,
            below);
    }

    // The 1-based order statistic of the sorted slopes; NaN outside 1..N, and for ±∞ (a vertical median).
    private static double At(ReadOnlySpan<double> sorted, int oneBasedRank)
    {
        if (oneBasedRank < 1 || oneBasedRank > sorted.Length)
        {
            return double.NaN;
        }

        double s = sorted[oneBasedRank - 1];
        return double.IsFinite(s) ? s : double.NaN;
    }

    private static double InterceptFor(ReadOnlySpan<double> x, ReadOnlySpan<double> y, double slope)
    {
        if (double.IsNaN(slope))
        {
            return double.NaN;
        }

        var residual = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            residual[i] = y[i] - slope * x[i];
        }

        return Descriptive.Median(residual);
    }
}
