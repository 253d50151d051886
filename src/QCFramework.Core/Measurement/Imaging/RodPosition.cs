namespace QCFramework.Measurement.Imaging;

/// <summary>A rod found on the pad's mid-line.</summary>
/// <param name="CenterXMm">Centre x, mm.</param>
/// <param name="CenterYMm">Centre y, mm.</param>
/// <param name="RadiusMm">Fitted radius, mm.</param>
internal sealed record RodPosition(double CenterXMm, double CenterYMm, double RadiusMm);
