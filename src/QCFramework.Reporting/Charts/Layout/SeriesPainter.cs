using System.Globalization;
using QCFramework.Reporting.Fonts;

namespace QCFramework.Reporting.Charts.Layout;

/// <summary>
/// Turns series into clipped primitives inside the plot area, in layers: areas (bands, heat cells, bars),
/// then lines, then error bars and markers, then text inside the plot. Geometry is clipped here, so
/// every clipped primitive lies within the plot rectangle; markers whose centre falls outside a fixed
/// axis range are left out rather than drawn cut in half.
/// </summary>
internal sealed class SeriesPainter(RectPt plot, AxisScale x, AxisScale y, ColorScaleLayout? colors, ChartStyle style, SceneTextFactory text)
{
    private const double CapHalfWidthPt = 2.5;

    public void Emit(Figure figure, List<ScenePrimitive> output)
    {
        foreach (Series s in figure.Series)
        {
            switch (s)
            {
                case HorizontalBand band:
                    Band(band, output);
                    break;
                case HeatCells cells:
                    Cells(cells, output);
                    break;
                case BarSeries bars:
                    Bars(bars, output);
                    break;
            }
        }
        foreach (Series s in figure.Series)
        {
            switch (s)
            {
                case StraightLine line:
                    Straight(line, output);
                    break;
                case LineSeries line:
                    Polyline(line, output);
                    break;
                case ReferenceLine line:
                    Reference(line, output);
                    break;
            }
        }
        foreach (Series s in figure.Series)
        {
            switch (s)
            {
                case ErrorBarSeries bars:
                    ErrorBars(bars, output);
                    break;
                case ScatterSeries points:
                    Markers(points.X, points.Y, points.Marker, points.SizePt, points.Color, output);
                    break;
            }
        }
        foreach (Series s in figure.Series)
        {
            if (s is HeatCells cells)
                CellValues(cells, output);
        }
        foreach (TextAnnotation note in figure.Annotations)
            Annotation(note, output);
    }

    private void Band(HorizontalBand band, List<ScenePrimitive> output)
    {
        double a = y.ToPt(band.Low), b = y.ToPt(band.High);
        double top = Math.Max(Math.Min(a, b), plot.Top), bottom = Math.Min(Math.Max(a, b), plot.Bottom);
        if (bottom > top)
            output.Add(new SceneRect(RectPt.FromEdges(plot.Left, top, plot.Right, bottom), band.Fill, null) { ClipToPlot = true });
    }

    private void Cells(HeatCells cells, List<ScenePrimitive> output)
    {
        var bx = (BandAxisScale)x;
        var by = (BandAxisScale)y;
        for (int r = 0; r < by.Count; r++)
        {
            for (int c = 0; c < bx.Count; c++)
            {
                double v = cells.Values[r, c];
                Rgb fill = double.IsFinite(v) ? colors!.ColorOf(v) : Palette.BandGrey;
                var (left, right) = bx.Band(c);
                var (top, bottom) = by.Band(r);
                // A white outline separates neighbouring cells of similar colour.
                output.Add(new SceneRect(RectPt.FromEdges(left, top, right, bottom), fill, new Stroke(Rgb.White, 1)) { ClipToPlot = true });
            }
        }
    }

    private void CellValues(HeatCells cells, List<ScenePrimitive> output)
    {
        var bx = (BandAxisScale)x;
        var by = (BandAxisScale)y;
        FontSpec font = style.CellFont;
        double lineH = text.LineHeight(font);
        for (int r = 0; r < by.Count; r++)
        {
            for (int c = 0; c < bx.Count; c++)
            {
                double v = cells.Values[r, c];
                string label = double.IsFinite(v) ? FormatCell(v, cells.ValueFormat) : "n/a";
                Rgb fill = double.IsFinite(v) ? colors!.ColorOf(v) : Palette.BandGrey;
                var (left, right) = bx.Band(c);
                var (top, bottom) = by.Band(r);
                // A value that does not fit its cell is left out of the figure (reports also tabulate it).
                if (text.Width(label, font) > right - left - 2 || lineH > bottom - top - 1)
                    continue;
                output.Add(text.Horizontal(label, (left + right) / 2, text.CenteredBaseline((top + bottom) / 2, font),
                    TextAlign.Middle, font, fill.ContrastingText(), TextRole.CellValue) with { ClipToPlot = true });
            }
        }
    }

    /// <summary>Formats a cell value, printing a value that rounds to zero without a minus sign.</summary>
    internal static string FormatCell(double value, string format)
    {
        string s = value.ToString(format, CultureInfo.InvariantCulture);
        if (s.StartsWith('-') && double.Parse(s, CultureInfo.InvariantCulture) == 0)
            s = s[1..];
        return s;
    }

    private void Bars(BarSeries bars, List<ScenePrimitive> output)
    {
        var bx = (BandAxisScale)x;
        double half = bx.BandPt * bars.BandFraction / 2;
        double zero = Math.Clamp(y.ToPt(0), plot.Top, plot.Bottom);
        for (int i = 0; i < bars.Values.Count; i++)
        {
            double v = bars.Values[i];
            if (!double.IsFinite(v))
                continue;
            double end = Math.Clamp(y.ToPt(v), plot.Top, plot.Bottom);
            double cx = bx.ToPt(i);
            double top = Math.Min(zero, end), bottom = Math.Max(zero, end);
            if (bottom > top)
                output.Add(new SceneRect(RectPt.FromEdges(cx - half, top, cx + half, bottom), bars.Fill, null) { ClipToPlot = true });
        }
    }

