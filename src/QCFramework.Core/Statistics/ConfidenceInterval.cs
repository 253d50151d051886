namespace QCFramework.Statistics;

/// <summary>A two-sided confidence interval; both bounds are NaN when the interval is undefined.</summary>
/// <param name="Lower">Lower bound.</param>
/// <param name="Upper">Upper bound.</param>
public readonly record struct ConfidenceInterval(double Lower, double Upper)
{
    /// <summary>An interval that cannot be computed for the data at hand (bounds NaN).</summary>
    public static ConfidenceInterval Undefined => new(double.NaN, double.NaN);

    /// <summary>True when both bounds are finite numbers.</summary>
    public bool IsDefined => double.IsFinite(Lower) && double.IsFinite(Upper);

    /// <summary>True when <paramref name="value"/> lies within the closed interval.</summary>
    public bool Contains(double value) => value >= Lower && value <= Upper;
}
