using QCFramework.Reporting.Fonts;

namespace QCFramework.Reporting.Charts.Layout;

/// <summary>Type sizes and spacing of figures. Sizes suit a figure printed 12–17 cm wide on A4.</summary>
public sealed record ChartStyle
{
    /// <summary>The house style.</summary>
    public static ChartStyle Default { get; } = new();

    /// <summary>Figure title.</summary>
    public FontSpec TitleFont { get; init; } = new(10, true);

    /// <summary>Axis and colour-bar titles.</summary>
    public FontSpec AxisTitleFont { get; init; } = new(8.5);

    /// <summary>Tick labels.</summary>
    public FontSpec TickFont { get; init; } = new(7.5);

    /// <summary>Legend entries and reference-line labels.</summary>
    public FontSpec LegendFont { get; init; } = new(7.5);

    /// <summary>Values printed in heat cells.</summary>
    public FontSpec CellFont { get; init; } = new(7);

    /// <summary>Notes inside the plot.</summary>
    public FontSpec AnnotationFont { get; init; } = new(7.5);

    /// <summary>Blank border around the whole figure.</summary>
    public double PaddingPt { get; init; } = 6;

    /// <summary>Length of tick marks (outside the plot).</summary>
    public double TickLengthPt { get; init; } = 3.5;

    /// <summary>Space between a tick and its label, and between labels and titles.</summary>
    public double GapPt { get; init; } = 3;

    /// <summary>Least horizontal space between neighbouring tick labels; fewer ticks are used until it holds.</summary>
    public double MinLabelGapPt { get; init; } = 8;

    /// <summary>Automatic linear ranges are widened by this fraction of the data range on each side, so markers sit inside the frame.</summary>
    public double DataMarginFraction { get; init; } = 0.05;

    /// <summary>Width of the colour bar of a heat map.</summary>
    public double ColorBarWidthPt { get; init; } = 10;

    /// <summary>Number of steps the colour bar is drawn with.</summary>
    public int ColorBarSteps { get; init; } = 64;
}
