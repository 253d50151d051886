namespace QCFramework.Reporting.Charts;

/// <summary>
/// A shaded strip between two y values across the whole plot (a confidence interval of a bias or a
/// limit of agreement, an acceptance range). Opaque and drawn beneath every other series.
/// </summary>
/// <param name="Name">Legend text, or null.</param>
/// <param name="Low">Lower edge, data units.</param>
/// <param name="High">Upper edge, data units (≥ <paramref name="Low"/>).</param>
public sealed record HorizontalBand(string? Name, double Low, double High) : Series(Name)
{
    /// <summary>Fill colour.</summary>
    public Rgb Fill { get; init; } = Palette.BandGrey;
}
