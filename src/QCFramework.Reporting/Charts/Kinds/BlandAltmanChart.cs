using System.Globalization;

namespace QCFramework.Reporting.Charts.Kinds;

/// <summary>
/// Bland–Altman plot (Bland &amp; Altman 1986, Lancet 327:307): the difference of two methods against
/// their mean, with the bias and the 95 % limits of agreement (bias ± 1.96 SD) as lines labelled beside
/// the plot, and their confidence intervals as shaded bands.
/// </summary>
public static class BlandAltmanChart
{
    /// <summary>An interval [Low, High].</summary>
    /// <param name="Low">Lower end.</param>
    /// <param name="High">Upper end.</param>
    public sealed record Interval(double Low, double High);

    /// <summary>The agreement statistics the plot shows.</summary>
    /// <param name="Bias">Mean difference.</param>
    /// <param name="LoaLower">Lower limit of agreement.</param>
    /// <param name="LoaUpper">Upper limit of agreement.</param>
    /// <param name="BiasCi95">95 % CI of the bias, or null.</param>
    /// <param name="LoaLowerCi95">95 % CI of the lower limit, or null.</param>
    /// <param name="LoaUpperCi95">95 % CI of the upper limit, or null.</param>
    public sealed record Agreement(double Bias, double LoaLower, double LoaUpper,
        Interval? BiasCi95, Interval? LoaLowerCi95, Interval? LoaUpperCi95);

    /// <summary>Builds the figure.</summary>
    /// <param name="title">Figure title.</param>
    /// <param name="quantity">What is compared, e.g. "BMD".</param>
    /// <param name="unit">Its unit.</param>
    /// <param name="means">Per-pair mean of the two methods.</param>
    /// <param name="differences">Per-pair difference (second − first).</param>
    /// <param name="agreement">Bias, limits and their intervals.</param>
    /// <param name="differenceLabel">Describes the difference, e.g. "measured − true".</param>
    /// <param name="valueFormat">.NET format of the numbers in the line labels.</param>
    public static Figure Create(string title, string quantity, string unit, IReadOnlyList<double> means,
        IReadOnlyList<double> differences, Agreement agreement, string differenceLabel, string valueFormat = "F1")
    {
        string F(double v) => v.ToString(valueFormat, CultureInfo.InvariantCulture);
        var series = new List<Series>();
        bool anyCi = false;
        foreach (Interval? ci in new[] { agreement.BiasCi95, agreement.LoaLowerCi95, agreement.LoaUpperCi95 })
        {
            if (ci is null)
                continue;
            // Only the first band is named, so the legend lists "95 % CI" once.
            series.Add(new HorizontalBand(anyCi ? null : "95 % CI", ci.Low, ci.High));
            anyCi = true;
        }
        series.Add(new ReferenceLine(null, LineOrientation.Horizontal, 0) { Stroke = new Stroke(Palette.GridGrey, 1) });
        series.Add(new ReferenceLine("Bias", LineOrientation.Horizontal, agreement.Bias)
        {
            Label = $"Bias {F(agreement.Bias)}",
            Stroke = new Stroke(Palette.Blue, 1.2),
        });
        series.Add(new ReferenceLine("95 % limits of agreement", LineOrientation.Horizontal, agreement.LoaUpper)
        {
            Label = $"+1.96 SD {F(agreement.LoaUpper)}",
            Stroke = new Stroke(Palette.Vermillion, 1.2, LineDash.Dashed),
        });
        series.Add(new ReferenceLine(null, LineOrientation.Horizontal, agreement.LoaLower)
        {
            Label = $"-1.96 SD {F(agreement.LoaLower)}",
            Stroke = new Stroke(Palette.Vermillion, 1.2, LineDash.Dashed),
        });
        series.Add(new ScatterSeries("Pairs", means, differences) { Color = Rgb.Black, SizePt = 3.5 });
        return new Figure(title,
            new Axis($"Mean {quantity}", unit),
            new Axis($"Difference ({differenceLabel})", unit) { IncludeZero = true },
            series)
        {
            Description = $"{title}: Bland–Altman plot, bias {F(agreement.Bias)} {unit}, limits of agreement "
                + $"{F(agreement.LoaLower)} to {F(agreement.LoaUpper)} {unit}.",
        };
    }
}
