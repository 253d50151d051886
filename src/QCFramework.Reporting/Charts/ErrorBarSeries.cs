namespace QCFramework.Reporting.Charts;

/// <summary>Points with vertical error bars from <see cref="Low"/> to <see cref="High"/> (e.g. a mean with its 95 % CI).</summary>
/// <param name="Name">Legend text, or null.</param>
/// <param name="X">Horizontal coordinates (category indices on a categorical axis).</param>
/// <param name="Y">Point values.</param>
/// <param name="Low">Lower ends of the bars.</param>
/// <param name="High">Upper ends of the bars.</param>
public sealed record ErrorBarSeries(string? Name, IReadOnlyList<double> X, IReadOnlyList<double> Y,
    IReadOnlyList<double> Low, IReadOnlyList<double> High) : Series(Name)
{
    /// <summary>Marker shape.</summary>
    public MarkerShape Marker { get; init; } = MarkerShape.Circle;

    /// <summary>Marker and bar colour.</summary>
    public Rgb Color { get; init; } = Palette.Blue;

    /// <summary>Marker size in points.</summary>
    public double SizePt { get; init; } = 5;
}
