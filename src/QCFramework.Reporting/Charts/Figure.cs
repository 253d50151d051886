namespace QCFramework.Reporting.Charts;

/// <summary>
/// A complete chart, independent of how it is drawn: title, two axes, the series in drawing order
/// (bands first is customary; the layout draws bands and cells beneath lines and markers anyway),
/// and optional annotations. <see cref="Layout.ChartLayoutEngine"/> turns it into positioned shapes
/// that the SVG and PDF renderers draw identically.
/// </summary>
/// <param name="Title">Printed above the plot.</param>
/// <param name="XAxis">Horizontal axis.</param>
/// <param name="YAxis">Vertical axis.</param>
/// <param name="Series">What is plotted.</param>
public sealed record Figure(string Title, Axis XAxis, Axis YAxis, IReadOnlyList<Series> Series)
{
    /// <summary>Notes inside the plot area.</summary>
    public IReadOnlyList<TextAnnotation> Annotations { get; init; } = [];

    /// <summary>A one-sentence description for readers who cannot see the figure (SVG &lt;desc&gt;, PDF /Alt).</summary>
    public string? Description { get; init; }
}
