using System.Globalization;

namespace QCFramework.Reporting.Charts.Kinds;

/// <summary>Bias per centre with its 95 % confidence interval, the zero line, and the acceptance range as a shaded band.</summary>
public static class CenterBiasChart
{
    /// <summary>Builds the figure.</summary>
    /// <param name="title">Figure title.</param>
    /// <param name="centers">Centre names.</param>
    /// <param name="statistic">What the bias is, e.g. "Mean RE".</param>
    /// <param name="unit">Its unit, e.g. "%".</param>
    /// <param name="bias">Bias per centre.</param>
    /// <param name="ciLow">Lower 95 % confidence limit per centre.</param>
    /// <param name="ciHigh">Upper 95 % confidence limit per centre.</param>
    /// <param name="acceptance">Half-width of the acceptance range (±), or null.</param>
    public static Figure Create(string title, IReadOnlyList<string> centers, string statistic, string unit,
        IReadOnlyList<double> bias, IReadOnlyList<double> ciLow, IReadOnlyList<double> ciHigh, double? acceptance)
    {
        var series = new List<Series>();
        if (acceptance is double limit)
        {
            string text = limit.ToString("G", CultureInfo.InvariantCulture);
            series.Add(new HorizontalBand($"Acceptance ±{text} {unit}", -limit, limit) { Fill = Rgb.FromHex("#ddeedd") });
        }
        series.Add(new ReferenceLine(null, LineOrientation.Horizontal, 0) { Stroke = new Stroke(Palette.Grey, 0.8) });
        var x = new double[centers.Count];
        for (int i = 0; i < x.Length; i++)
            x[i] = i;
        series.Add(new ErrorBarSeries($"{statistic} with 95 % CI", x, bias, ciLow, ciHigh) { Color = Palette.Blue });
        return new Figure(title, Axis.Categorical("Centre", centers), new Axis(statistic, unit) { IncludeZero = true }, series)
        {
            Description = $"{title}: {statistic} ({unit}) per centre with 95 % confidence intervals"
                + (acceptance is null ? "." : " and the acceptance range."),
        };
    }
}
