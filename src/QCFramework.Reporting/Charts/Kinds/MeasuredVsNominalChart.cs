using System.Globalization;

namespace QCFramework.Reporting.Charts.Kinds;

/// <summary>
/// Measured against nominal (true) values: one marker series per group, the identity line y = x, and the
/// fitted regression line. Both axes share one range, so departures from identity read at true scale.
/// </summary>
public static class MeasuredVsNominalChart
{
    /// <summary>Points of one group (an algorithm, a vertebra, a centre).</summary>
    /// <param name="Name">Legend text.</param>
    /// <param name="Nominal">True values.</param>
    /// <param name="Measured">Measured values, same length.</param>
    public sealed record Group(string Name, IReadOnlyList<double> Nominal, IReadOnlyList<double> Measured);

    /// <summary>A fitted line measured = Intercept + Slope · nominal.</summary>
    /// <param name="Slope">Slope (dimensionless).</param>
    /// <param name="Intercept">Intercept in the value unit.</param>
    /// <param name="Method">Name of the fit, e.g. "Deming" or "OLS".</param>
    public sealed record Fit(double Slope, double Intercept, string Method);

    private static readonly MarkerShape[] Shapes = [MarkerShape.Circle, MarkerShape.Square, MarkerShape.Triangle, MarkerShape.Diamond, MarkerShape.Cross];

    /// <summary>Builds the figure.</summary>
    /// <param name="title">Figure title.</param>
    /// <param name="quantity">What is measured, e.g. "BMD".</param>
    /// <param name="unit">Its unit, e.g. "mg HA/cm³".</param>
    /// <param name="groups">Point groups.</param>
    /// <param name="fit">Fitted line, or null for none.</param>
    public static Figure Create(string title, string quantity, string unit, IReadOnlyList<Group> groups, Fit? fit)
    {
        var extent = new List<double>();
        var series = new List<Series>();
        for (int i = 0; i < groups.Count; i++)
        {
            Group g = groups[i];
            extent.AddRange(g.Nominal);
            extent.AddRange(g.Measured);
            series.Add(new ScatterSeries(g.Name, g.Nominal, g.Measured)
            {
                Color = Palette.ForSeries(i),
                Marker = Shapes[i % Shapes.Length],
            });
        }
        series.Add(new StraightLine("Identity (y = x)", 1, 0) { Stroke = new Stroke(Palette.Grey, 1, LineDash.Dashed) });
        if (fit is not null)
        {
            string name = string.Create(CultureInfo.InvariantCulture,
                $"{fit.Method} fit: y = {fit.Slope:F3}·x {(fit.Intercept < 0 ? "−" : "+")} {Math.Abs(fit.Intercept):F1}");
            series.Add(new StraightLine(name, fit.Slope, fit.Intercept) { Stroke = new Stroke(Rgb.Black, 1) });
        }

        var (lo, hi) = SharedRange(extent);
        return new Figure(title,
            new Axis($"Nominal {quantity}", unit) { Min = lo, Max = hi },
            new Axis($"Measured {quantity}", unit) { Min = lo, Max = hi },
            series)
        {
            Description = $"{title}: measured against nominal {quantity} with the identity line"
                + (fit is null ? "." : $" and the {fit.Method} fit."),
        };
    }

    /// <summary>A nice range covering every value on both axes, with a 5 % margin.</summary>
    private static (double Lo, double Hi) SharedRange(List<double> values)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (double v in values)
        {
            if (!double.IsFinite(v))
                continue;
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }
        if (!double.IsFinite(min))
            return (0, 1);
        if (max == min)
        {
            min -= 1;
            max += 1;
        }
        double margin = 0.05 * (max - min);
        TickSet ticks = NiceTicks.Loose(min - margin, max + margin, 6);
        return (ticks.Values[0], ticks.Values[^1]);
    }
}
