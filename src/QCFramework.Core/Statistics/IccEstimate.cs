namespace QCFramework.Statistics;

/// <summary>One Shrout–Fleiss intraclass correlation with its F-test and confidence interval.</summary>
/// <param name="Value">The coefficient.</param>
/// <param name="Ci">Confidence interval (F-based; Satterthwaite degrees of freedom for ICC(2,·)).</param>
/// <param name="F">F statistic of the test ICC = 0.</param>
/// <param name="Df1">Numerator degrees of freedom of <paramref name="F"/>.</param>
/// <param name="Df2">Denominator degrees of freedom of <paramref name="F"/>.</param>
/// <param name="PValue">Upper-tail p-value of <paramref name="F"/>.</param>
public sealed record IccEstimate(double Value, ConfidenceInterval Ci, double F, double Df1, double Df2, double PValue);
