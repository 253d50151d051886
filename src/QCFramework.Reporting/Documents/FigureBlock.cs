using QCFramework.Reporting.Charts;

namespace QCFramework.Reporting.Documents;

/// <summary>A chart, laid out at its printed size so its text keeps its point size, with a caption below ("Figure n. caption").</summary>
/// <param name="Figure">The chart.</param>
/// <param name="Caption">Caption text.</param>
public sealed record FigureBlock(Figure Figure, string Caption) : Block
{
    /// <summary>Printed width in points; null for the full text width.</summary>
    public double? WidthPt { get; init; }

    /// <summary>Printed height in points; null for 0.62 × the width.</summary>
    public double? HeightPt { get; init; }
}
