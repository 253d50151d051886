namespace QCFramework.Reporting.Charts.Layout;

/// <summary>
/// A positioned shape of a laid-out figure, in points from the figure's top-left corner. Renderers draw
/// primitives in list order; those with <see cref="ClipToPlot"/> are also clipped to the plot area.
/// </summary>
public abstract record ScenePrimitive
{
    /// <summary>True for data drawn inside the plot area; renderers clip it to <see cref="ChartScene.PlotArea"/>.</summary>
    public bool ClipToPlot { get; init; }

    /// <summary>The geometric extent (stroke widths not included).</summary>
    public abstract RectPt Bounds { get; }
}
