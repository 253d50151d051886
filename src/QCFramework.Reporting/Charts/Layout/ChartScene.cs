namespace QCFramework.Reporting.Charts.Layout;

/// <summary>
/// A laid-out figure: every shape and string with its final position. Both renderers draw exactly this,
/// so the SVG file and the PDF figure agree to the point.
/// </summary>
/// <param name="WidthPt">Figure width in points.</param>
/// <param name="HeightPt">Figure height in points.</param>
/// <param name="PlotArea">The data rectangle; clipped primitives stay inside it.</param>
/// <param name="Primitives">Shapes in drawing order.</param>
/// <param name="Title">The figure's title.</param>
/// <param name="Description">Text alternative for the figure.</param>
public sealed record ChartScene(double WidthPt, double HeightPt, RectPt PlotArea, IReadOnlyList<ScenePrimitive> Primitives,
    string Title, string Description);
