namespace QCFramework.Statistics;

/// <summary>Agreement of a test with a reference after both are split into classes.</summary>
/// <param name="N">Number of paired values.</param>
/// <param name="Thresholds">The cut-offs used.</param>
/// <param name="Confusion">Counts, rows = reference class, columns = test class, both lowest class first.</param>
/// <param name="Kappa">Cohen's kappa and linearly weighted kappa of <paramref name="Confusion"/>.</param>
/// <param name="LowestClass">Sensitivity and specificity for the lowest class (osteoporosis) against the rest.</param>
public sealed record ClassAgreementResult(
    int N,
    ClassThresholds Thresholds,
    IReadOnlyList<IReadOnlyList<int>> Confusion,
    KappaResult Kappa,
    BinaryDiagnosticResult LowestClass);
