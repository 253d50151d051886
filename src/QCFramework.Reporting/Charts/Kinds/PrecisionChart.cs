using System.Globalization;

namespace QCFramework.Reporting.Charts.Kinds;

/// <summary>Precision per group (e.g. RSD per vertebra or per algorithm) as bars, with the acceptance criterion as a line.</summary>
public static class PrecisionChart
{
    /// <summary>Builds the figure.</summary>
    /// <param name="title">Figure title.</param>
    /// <param name="groupAxis">What the groups are, e.g. "Algorithm".</param>
    /// <param name="groups">Group names.</param>
    /// <param name="statistic">The precision statistic, e.g. "RSD".</param>
    /// <param name="unit">Its unit, e.g. "%".</param>
    /// <param name="values">One value per group; NaN for none.</param>
    /// <param name="criterion">The acceptance limit (values at or below pass), or null.</param>
    public static Figure Create(string title, string groupAxis, IReadOnlyList<string> groups, string statistic, string unit,
        IReadOnlyList<double> values, double? criterion)
    {
        var series = new List<Series> { new BarSeries(statistic, values) };
        if (criterion is double limit)
        {
            series.Add(new ReferenceLine($"Criterion: {statistic} ≤ {limit.ToString("G", CultureInfo.InvariantCulture)} {unit}",
                LineOrientation.Horizontal, limit)
            {
                Label = $"≤ {limit.ToString("G", CultureInfo.InvariantCulture)} {unit}",
                Stroke = new Stroke(Palette.Vermillion, 1.2, LineDash.Dashed),
            });
        }
        return new Figure(title, Axis.Categorical(groupAxis, groups), new Axis(statistic, unit) { IncludeZero = true }, series)
        {
            Description = $"{title}: {statistic} ({unit}) per {groupAxis.ToLowerInvariant()}"
                + (criterion is null ? "." : " against the acceptance criterion."),
        };
    }
}
