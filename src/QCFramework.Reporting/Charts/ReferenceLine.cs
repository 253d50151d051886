namespace QCFramework.Reporting.Charts;

/// <summary>
/// A horizontal or vertical line at a fixed value (bias, limits of agreement, an acceptance criterion).
/// Its <see cref="Label"/> is printed outside the plot, beside the line: to the right of a horizontal
/// line, above a vertical one, so it never covers data.
/// </summary>
/// <param name="Name">Legend text, or null.</param>
/// <param name="Orientation">Horizontal (constant y) or vertical (constant x).</param>
/// <param name="Value">Where the line sits, in data units (or category index).</param>
public sealed record ReferenceLine(string? Name, LineOrientation Orientation, double Value) : Series(Name)
{
    /// <summary>Short text printed beside the line outside the plot, e.g. "+1.96 SD 4.2"; null for none.</summary>
    public string? Label { get; init; }

    /// <summary>How the line is drawn.</summary>
    public Stroke Stroke { get; init; } = new(Palette.Grey, 1.0, LineDash.Dashed);
}
