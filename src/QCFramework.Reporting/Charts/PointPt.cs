namespace QCFramework.Reporting.Charts;

/// <summary>A position on a figure, in points from its top-left corner (y grows downwards).</summary>
public readonly record struct PointPt(double X, double Y);
