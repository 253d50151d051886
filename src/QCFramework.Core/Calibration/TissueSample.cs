using QCFramework.Measurement;

namespace QCFramework.Calibration;

/// <summary>A reference tissue's measured CT number.</summary>
/// <param name="Tissue">The tissue (composition and window).</param>
/// <param name="MeasuredHu">Its mean CT number, HU.</param>
public sealed record TissueSample(ReferenceTissue Tissue, double MeasuredHu);
