using System.Globalization;
using NUnit.Framework;
using QCFramework.Reporting.Charts;
using QCFramework.Reporting.Charts.Layout;

namespace QCFramework.Tests.Reporting;

/// <summary>Checks that a laid-out figure reads well: nothing outside the figure, no colliding text, data inside the plot, nice ticks that cover the data.</summary>
public static class SceneChecks
{
    public static void AssertReadable(ChartScene scene)
    {
        var figure = new RectPt(0, 0, scene.WidthPt, scene.HeightPt);
        RectPt plot = scene.PlotArea;
        List<SceneText> texts = scene.Primitives.OfType<SceneText>().ToList();
        Assert.That(texts, Is.Not.Empty);
        foreach (SceneText t in texts)
            Assert.That(figure.Contains(t.Bounds), $"'{t.Text}' ({t.Role}) at {t.Bounds} is cut off by the {scene.WidthPt}×{scene.HeightPt} figure");
        for (int i = 0; i < texts.Count; i++)
        {
            for (int j = i + 1; j < texts.Count; j++)
            {
                Assert.That(texts[i].Bounds.Inflate(-0.01).Intersects(texts[j].Bounds.Inflate(-0.01)), Is.False,
                    $"'{texts[i].Text}' ({texts[i].Role}) overlaps '{texts[j].Text}' ({texts[j].Role})");
            }
        }
        foreach (ScenePrimitive p in scene.Primitives.Where(p => p.ClipToPlot))
            Assert.That(plot.Contains(p.Bounds, 1e-6), $"{p.GetType().Name} at {p.Bounds} leaves the plot area {plot}");
        foreach (SceneText t in texts.Where(t => t.Role is not (TextRole.CellValue or TextRole.Annotation)))
            Assert.That(t.Bounds.Intersects(plot), Is.False, $"'{t.Text}' ({t.Role}) covers the plot area");
    }

    /// <summary>Linear x ticks: nice evenly spaced values, the first at the plot's left edge and the last at its right edge (so data drawn inside the plot lies between them).</summary>
    public static void AssertNiceXTicks(ChartScene scene)
    {
        RectPt plot = scene.PlotArea;
        var ticks = scene.Primitives.OfType<SceneText>()
            .Where(t => t.Role == TextRole.TickLabel && t.Bounds.Top > plot.Bottom)
            .Select(t => (Value: decimal.Parse(t.Text, CultureInfo.InvariantCulture), Pos: t.Anchor.X))
            .OrderBy(t => t.Pos).ToList();
        AssertNice(ticks, plot.Left, plot.Right);
    }

    /// <summary>Linear y ticks, lowest value at the bottom edge and highest at the top edge.</summary>
    public static void AssertNiceYTicks(ChartScene scene)
    {
        RectPt plot = scene.PlotArea;
        var ticks = scene.Primitives.OfType<SceneText>()
            .Where(t => t.Role == TextRole.TickLabel && t.Bounds.Right < plot.Left)
            .Select(t => (Value: decimal.Parse(t.Text, CultureInfo.InvariantCulture), Pos: -(t.Bounds.Top + t.Bounds.Bottom) / 2))
            .OrderBy(t => t.Pos).ToList();
        AssertNice(ticks, -plot.Bottom, -plot.Top);
    }

    /// <summary>Labels are parsed as decimals, so steps and spacing are checked exactly as printed.</summary>
    private static void AssertNice(List<(decimal Value, double Pos)> ticks, double start, double end)
    {
        Assert.That(ticks, Has.Count.GreaterThanOrEqualTo(2));
        decimal step = ticks[1].Value - ticks[0].Value;
        Assert.That(step, Is.GreaterThan(0m));
        decimal mantissa = step;
        while (mantissa >= 10)
            mantissa /= 10;
        while (mantissa < 1)
            mantissa *= 10;
        Assert.That(mantissa, Is.AnyOf(1m, 2m, 5m), $"tick step {step} is not 1, 2 or 5 × 10^k");
        for (int i = 1; i < ticks.Count; i++)
            Assert.That(ticks[i].Value - ticks[i - 1].Value, Is.EqualTo(step), "ticks are evenly spaced");
        Assert.That(ticks[0].Pos, Is.EqualTo(start).Within(0.01), "the first tick sits at the start of the axis");
        Assert.That(ticks[^1].Pos, Is.EqualTo(end).Within(0.01), "the last tick sits at the end of the axis");
        double scale = (end - start) / (double)(ticks[^1].Value - ticks[0].Value);
        foreach (var (value, pos) in ticks)
            Assert.That(pos, Is.EqualTo(start + (double)(value - ticks[0].Value) * scale).Within(0.01), "ticks are placed linearly");
    }
}
