using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;
using QCFramework.Reporting.Charts;
using QCFramework.Reporting.Charts.Layout;
using QCFramework.Reporting.Fonts;

namespace QCFramework.Tests.Reporting;

public class ChartLayoutTests
{
    private static IEnumerable<TestCaseData> Figures()
    {
        foreach (var (name, figure) in SampleFigures.All())
        {
            yield return new TestCaseData(figure, 481.9, 300.0).SetName($"Every_report_figure_reads_well({name}, full width)");
            yield return new TestCaseData(figure, 300.0, 240.0).SetName($"Every_report_figure_reads_well({name}, small)");
        }
    }

    [TestCaseSource(nameof(Figures))]
    public void Every_report_figure_reads_well(Figure figure, double width, double height)
    {
        ChartScene scene = new ChartLayoutEngine(new TextMeasurer()).Layout(figure, width, height);
        SceneChecks.AssertReadable(scene);
        if (!figure.XAxis.IsCategorical && figure.XAxis.Min is null)
            SceneChecks.AssertNiceXTicks(scene);
        if (!figure.YAxis.IsCategorical && figure.YAxis.Min is null)
            SceneChecks.AssertNiceYTicks(scene);
    }

    [Test]
    public void Axis_titles_carry_their_units()
    {
        ChartScene scene = new ChartLayoutEngine(new TextMeasurer()).Layout(SampleFigures.BlandAltman(), 400, 280);
        string[] titles = scene.Primitives.OfType<SceneText>().Where(t => t.Role == TextRole.AxisTitle).Select(t => t.Text).ToArray();
        Assert.That(titles, Is.EquivalentTo(new[] { "Mean BMD (mg HA/cm³)", "Difference (measured − true) (mg HA/cm³)" }));
    }

    [Test]
    public void Every_data_point_is_drawn_inside_the_plot_when_limits_are_automatic()
    {
        ChartScene scene = new ChartLayoutEngine(new TextMeasurer()).Layout(SampleFigures.MeasuredVsNominal(), 420, 300);
        SceneMarker[] markers = scene.Primitives.OfType<SceneMarker>().Where(m => m.ClipToPlot).ToArray();
        Assert.That(markers, Has.Length.EqualTo(SampleFigures.Nominal.Length));
        Assert.That(markers.All(m => scene.PlotArea.Contains(m.Bounds)), Is.True);
    }

    [Test]
    public void Fixed_limits_clip_lines_at_the_frame_and_leave_out_points_beyond_them()
    {
        double[] x = [0, 1, 2, 3, 4, 5, 6];
        double[] y = [0, 50, -40, 5, 120, 10, 0];
        var figure = new Figure("Clipped", new Axis("x", "mm") { Min = 0.5, Max = 5.5 }, new Axis("y", "HU") { Min = -10, Max = 40 },
            [new LineSeries("line", x, y), new ScatterSeries("points", x, y)]);
        ChartScene scene = new ChartLayoutEngine(new TextMeasurer()).Layout(figure, 360, 260);
        SceneChecks.AssertReadable(scene);
        int inside = x.Where((v, i) => v >= 0.5 && v <= 5.5 && y[i] >= -10 && y[i] <= 40).Count();
        Assert.That(scene.Primitives.OfType<SceneMarker>().Count(m => m.ClipToPlot), Is.EqualTo(inside));
        ScenePolyline[] lines = scene.Primitives.OfType<ScenePolyline>().ToArray();
        Assert.That(lines, Has.Length.GreaterThan(1), "leaving and re-entering the plot splits the line");
        Assert.That(lines.SelectMany(l => l.Points).Any(p => Math.Abs(p.Y - scene.PlotArea.Top) < 1e-9), "a line is cut at the top edge");
    }

