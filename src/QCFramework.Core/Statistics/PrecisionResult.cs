namespace QCFramework.Statistics;

/// <summary>Short-term precision over subjects measured repeatedly (ISCD).</summary>
/// <param name="Subjects">Number of subjects, m.</param>
/// <param name="Measurements">Total number of measurements, Σ nⱼ.</param>
/// <param name="RmsSd">Root-mean-square SD, √(Σ SDⱼ²/m), in the measurement's unit.</param>
/// <param name="RmsCvPct">Root-mean-square CV in percent, 100·√(Σ CVⱼ²/m), CVⱼ = SDⱼ/meanⱼ; NaN when a subject's mean is not positive.</param>
/// <param name="Lsc95">Least significant change at 95% confidence, 2.77 × RMS-SD.</param>
/// <param name="Lsc95Pct">Least significant change in percent, 2.77 × RMS-CV.</param>
/// <param name="DegreesOfFreedom">Σ(nⱼ − 1).</param>
public sealed record PrecisionResult(
    int Subjects,
    int Measurements,
    double RmsSd,
    double RmsCvPct,
    double Lsc95,
    double Lsc95Pct,
    int DegreesOfFreedom);
