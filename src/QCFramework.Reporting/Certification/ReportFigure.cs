using QCFramework.Reporting.Charts;

namespace QCFramework.Reporting.Certification;

/// <summary>A figure of the report with the size it is printed at, and the file name it is also written under as SVG.</summary>
/// <param name="FileName">E.g. "fig03-center-a-two-point-bland-altman.svg"; the number is the figure's number in the report.</param>
/// <param name="Figure">The chart.</param>
/// <param name="WidthPt">Printed width.</param>
/// <param name="HeightPt">Printed height.</param>
public sealed record ReportFigure(string FileName, Figure Figure, double WidthPt, double HeightPt);
