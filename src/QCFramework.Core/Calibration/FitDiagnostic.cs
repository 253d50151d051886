namespace QCFramework.Calibration;

/// <summary>A named number describing a fit (slope, R², effective energy, drift), with its unit in the name.</summary>
/// <param name="Name">camelCase name with unit, e.g. "slopeHuPerMgPerCm3", "rSquared", "effectiveEnergyKev".</param>
/// <param name="Value">The value.</param>
public sealed record FitDiagnostic(string Name, double Value);
