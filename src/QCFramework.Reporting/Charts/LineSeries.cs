namespace QCFramework.Reporting.Charts;

/// <summary>A polyline through data points, in the order given.</summary>
/// <param name="Name">Legend text, or null.</param>
/// <param name="X">Horizontal coordinates.</param>
/// <param name="Y">Vertical coordinates (same length as <paramref name="X"/>).</param>
public sealed record LineSeries(string? Name, IReadOnlyList<double> X, IReadOnlyList<double> Y) : Series(Name)
{
    /// <summary>How the line is drawn.</summary>
    public Stroke Stroke { get; init; } = new(Palette.Blue);
}
