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

        // Only a few order statistics are needed, so they are selected in O(N) rather than sorted.
        double z = Normal.InvCDF(0, 1, 0.5 + 0.5 * confidenceLevel);
        double c = z * Math.Sqrt(n * (n - 1.0) * (2.0 * n + 5) / 18.0);
        int m1 = (int)Math.Round((count - c) / 2, MidpointRounding.AwayFromZero);
        int m2 = count - m1 + 1;
        int lowMedian = count % 2 == 1 ? (count + 1) / 2 : count / 2;
        int highMedian = count % 2 == 1 ? lowMedian : lowMedian + 1;
        int[] ranks = [lowMedian + below, highMedian + below, m1 + below, m2 + below];
        var values = OrderStatistics(slopes.AsSpan(0, count), ranks);
        double slope = 0.5 * (values[0] + values[1]);
        var slopeCi = new ConfidenceInterval(values[2], values[3]);

        return new PassingBablokResult(
            n,
            slope,
            InterceptFor(x, y, slope),
            slopeCi,
            new ConfidenceInterval(InterceptFor(x, y, slopeCi.Upper), InterceptFor(x, y, slopeCi.Lower)),
            count,
            below);
    }

    // The 1-based order statistics of the given ranks: NaN outside 1..N and for ±∞ (a vertical bound).
    // Each selection (Hoare's FIND) leaves everything before its rank no larger and everything after
    // no smaller, so increasing ranks are selected in the remaining suffix.
    private static double[] OrderStatistics(Span<double> values, int[] oneBasedRanks)
    {
        var result = new double[oneBasedRanks.Length];
        var order = new int[oneBasedRanks.Length];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort((int[])oneBasedRanks.Clone(), order);
        int done = 0;
        foreach (int i in order)
        {
            int rank = oneBasedRanks[i];
            if (rank < 1 || rank > values.Length)
            {
                result[i] = double.NaN;
                continue;
            }

            int index = rank - 1;
            if (index >= done)
            {
                Select(values[done..], index - done);
                done = index;
            }

            result[i] = double.IsFinite(values[index]) ? values[index] : double.NaN;
        }

        return result;
    }

    // Moves the k-th smallest (0-based) into place k, smaller-or-equal before it, larger-or-equal after.
    private static void Select(Span<double> a, int k)
    {
        int lo = 0, hi = a.Length - 1;
        while (hi > lo)
        {
            int mid = lo + (hi - lo) / 2;
            double pivot = Math.Max(Math.Min(a[lo], a[mid]), Math.Min(Math.Max(a[lo], a[mid]), a[hi]));
            int i = lo, j = hi;
            while (i <= j)
            {
                while (a[i] < pivot)
                {
                    i++;
                }

                while (a[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (a[i], a[j]) = (a[j], a[i]);
                    i++;
                    j--;
                }
            }

            if (k <= j)
            {
                hi = j;
            }
            else if (k >= i)
            {
                lo = i;
            }
            else
            {
                return;
            }
        }
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
