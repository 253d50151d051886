namespace QCFramework.Statistics;

/// <summary>Lin's concordance correlation coefficient with its confidence interval.</summary>
/// <param name="N">Number of pairs.</param>
/// <param name="Ccc">ρc = 2 s_xy / (s_x² + s_y² + (x̄ − ȳ)²), moments with the n divisor.</param>
/// <param name="Ci">Interval from Fisher's z-transform with Lin's asymptotic variance; undefined when Lin's variance is not positive (e.g. r = 0) or |ρc| = 1.</param>
/// <param name="PearsonR">Pearson's r (precision component).</param>
/// <param name="BiasCorrectionFactor">C_b = ρc / r (accuracy component).</param>
/// <param name="ScaleShift">v = s_y / s_x (b over a).</param>
/// <param name="LocationShift">u = (ȳ − x̄) / √(s_x s_y), with the n-divisor standard deviations.</param>
public sealed record ConcordanceResult(
    int N,
    double Ccc,
    ConfidenceInterval Ci,
    double PearsonR,
    double BiasCorrectionFactor,
    double ScaleShift,
    double LocationShift);
