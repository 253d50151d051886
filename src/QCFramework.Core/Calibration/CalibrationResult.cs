using QCFramework.Measurement;

namespace QCFramework.Calibration;

/// <summary>An algorithm's fit on a series: a model with its diagnostics and warnings, or a refusal.</summary>
/// <param name="Algorithm">The algorithm's name.</param>
/// <param name="Model">The fitted model, or null when not applicable.</param>
/// <param name="NotApplicableReason">Why the algorithm cannot run on this series, or null.</param>
/// <param name="Diagnostics">Fit figures (slope, intercept, R², effective energy, drift …).</param>
/// <param name="Warnings">What the user should know about an applicable fit.</param>
public sealed record CalibrationResult(
    string Algorithm,
    ICalibrationModel? Model,
    string? NotApplicableReason,
    IReadOnlyList<FitDiagnostic> Diagnostics,
    IReadOnlyList<string> Warnings)
{
    /// <summary>True when the algorithm produced a model.</summary>
    public bool IsApplicable => Model is not null;

    /// <summary>A fitted model.</summary>
    public static CalibrationResult Fitted(string algorithm, ICalibrationModel model, IReadOnlyList<FitDiagnostic> diagnostics, IReadOnlyList<string>? warnings = null) =>
        new(algorithm, model, null, diagnostics, warnings ?? []);

    /// <summary>A refusal with its reason.</summary>
    public static CalibrationResult NotApplicable(string algorithm, string reason, IReadOnlyList<FitDiagnostic>? diagnostics = null) =>
        new(algorithm, null, reason, diagnostics ?? [], []);

    /// <summary>The estimate for a vertebra (not applicable, with the reason, when the fit was refused).</summary>
    public BmdEstimate Estimate(VertebraMeasurement vertebra) =>
        Model?.Estimate(vertebra.Hu) ?? BmdEstimate.NotApplicable(NotApplicableReason ?? "not fitted");

    /// <summary>The value of diagnostic <paramref name="name"/>, or null.</summary>
    public double? Diagnostic(string name) => Diagnostics.FirstOrDefault(d => d.Name == name)?.Value;
}