    private void Straight(StraightLine line, List<ScenePrimitive> output)
    {
        var sx = (LinearAxisScale)x;
        double x0 = sx.DomainMin, x1 = sx.DomainMax;
        var a = new PointPt(x.ToPt(x0), y.ToPt(line.Intercept + line.Slope * x0));
        var b = new PointPt(x.ToPt(x1), y.ToPt(line.Intercept + line.Slope * x1));
        if (LineClipper.Clip(a, b, plot) is { } segment)
            output.Add(new SceneLine(segment.A, segment.B, line.Stroke) { ClipToPlot = true });
    }

    private void Polyline(LineSeries line, List<ScenePrimitive> output)
    {
        var run = new List<PointPt>();
        for (int i = 0; i + 1 < line.X.Count; i++)
        {
            if (!double.IsFinite(line.X[i]) || !double.IsFinite(line.Y[i]) || !double.IsFinite(line.X[i + 1]) || !double.IsFinite(line.Y[i + 1]))
            {
                Flush(run, line.Stroke, output);
                continue;
            }
            var a = new PointPt(x.ToPt(line.X[i]), y.ToPt(line.Y[i]));
            var b = new PointPt(x.ToPt(line.X[i + 1]), y.ToPt(line.Y[i + 1]));
            if (LineClipper.Clip(a, b, plot) is not { } segment)
            {
                Flush(run, line.Stroke, output);
                continue;
            }
            // A segment continues the current run only if it starts where the run ended (i.e. was not cut at its start).
            if (run.Count > 0 && run[^1] != segment.A)
                Flush(run, line.Stroke, output);
            if (run.Count == 0)
                run.Add(segment.A);
            run.Add(segment.B);
        }
        Flush(run, line.Stroke, output);
    }

    private static void Flush(List<PointPt> run, Stroke stroke, List<ScenePrimitive> output)
    {
        if (run.Count >= 2)
            output.Add(new ScenePolyline(run.ToArray(), stroke) { ClipToPlot = true });
        run.Clear();
    }

    private void Reference(ReferenceLine line, List<ScenePrimitive> output)
    {
        if (line.Orientation == LineOrientation.Horizontal)
        {
            double py = y.ToPt(line.Value);
            if (py >= plot.Top && py <= plot.Bottom)
                output.Add(new SceneLine(new PointPt(plot.Left, py), new PointPt(plot.Right, py), line.Stroke) { ClipToPlot = true });
        }
        else
        {
            double px = x.ToPt(line.Value);
            if (px >= plot.Left && px <= plot.Right)
                output.Add(new SceneLine(new PointPt(px, plot.Top), new PointPt(px, plot.Bottom), line.Stroke) { ClipToPlot = true });
        }
    }

    private void ErrorBars(ErrorBarSeries bars, List<ScenePrimitive> output)
    {
        var stroke = new Stroke(bars.Color, 0.8);
        for (int i = 0; i < bars.X.Count; i++)
        {
            if (!double.IsFinite(bars.X[i]) || !double.IsFinite(bars.Low[i]) || !double.IsFinite(bars.High[i]))
                continue;
            double px = x.ToPt(bars.X[i]);
            var lo = new PointPt(px, y.ToPt(bars.Low[i]));
            var hi = new PointPt(px, y.ToPt(bars.High[i]));
            if (LineClipper.Clip(lo, hi, plot) is not { } bar)
                continue;
            output.Add(new SceneLine(bar.A, bar.B, stroke) { ClipToPlot = true });
            foreach (PointPt end in new[] { lo, hi })
            {
                if (plot.Contains(end) && LineClipper.Clip(new PointPt(px - CapHalfWidthPt, end.Y), new PointPt(px + CapHalfWidthPt, end.Y), plot) is { } cap)
                    output.Add(new SceneLine(cap.A, cap.B, stroke) { ClipToPlot = true });
            }
        }
        Markers(bars.X, bars.Y, bars.Marker, bars.SizePt, bars.Color, output);
    }

    private void Markers(IReadOnlyList<double> xs, IReadOnlyList<double> ys, MarkerShape shape, double sizePt, Rgb color, List<ScenePrimitive> output)
    {
        for (int i = 0; i < xs.Count; i++)
        {
            if (!double.IsFinite(xs[i]) || !double.IsFinite(ys[i]))
                continue;
            var c = new PointPt(x.ToPt(xs[i]), y.ToPt(ys[i]));
            if (plot.Contains(c))
                output.Add(new SceneMarker(c, shape, sizePt, color) { ClipToPlot = true });
        }
    }

    private void Annotation(TextAnnotation note, List<ScenePrimitive> output)
    {
        FontSpec font = style.AnnotationFont;
        SceneText t = text.Horizontal(note.Text, x.ToPt(note.X), y.ToPt(note.Y), TextAlign.Start, font, Rgb.Black, TextRole.Annotation);
        // Keep the note inside the plot: slide it left/right and up/down by the amount it sticks out.
        double dx = Math.Min(0, plot.Right - 1 - t.TextBounds.Right) + Math.Max(0, plot.Left + 1 - t.TextBounds.Left);
        double dy = Math.Min(0, plot.Bottom - 1 - t.TextBounds.Bottom) + Math.Max(0, plot.Top + 1 - t.TextBounds.Top);
        output.Add(text.Horizontal(note.Text, t.Anchor.X + dx, t.Anchor.Y + dy, TextAlign.Start, font, Rgb.Black, TextRole.Annotation)
            with { ClipToPlot = true });
    }
}
