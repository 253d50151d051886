using QCFramework.Reporting.Charts;
using QCFramework.Reporting.Charts.Kinds;

namespace QCFramework.Tests.Reporting;

/// <summary>One figure of every kind the reports use, with realistic values.</summary>
public static class SampleFigures
{
    public static readonly double[] Nominal = [50, 100, 150, 200, 50, 100, 150, 200];
    public static readonly double[] Measured = [51.3, 103.9, 151.2, 206.4, 53.0, 99.2, 156.1, 204.8];

    public static Figure MeasuredVsNominal() => MeasuredVsNominalChart.Create("Measured against nominal BMD", "BMD", "mg HA/cm³",
        [new("Phantom-based", Nominal[..4], Measured[..4]), new("Internal calibration", Nominal[4..], Measured[4..])],
        new MeasuredVsNominalChart.Fit(1.018, -0.7, "Deming"));

    public static Figure BlandAltman()
    {
        double[] means = Nominal.Select((v, i) => (v + Measured[i]) / 2).ToArray();
        double[] diffs = Nominal.Select((v, i) => Measured[i] - v).ToArray();
        return BlandAltmanChart.Create("Agreement with truth", "BMD", "mg HA/cm³", means, diffs,
            new BlandAltmanChart.Agreement(3.1, -2.2, 8.4, new(1.2, 5.0), new(-5.5, 1.1), new(5.1, 11.7)), "measured − true");
    }

    public static Figure Heatmap() => RelativeErrorHeatmap.Create("Relative error by protocol", "Tube voltage",
        ["80 kVp", "100 kVp", "120 kVp", "140 kVp"], "Kernel", ["soft", "standard", "sharp", "bone"],
        new[,] { { -4.2, -3.9, -3.1, double.NaN }, { -1.5, -1.1, -0.4, 0.6 }, { 0.2, 0.0, 0.9, 1.4 }, { 2.1, 2.6, 3.3, 4.8 } });

    public static Figure Precision() => PrecisionChart.Create("Short-term precision", "Algorithm",
        ["Phantom-based", "Internal calibration", "Dual-energy", "Hybrid"], "RSD", "%", [1.2, 2.4, 0.8, 1.9], 2.0);

    public static Figure CenterBias() => CenterBiasChart.Create("Bias per centre",
        ["Basel", "Bern", "Geneva University Hospital", "Lausanne", "Zürich"], "Mean RE", "%",
        [1.2, -0.5, 3.9, -6.1, 0.3], [0.2, -1.6, 2.5, -7.9, -0.8], [2.2, 0.6, 5.3, -4.3, 1.4], 5);

    /// <summary>Every series type at once, with a note, a vertical reference line and a polyline.</summary>
    public static Figure Everything() => new("Every element", new Axis("Time", "s"), new Axis("Signal", "HU"),
    [
        new HorizontalBand("Band", -20, 15),
        new LineSeries("Trace", [0, 1, 2, 3, 4, 5], [10, -30, 25, 60, -5, 12]) { Stroke = new Stroke(Palette.BluishGreen, 1.2) },
        new StraightLine("Trend", 5, -10),
        new ReferenceLine("Limit", LineOrientation.Horizontal, 40) { Label = "Limit 40" },
        new ReferenceLine("Start", LineOrientation.Vertical, 1.5) { Label = "Contrast in" },
        new ErrorBarSeries("Means", [0.5, 2.5, 4.5], [0, 20, 5], [-10, 12, -4], [9, 31, 15]) { Marker = MarkerShape.Diamond, Color = Palette.ReddishPurple },
        new ScatterSeries("Samples", [0.2, 1.1, 3.3, 4.9], [5, -12, 44, 2]) { Marker = MarkerShape.Triangle, Color = Palette.Orange },
        new ScatterSeries("Outliers", [2.2], [-25]) { Marker = MarkerShape.Cross, Color = Rgb.Black },
    ])
    { Annotations = [new TextAnnotation(4.8, 58, "peak at 3 s")] };

    public static IEnumerable<(string Name, Figure Figure)> All()
    {
        yield return ("measured-vs-nominal", MeasuredVsNominal());
        yield return ("bland-altman", BlandAltman());
        yield return ("heatmap", Heatmap());
        yield return ("precision", Precision());
        yield return ("center-bias", CenterBias());
        yield return ("everything", Everything());
    }
}
