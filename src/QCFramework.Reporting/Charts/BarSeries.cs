namespace QCFramework.Reporting.Charts;

/// <summary>Vertical bars from zero to each value, one per category of a categorical x axis.</summary>
/// <param name="Name">Legend text, or null.</param>
/// <param name="Values">One value per category, in category order; NaN leaves the category empty.</param>
public sealed record BarSeries(string? Name, IReadOnlyList<double> Values) : Series(Name)
{
    /// <summary>Fill colour.</summary>
    public Rgb Fill { get; init; } = Palette.SkyBlue;

    /// <summary>Fraction of the category band the bar occupies, in (0, 1].</summary>
    public double BandFraction { get; init; } = 0.6;
}
