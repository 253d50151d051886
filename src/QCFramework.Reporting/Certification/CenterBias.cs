using QCFramework.Statistics;

namespace QCFramework.Reporting.Certification;

/// <summary>A center's bias for one algorithm: mean RE over its valid results with the 95 % CI.</summary>
internal sealed record CenterBias(string Center, int N, double MeanRelativeErrorPct, ConfidenceInterval Ci95);
