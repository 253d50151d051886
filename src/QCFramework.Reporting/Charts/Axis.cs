namespace QCFramework.Reporting.Charts;

/// <summary>
/// One axis of a figure: a label with its unit, and either a linear scale (optionally with fixed limits)
/// or a list of categories placed at evenly spaced bands.
/// </summary>
/// <param name="Label">What the axis measures, e.g. "Measured BMD".</param>
/// <param name="Unit">Its unit, e.g. "mg HA/cm³"; null for dimensionless or categorical axes.</param>
public sealed record Axis(string Label, string? Unit)
{
    /// <summary>Category names, first to last; null for a linear axis. On the y axis the first category is at the top.</summary>
    public IReadOnlyList<string>? Categories { get; init; }

    /// <summary>Fixed lower limit of a linear axis; data below it is clipped. Null: chosen from the data.</summary>
    public double? Min { get; init; }

    /// <summary>Fixed upper limit of a linear axis; data above it is clipped. Null: chosen from the data.</summary>
    public double? Max { get; init; }

    /// <summary>Extend an automatic linear range to include zero (bar charts, differences).</summary>
    public bool IncludeZero { get; init; }

    /// <summary>True when the axis has categories instead of a linear scale.</summary>
    public bool IsCategorical => Categories is not null;

    /// <summary>The printed axis title: "Label (unit)", or just the label.</summary>
    public string Title => string.IsNullOrEmpty(Unit) ? Label : $"{Label} ({Unit})";

    /// <summary>A categorical axis.</summary>
    public static Axis Categorical(string label, IReadOnlyList<string> categories, string? unit = null)
        => new(label, unit) { Categories = categories.ToArray() };
}
