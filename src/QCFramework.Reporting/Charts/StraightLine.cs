namespace QCFramework.Reporting.Charts;

/// <summary>The line y = <paramref name="Intercept"/> + <paramref name="Slope"/>·x across the whole plot (identity line, fitted regression).</summary>
/// <param name="Name">Legend text, or null.</param>
/// <param name="Slope">dy/dx in data units.</param>
/// <param name="Intercept">y at x = 0, in data units.</param>
public sealed record StraightLine(string? Name, double Slope, double Intercept) : Series(Name)
{
    /// <summary>How the line is drawn.</summary>
    public Stroke Stroke { get; init; } = new(Palette.Grey);
}
