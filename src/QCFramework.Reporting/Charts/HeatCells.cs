namespace QCFramework.Reporting.Charts;

/// <summary>
/// A grid of coloured cells over two categorical axes, each cell printed with its value; a colour bar
/// beside the plot shows the scale (viridis). NaN cells are drawn pale grey and printed "n/a".
/// </summary>
/// <param name="Name">Legend text, or null (the colour bar already explains the colours).</param>
/// <param name="Values">Values[row, column]: rows follow the y axis categories (top to bottom), columns the x axis categories.</param>
public sealed record HeatCells(string? Name, double[,] Values) : Series(Name)
{
    /// <summary>What the colour encodes, e.g. "RE".</summary>
    public string ScaleLabel { get; init; } = "Value";

    /// <summary>The unit of the values, e.g. "%"; null if dimensionless.</summary>
    public string? ScaleUnit { get; init; }

    /// <summary>Fixed lower end of the colour scale; null: from the data.</summary>
    public double? ScaleMin { get; init; }

    /// <summary>Fixed upper end of the colour scale; null: from the data.</summary>
    public double? ScaleMax { get; init; }

    /// <summary>.NET numeric format for the printed cell values (invariant culture).</summary>
    public string ValueFormat { get; init; } = "F1";
}
