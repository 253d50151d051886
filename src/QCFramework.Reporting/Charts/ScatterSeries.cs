namespace QCFramework.Reporting.Charts;

/// <summary>Points drawn as markers. On a categorical axis a coordinate is the category index (0, 1, …).</summary>
/// <param name="Name">Legend text, or null.</param>
/// <param name="X">Horizontal coordinates.</param>
/// <param name="Y">Vertical coordinates (same length as <paramref name="X"/>).</param>
public sealed record ScatterSeries(string? Name, IReadOnlyList<double> X, IReadOnlyList<double> Y) : Series(Name)
{
    /// <summary>Marker shape.</summary>
    public MarkerShape Marker { get; init; } = MarkerShape.Circle;

    /// <summary>Marker colour.</summary>
    public Rgb Color { get; init; } = Palette.Blue;

    /// <summary>Marker size (width of its bounding square) in points.</summary>
    public double SizePt { get; init; } = 4.5;
}
