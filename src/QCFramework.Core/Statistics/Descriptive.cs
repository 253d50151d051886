namespace QCFramework.Statistics;

/// <summary>
/// Sample moments and order statistics over plain spans. Variances use the n − 1 divisor
/// (the unbiased sample variance, as R's <c>var</c> and <c>sd</c>); means and sums of squares are
/// computed in two passes for accuracy (Chan, Golub &amp; LeVeque 1983, Am Stat 37:242).
/// </summary>
public static class Descriptive
{
    /// <summary>Arithmetic mean; NaN for an empty span.</summary>
    public static double Mean(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty)
        {
            return double.NaN;
        }

        double sum = 0;
        foreach (double v in values)
        {
            sum += v;
        }

        return sum / values.Length;
    }

    /// <summary>Sum of squared deviations from the mean, Σ(xᵢ − x̄)².</summary>
    public static double SumOfSquares(ReadOnlySpan<double> values)
    {
        double mean = Mean(values);
        double ss = 0;
        foreach (double v in values)
        {
            double d = v - mean;
            ss += d * d;
        }

        return ss;
    }

    /// <summary>Sum of cross-products of deviations, Σ(xᵢ − x̄)(yᵢ − ȳ).</summary>
    public static double SumOfCrossProducts(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        RequireSameLength(x, y);
        double mx = Mean(x);
        double my = Mean(y);
        double sp = 0;
        for (int i = 0; i < x.Length; i++)
        {
            sp += (x[i] - mx) * (y[i] - my);
        }

        return sp;
    }

    /// <summary>Sample variance with the n − 1 divisor; NaN for fewer than two values.</summary>
    public static double Variance(ReadOnlySpan<double> values) =>
        values.Length < 2 ? double.NaN : SumOfSquares(values) / (values.Length - 1);

    /// <summary>Sample standard deviation with the n − 1 divisor; NaN for fewer than two values.</summary>
    public static double StandardDeviation(ReadOnlySpan<double> values) => Math.Sqrt(Variance(values));

    /// <summary>
    /// Relative standard deviation (coefficient of variation) in percent, 100 · SD / mean, over
    /// repeated measurements of one quantity; NaN when the mean is zero or there are fewer than two values.
    /// </summary>
    public static double RelativeStandardDeviationPct(ReadOnlySpan<double> values)
    {
        double mean = Mean(values);
        return mean == 0 ? double.NaN : 100.0 * StandardDeviation(values) / mean;
    }

    /// <summary>Median (the mean of the two middle values for an even count); NaN for an empty span.</summary>
    public static double Median(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty)
        {
            return double.NaN;
        }

        var sorted = values.ToArray();
        Array.Sort(sorted);
        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : 0.5 * (sorted[mid - 1] + sorted[mid]);
    }

    /// <summary>Throws when two paired spans differ in length.</summary>
    internal static void RequireSameLength(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException($"Paired samples differ in length ({x.Length} and {y.Length}).");
        }
    }

    /// <summary>Throws an <see cref="InputException"/> when a statistic gets fewer values than it needs.</summary>
    internal static void RequireCount(int count, int minimum, string statistic)
    {
        if (count < minimum)
        {
            throw new InputException($"{statistic} needs at least {minimum} complete observations; got {count}.");
        }
    }
}
