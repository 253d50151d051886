namespace QCFramework.Reporting.Charts;

/// <summary>How a line is drawn.</summary>
/// <param name="Color">Colour.</param>
/// <param name="WidthPt">Line width in points.</param>
/// <param name="Dash">Pattern.</param>
public readonly record struct Stroke(Rgb Color, double WidthPt = 1.0, LineDash Dash = LineDash.Solid);
