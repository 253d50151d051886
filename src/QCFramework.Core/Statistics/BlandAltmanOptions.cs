namespace QCFramework.Statistics;

/// <summary>Options of a Bland–Altman analysis.</summary>
/// <param name="Scale">Plain or log differences.</param>
/// <param name="ConfidenceLevel">Confidence level of every interval (0.95 by default).</param>
/// <param name="LimitCoverage">
/// Proportion of differences the limits of agreement enclose (0.95 by default); the multiplier is the
/// normal quantile z = Φ⁻¹((1 + coverage)/2) = 1.959964 (as epiR::epi.ccc, not the rounded 1.96 or 2).
/// </param>
public sealed record BlandAltmanOptions(
    BlandAltmanScale Scale = BlandAltmanScale.Difference,
    double ConfidenceLevel = 0.95,
    double LimitCoverage = 0.95)
{
    /// <summary>Plain differences, 95% limits, 95% confidence intervals.</summary>
    public static BlandAltmanOptions Default { get; } = new();
}