    [Test]
    public void Heat_cells_are_coloured_by_viridis_and_print_their_values_inside()
    {
        ChartScene scene = new ChartLayoutEngine(new TextMeasurer()).Layout(SampleFigures.Heatmap(), 420, 300);
        SceneRect[] cells = scene.Primitives.OfType<SceneRect>().Where(r => r.ClipToPlot).ToArray();
        Assert.That(cells, Has.Length.EqualTo(16));
        // Top-left cell: −4.2 % on the symmetric scale [−5, 5] (max |RE| 4.8 rounded up to the nice number 5) sits at t = 0.08.
        SceneRect topLeft = cells.OrderBy(c => c.Rect.Top).ThenBy(c => c.Rect.Left).First();
        Assert.That(topLeft.Fill, Is.EqualTo(Viridis.At((-4.2 + 5) / 10)));
        SceneText[] values = scene.Primitives.OfType<SceneText>().Where(t => t.Role == TextRole.CellValue).ToArray();
        Assert.That(values.Select(v => v.Text), Is.SupersetOf(new[] { "-4.2", "0.0", "4.8", "n/a" }));
        foreach (SceneText v in values)
        {
            SceneRect cell = cells.Single(c => c.Rect.Contains(v.Anchor));
            Assert.That(cell.Rect.Contains(v.Bounds), $"'{v.Text}' spills out of its cell");
            Assert.That(v.Color, Is.EqualTo(cell.Fill!.Value.ContrastingText()));
        }
        Assert.That(scene.Primitives.OfType<SceneText>().Single(t => t.Role == TextRole.ColorBarTitle).Text, Is.EqualTo("Relative error (%)"));
    }

    [Test]
    public void Long_category_labels_wrap_onto_lines_instead_of_colliding()
    {
        ChartScene scene = new ChartLayoutEngine(new TextMeasurer()).Layout(SampleFigures.CenterBias(), 380, 260);
        SceneChecks.AssertReadable(scene);
        string[] labels = scene.Primitives.OfType<SceneText>().Where(t => t.Role == TextRole.TickLabel && t.Bounds.Top > scene.PlotArea.Bottom)
            .Select(t => t.Text).ToArray();
        Assert.That(labels, Does.Contain("Basel").And.Contain("Hospital"));
    }

    [Test]
    public void A_figure_too_small_for_its_labels_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => new ChartLayoutEngine(new TextMeasurer()).Layout(SampleFigures.CenterBias(), 120, 90));
        Assert.That(e!.Message, Does.Contain("too small"));
    }

    [Test]
    public void Series_that_do_not_fit_their_axes_are_refused()
    {
        var engine = new ChartLayoutEngine(new TextMeasurer());
        Assert.Throws<ArgumentException>(() => engine.Layout(
            new Figure("x", new Axis("a", null), new Axis("b", null), [new ScatterSeries("s", [1, 2], [1])]), 300, 200));
        Assert.Throws<ArgumentException>(() => engine.Layout(
            new Figure("x", new Axis("a", null), new Axis("b", null), [new BarSeries("s", [1, 2])]), 300, 200));
        Assert.Throws<ArgumentException>(() => engine.Layout(
            new Figure("x", Axis.Categorical("a", ["p", "q"]), Axis.Categorical("b", ["r"]), [new HeatCells("h", new double[2, 2])]), 300, 200));
    }

    [Test]
    public void Random_scatter_plots_read_well_at_any_size()
    {
        Gen<(double[] X, double[] Y, double W, double H)> gen =
            from n in Gen.Choose(1, 40)
            from cx in Gen.Choose(-10_000, 10_000)
            from cy in Gen.Choose(-10_000, 10_000)
            from ex in Gen.Choose(-3, 4)
            from ey in Gen.Choose(-3, 4)
            from ux in Gen.ArrayOf(Gen.Choose(-1000, 1000), n)
            from uy in Gen.ArrayOf(Gen.Choose(-1000, 1000), n)
            from w in Gen.Choose(240, 520)
            from h in Gen.Choose(180, 420)
            select (ux.Select(u => cx + Math.Pow(10, ex) * u / 1000.0).ToArray(),
                    uy.Select(u => cy + Math.Pow(10, ey) * u / 1000.0).ToArray(), (double)w, (double)h);

        var engine = new ChartLayoutEngine(new TextMeasurer());
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(150), Prop.ForAll(Arb.From(gen), (Action<(double[] X, double[] Y, double W, double H)>)(c =>
        {
            var figure = new Figure("Random data", new Axis("Concentration", "mg/mL"), new Axis("Attenuation", "HU"),
                [new ScatterSeries("Samples", c.X, c.Y), new StraightLine("Fit", 0.5, 1)]);
            ChartScene scene = engine.Layout(figure, c.W, c.H);
            SceneChecks.AssertReadable(scene);
            SceneChecks.AssertNiceXTicks(scene);
            SceneChecks.AssertNiceYTicks(scene);
            Assert.That(scene.Primitives.OfType<SceneMarker>().Count(m => m.ClipToPlot), Is.EqualTo(c.X.Length), "every point is drawn");
        })));
    }
}
