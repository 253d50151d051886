using QCFramework.Reporting.Fonts;

namespace QCFramework.Reporting.Charts.Layout;

/// <summary>
/// Computes every position of a figure: margins from measured text (title, tick labels, axis titles,
/// legend, reference-line labels, colour bar), tick values that are nice numbers and whose labels do not
/// collide, and the clipped data shapes. The result is drawn unchanged by the SVG and PDF renderers.
/// </summary>
public sealed class ChartLayoutEngine
{
    private const double MinPlotSizePt = 40;
    private const int MaxTickTarget = 10;
    private const int MaxCategoryLabelLines = 3;
    private const int MarginPasses = 6;

    private readonly SceneTextFactory _text;

    /// <summary>Creates an engine that measures text with <paramref name="measurer"/>.</summary>
    public ChartLayoutEngine(TextMeasurer measurer, ChartStyle? style = null)
    {
        _text = new SceneTextFactory(measurer);
        Style = style ?? ChartStyle.Default;
    }

    /// <summary>The type sizes and spacing in use.</summary>
    public ChartStyle Style { get; }

    /// <summary>Lays out <paramref name="figure"/> in a <paramref name="widthPt"/> × <paramref name="heightPt"/> box.</summary>
    /// <exception cref="ArgumentException">The series do not fit the axes, or the box is too small for the labels.</exception>
    public ChartScene Layout(Figure figure, double widthPt, double heightPt)
    {
        FigureValidator.Validate(figure);
        if (!(widthPt > 0 && heightPt > 0))
            throw new ArgumentException($"A figure needs a positive size, got {widthPt} × {heightPt} pt.");
        var (xExtent, yExtent) = DataExtent.Of(figure);
        HeatCells? heat = null;
        foreach (Series s in figure.Series)
        {
            if (s is HeatCells h)
                heat = h;
        }

        double pad = Style.PaddingPt;
        IReadOnlyList<string> titleLines = TextWrapper.Wrap(figure.Title, widthPt - 2 * pad, Style.TitleFont, _text.Measurer);
        var legend = new LegendLayout(figure.Series, widthPt - 2 * pad, Style.LegendFont, _text);

        RectPt plot = RectPt.FromEdges(pad, pad, widthPt - pad, heightPt - pad);
        Frame frame = default;
        for (int pass = 0; pass < MarginPasses; pass++)
        {
            frame = Measure(figure, xExtent, yExtent, heat, plot, titleLines.Count, legend.HeightPt);
            RectPt next = RectPt.FromEdges(frame.Left, frame.Top, widthPt - frame.Right, heightPt - frame.Bottom);
            if (next.Width < MinPlotSizePt || next.Height < MinPlotSizePt)
                throw new ArgumentException(
                    $"Figure '{figure.Title}' is too small ({widthPt:F0} × {heightPt:F0} pt) for its labels: the plot area would be {next.Width:F0} × {next.Height:F0} pt.");
            bool settled = Math.Abs(next.Left - plot.Left) < 0.01 && Math.Abs(next.Right - plot.Right) < 0.01
                && Math.Abs(next.Top - plot.Top) < 0.01 && Math.Abs(next.Bottom - plot.Bottom) < 0.01;
            plot = next;
            if (settled)
                break;
        }
        frame = Measure(figure, xExtent, yExtent, heat, plot, titleLines.Count, legend.HeightPt);

        AxisScale xScale = ScaleFor(figure.XAxis, frame.XTicks, plot.Left, plot.Right);
        AxisScale yScale = figure.YAxis.IsCategorical
            ? ScaleFor(figure.YAxis, frame.YTicks, plot.Top, plot.Bottom)
            : ScaleFor(figure.YAxis, frame.YTicks, plot.Bottom, plot.Top);
        ColorScaleLayout? colors = heat is null ? null : new ColorScaleLayout(heat, frame.ColorTicks!);

        var output = new List<ScenePrimitive>
        {
            new SceneRect(new RectPt(0, 0, widthPt, heightPt), Rgb.White, null),
        };
        Grid(frame, plot, xScale, yScale, output);
        new SeriesPainter(plot, xScale, yScale, colors, Style, _text).Emit(figure, output);
        output.Add(new SceneRect(plot, null, new Stroke(Palette.Grey, 0.75)));
        Ticks(frame, plot, xScale, yScale, output);
        AxisTitles(figure, frame, plot, output);
        double refLabelsRight = ReferenceLabels(figure, plot, xScale, yScale, output);
        if (colors is not null)
            ColorBar(colors, plot, refLabelsRight, output);
        Title(titleLines, widthPt, output);
        legend.Emit(widthPt / 2, heightPt - pad - legend.HeightPt, output);

        string description = figure.Description ?? $"{figure.Title}: {figure.YAxis.Title} against {figure.XAxis.Title}.";
        return new ChartScene(widthPt, heightPt, plot, output, figure.Title, description);
    }

    /// <summary>Ticks of both axes and of the colour bar, and the margins they need, for a candidate plot rectangle.</summary>
    private Frame Measure(Figure figure, DataExtent xExtent, DataExtent yExtent, HeatCells? heat, RectPt plot, int titleLineCount, double legendHeight)
    {
        ChartStyle st = Style;
        double pad = st.PaddingPt, gap = st.GapPt;
        AxisTicks xTicks = ChooseTicks(figure.XAxis, xExtent, plot.Width, isX: true);
        AxisTicks yTicks = ChooseTicks(figure.YAxis, yExtent, plot.Height, isX: false);
        AxisTicks? colorTicks = heat is null ? null : ChooseColorTicks(heat, plot.Height);

        double tickLineH = _text.LineHeight(st.TickFont);
        double axisTitleH = _text.LineHeight(st.AxisTitleFont);
        double legendLineH = _text.LineHeight(st.LegendFont);

        double xLabelsH = xTicks.VerticalLabels ? MaxWidth(xTicks.Labels, st.TickFont) : xTicks.MaxLineCount * tickLineH;
        bool verticalRefLabels = false;
        double refLabelWidth = 0;
        foreach (Series s in figure.Series)
        {
            if (s is ReferenceLine { Label: not null } r)
            {
                if (r.Orientation == LineOrientation.Vertical)
                    verticalRefLabels = true;
                else
                    refLabelWidth = Math.Max(refLabelWidth, _text.Width(r.Label, st.LegendFont));
            }
        }

        double top = pad + titleLineCount * _text.LineHeight(st.TitleFont) + 2 * gap
            + Math.Max(verticalRefLabels ? legendLineH + gap : 0, tickLineH / 2);
        double bottom = pad + (legendHeight > 0 ? legendHeight + 3 * gap : 0) + axisTitleH + gap + xLabelsH + gap + st.TickLengthPt;
        double left = pad + axisTitleH + gap + MaxWidth(yTicks.Labels, st.TickFont) + gap + st.TickLengthPt;
        double right = pad;
        double refPart = refLabelWidth > 0 ? 2 * gap + refLabelWidth : 0;
        right = Math.Max(right, pad + refPart);
        if (colorTicks is not null)
        {
            right = Math.Max(right, pad + refPart + 3 * gap + st.ColorBarWidthPt + st.TickLengthPt + gap
                + MaxWidth(colorTicks.Labels, st.TickFont) + gap + axisTitleH);
        }
        if (!xTicks.VerticalLabels)
        {
            // Tick labels centred on ticks near the ends of the axis stick out beyond the plot.
            var (overLeft, overRight) = LabelOverhang(xTicks, figure.XAxis.IsCategorical, plot.Width);
            left = Math.Max(left, pad + overLeft);
            right = Math.Max(right, pad + overRight);
        }
        return new Frame(left, top, right, bottom, xTicks, yTicks, colorTicks, xLabelsH);
    }

    private (double Left, double Right) LabelOverhang(AxisTicks ticks, bool categorical, double lengthPt)
    {
        double left = 0, right = 0;
        for (int i = 0; i < ticks.Values.Count; i++)
        {
            double pos = categorical
                ? (ticks.Values[i] + 0.5) / ticks.Values.Count * lengthPt
                : (ticks.Values[i] - ticks.DomainMin) / (ticks.DomainMax - ticks.DomainMin) * lengthPt;
            double half = MaxWidth(ticks.LabelLines[i], Style.TickFont) / 2;
            left = Math.Max(left, half - pos);
            right = Math.Max(right, pos + half - lengthPt);
        }
        return (left, right);
    }

    private AxisTicks ChooseTicks(Axis axis, DataExtent extent, double lengthPt, bool isX)
    {
        FontSpec font = Style.TickFont;
        double lineH = _text.LineHeight(font);
        if (axis.IsCategorical)
        {
            IReadOnlyList<string> categories = axis.Categories!;
            var values = new double[categories.Count];
            for (int i = 0; i < values.Length; i++)
                values[i] = i;
            double band = lengthPt / categories.Count;
            double room = band - Style.MinLabelGapPt / 2;
            if (isX && MaxWidth(categories, font) > room && WrapWithinWords(categories, room, font) is { } wrapped)
                return new AxisTicks(values, categories, wrapped, -0.5, categories.Count - 0.5, false, false);
            bool vertical = isX && MaxWidth(categories, font) > room;
            if ((vertical || !isX) && lineH > band)
                throw new ArgumentException(
                    $"Axis '{axis.Label}' has {categories.Count} categories; their labels do not fit in {lengthPt:F0} pt.");
            return AxisTicks.SingleLine(values, categories, -0.5, categories.Count - 0.5, vertical, false);
        }

        var (lo, hi, auto) = LinearRange(axis, extent);
        AxisTicks? chosen = null;
        for (int target = MaxTickTarget; target >= 2; target--)
        {
            TickSet set = auto ? NiceTicks.Loose(lo, hi, target) : NiceTicks.Within(lo, hi, target);
            double dMin = auto ? set.Values[0] : lo, dMax = auto ? set.Values[^1] : hi;
            var labels = new string[set.Values.Count];
            for (int i = 0; i < labels.Length; i++)
                labels[i] = set.Format(set.Values[i]);
            chosen = AxisTicks.SingleLine(set.Values, labels, dMin, dMax, false, true);
            if (LinearLabelsFit(chosen, lengthPt, isX, font, lineH))
                break;
        }
        return chosen!;
    }

    private bool LinearLabelsFit(AxisTicks ticks, double lengthPt, bool isX, FontSpec font, double lineH)
    {
        double scale = lengthPt / (ticks.DomainMax - ticks.DomainMin);
        for (int i = 0; i + 1 < ticks.Values.Count; i++)
        {
            double spacing = (ticks.Values[i + 1] - ticks.Values[i]) * scale;
            double needed = isX
                ? (_text.Width(ticks.Labels[i], font) + _text.Width(ticks.Labels[i + 1], font)) / 2 + Style.MinLabelGapPt
                : Math.Max(1.8 * lineH, 14);
            if (spacing < needed)
                return false;
        }
        return true;
    }

    private (double Lo, double Hi, bool Auto) LinearRange(Axis axis, DataExtent extent)
    {
        double min = extent.Any ? extent.Min : 0, max = extent.Any ? extent.Max : 1;
        if (axis.IncludeZero)
        {
            min = Math.Min(min, 0);
            max = Math.Max(max, 0);
        }
        if (max == min)
        {
            double half = min == 0 ? 1 : Math.Abs(min) * 0.1;
            min -= half;
            max += half;
        }
        double margin = (max - min) * Style.DataMarginFraction;
        // Bars grow from zero: no margin below (or above) a zero baseline.
        double lo = axis.Min ?? (axis.IncludeZero && min == 0 ? 0 : min - margin);
        double hi = axis.Max ?? (axis.IncludeZero && max == 0 ? 0 : max + margin);
        if (!(hi > lo))
            throw new ArgumentException($"Axis '{axis.Label}' has an empty range [{lo}, {hi}] after applying its fixed limits.");
        return (lo, hi, axis.Min is null && axis.Max is null);
    }

    private AxisTicks ChooseColorTicks(HeatCells heat, double lengthPt)
    {
        var (min, max, auto) = ColorScaleLayout.Range(heat);
        double lineH = _text.LineHeight(Style.TickFont);
        AxisTicks? chosen = null;
        for (int target = MaxTickTarget; target >= 2; target--)
        {
            TickSet set = auto ? NiceTicks.Loose(min, max, target) : NiceTicks.Within(min, max, target);
            var labels = new string[set.Values.Count];
            for (int i = 0; i < labels.Length; i++)
                labels[i] = set.Format(set.Values[i]);
            chosen = AxisTicks.SingleLine(set.Values, labels, auto ? set.Values[0] : min, auto ? set.Values[^1] : max, false, false);
            if (LinearLabelsFit(chosen, lengthPt, false, Style.TickFont, lineH))
                break;
        }
        return chosen!;
    }

    private static AxisScale ScaleFor(Axis axis, AxisTicks ticks, double fromPt, double toPt)
        => axis.IsCategorical
            ? new BandAxisScale(axis.Categories!.Count, fromPt, toPt)
            : new LinearAxisScale(ticks.DomainMin, ticks.DomainMax, fromPt, toPt);

    private void Grid(Frame frame, RectPt plot, AxisScale x, AxisScale y, List<ScenePrimitive> output)
    {
        var stroke = new Stroke(Palette.GridGrey, 0.5);
        if (frame.XTicks.IsGrid)
        {
            foreach (double v in frame.XTicks.Values)
            {
                double px = x.ToPt(v);
                output.Add(new SceneLine(new PointPt(px, plot.Top), new PointPt(px, plot.Bottom), stroke) { ClipToPlot = true });
            }
        }
        if (frame.YTicks.IsGrid)
        {
            foreach (double v in frame.YTicks.Values)
            {
                double py = y.ToPt(v);
                output.Add(new SceneLine(new PointPt(plot.Left, py), new PointPt(plot.Right, py), stroke) { ClipToPlot = true });
            }
        }
    }

    private void Ticks(Frame frame, RectPt plot, AxisScale x, AxisScale y, List<ScenePrimitive> output)
    {
        ChartStyle st = Style;
        var stroke = new Stroke(Palette.Grey, 0.75);
        FontSpec font = st.TickFont;
        double ascent = _text.Ascent(font);
        double descent = _text.Measurer.DescentPt(font);
        for (int i = 0; i < frame.XTicks.Values.Count; i++)
        {
            double px = x.ToPt(frame.XTicks.Values[i]);
            output.Add(new SceneLine(new PointPt(px, plot.Bottom), new PointPt(px, plot.Bottom + st.TickLengthPt), stroke));
            double labelTop = plot.Bottom + st.TickLengthPt + st.GapPt;
            if (frame.XTicks.VerticalLabels)
            {
                output.Add(_text.Vertical(frame.XTicks.Labels[i], px + (ascent - descent) / 2, labelTop, TextAlign.End, font, Rgb.Black,
                    TextRole.TickLabel));
                continue;
            }
            IReadOnlyList<string> lines = frame.XTicks.LabelLines[i];
            for (int j = 0; j < lines.Count; j++)
            {
                output.Add(_text.Horizontal(lines[j], px, labelTop + ascent + j * _text.LineHeight(font), TextAlign.Middle, font, Rgb.Black,
                    TextRole.TickLabel));
            }
        }
        for (int i = 0; i < frame.YTicks.Values.Count; i++)
        {
            double py = y.ToPt(frame.YTicks.Values[i]);
            output.Add(new SceneLine(new PointPt(plot.Left - st.TickLengthPt, py), new PointPt(plot.Left, py), stroke));
            output.Add(_text.Horizontal(frame.YTicks.Labels[i], plot.Left - st.TickLengthPt - st.GapPt, _text.CenteredBaseline(py, font),
                TextAlign.End, font, Rgb.Black, TextRole.TickLabel));
        }
    }

    private void AxisTitles(Figure figure, Frame frame, RectPt plot, List<ScenePrimitive> output)
    {
        ChartStyle st = Style;
        FontSpec font = st.AxisTitleFont;
        double xBaseline = plot.Bottom + st.TickLengthPt + st.GapPt + frame.XLabelsHeightPt + st.GapPt + _text.Ascent(font);
        output.Add(_text.Horizontal(figure.XAxis.Title, (plot.Left + plot.Right) / 2, xBaseline, TextAlign.Middle, font, Rgb.Black, TextRole.AxisTitle));
        output.Add(_text.Vertical(figure.YAxis.Title, st.PaddingPt + _text.Ascent(font), (plot.Top + plot.Bottom) / 2,
            TextAlign.Middle, font, Rgb.Black, TextRole.AxisTitle));
    }

    /// <summary>
    /// Labels of reference lines: right of the plot for horizontal lines (pushed apart so they do not
    /// collide), above it for vertical ones. Returns the right edge of the labels (the plot's right edge if none).
    /// </summary>
    private double ReferenceLabels(Figure figure, RectPt plot, AxisScale x, AxisScale y, List<ScenePrimitive> output)
    {
        ChartStyle st = Style;
        FontSpec font = st.LegendFont;
        double lineH = _text.LineHeight(font);
        var horizontal = new List<(double Center, string Text, Rgb Color)>();
        var vertical = new List<(double Center, string Text, Rgb Color)>();
        foreach (Series s in figure.Series)
        {
            if (s is not ReferenceLine { Label: not null } r)
                continue;
            if (r.Orientation == LineOrientation.Horizontal)
            {
                double py = y.ToPt(r.Value);
                if (py >= plot.Top && py <= plot.Bottom)
                    horizontal.Add((py, r.Label, r.Stroke.Color));
            }
            else
            {
                double px = x.ToPt(r.Value);
                if (px >= plot.Left && px <= plot.Right)
                    vertical.Add((px, r.Label, r.Stroke.Color));
            }
        }

        double right = plot.Right;
        if (horizontal.Count > 0)
        {
            horizontal.Sort((a, b) => a.Center.CompareTo(b.Center));
            double[] centers = SpreadApart(horizontal.ConvertAll(h => h.Center), lineH + 1, plot.Top + lineH / 2, plot.Bottom - lineH / 2 + st.TickLengthPt);
            double left = plot.Right + 2 * st.GapPt;
            for (int i = 0; i < horizontal.Count; i++)
            {
                SceneText t = _text.Horizontal(horizontal[i].Text, left, _text.CenteredBaseline(centers[i], font), TextAlign.Start, font,
                    Darken(horizontal[i].Color), TextRole.ReferenceLabel);
                output.Add(t);
                right = Math.Max(right, t.TextBounds.Right);
            }
        }
        if (vertical.Count > 0)
        {
            vertical.Sort((a, b) => a.Center.CompareTo(b.Center));
            var widths = vertical.ConvertAll(v => _text.Width(v.Text, font));
            double baseline = plot.Top - st.GapPt - _text.Measurer.DescentPt(font);
            double minLeft = plot.Left;
            for (int i = 0; i < vertical.Count; i++)
            {
                double left = Math.Max(vertical[i].Center - widths[i] / 2, minLeft);
                output.Add(_text.Horizontal(vertical[i].Text, left, baseline, TextAlign.Start, font, Darken(vertical[i].Color), TextRole.ReferenceLabel));
                minLeft = left + widths[i] + st.GapPt;
            }
        }
        return right;
    }

    /// <summary>
    /// Moves sorted centres apart to at least <paramref name="spacing"/>, keeping them within [min, max]
    /// as far as the space allows (one pass down, one pass up).
    /// </summary>
    private static double[] SpreadApart(List<double> sorted, double spacing, double min, double max)
    {
        var c = sorted.ToArray();
        for (int i = 0; i < c.Length; i++)
            c[i] = Math.Max(c[i], i == 0 ? min : c[i - 1] + spacing);
        for (int i = c.Length - 1; i >= 0; i--)
            c[i] = Math.Min(c[i], i == c.Length - 1 ? max : c[i + 1] - spacing);
        return c;
    }

    /// <summary>Reference-label text in the line's colour, darkened if needed so it stays legible on white.</summary>
    private static Rgb Darken(Rgb color) => color.RelativeLuminance() > 0.3 ? Rgb.Lerp(color, Rgb.Black, 0.45) : color;

    private void ColorBar(ColorScaleLayout colors, RectPt plot, double refLabelsRight, List<ScenePrimitive> output)
    {
        ChartStyle st = Style;
        double x0 = refLabelsRight + 3 * st.GapPt;
        double w = st.ColorBarWidthPt;
        int steps = st.ColorBarSteps;
        double h = plot.Height / steps;
        for (int k = 0; k < steps; k++)
        {
            double bottom = plot.Bottom - k * h;
            // Each step overlaps the next by a hair so no white seams show between them when rasterised.
            double top = k == steps - 1 ? plot.Top : bottom - h - 0.25;
            output.Add(new SceneRect(RectPt.FromEdges(x0, top, x0 + w, bottom), Viridis.At((k + 0.5) / steps), null));
        }
        output.Add(new SceneRect(RectPt.FromEdges(x0, plot.Top, x0 + w, plot.Bottom), null, new Stroke(Palette.Grey, 0.5)));

        var scale = new LinearAxisScale(colors.Ticks.DomainMin, colors.Ticks.DomainMax, plot.Bottom, plot.Top);
        var stroke = new Stroke(Palette.Grey, 0.75);
        FontSpec font = st.TickFont;
        double labelLeft = x0 + w + st.TickLengthPt + st.GapPt;
        double labelsRight = labelLeft;
        for (int i = 0; i < colors.Ticks.Values.Count; i++)
        {
            double py = scale.ToPt(colors.Ticks.Values[i]);
            output.Add(new SceneLine(new PointPt(x0 + w, py), new PointPt(x0 + w + st.TickLengthPt, py), stroke));
            SceneText t = _text.Horizontal(colors.Ticks.Labels[i], labelLeft, _text.CenteredBaseline(py, font), TextAlign.Start, font,
                Rgb.Black, TextRole.ColorBarTick);
            output.Add(t);
            labelsRight = Math.Max(labelsRight, t.TextBounds.Right);
        }
        string title = string.IsNullOrEmpty(colors.Cells.ScaleUnit) ? colors.Cells.ScaleLabel : $"{colors.Cells.ScaleLabel} ({colors.Cells.ScaleUnit})";
        output.Add(_text.Vertical(title, labelsRight + st.GapPt + _text.Ascent(st.AxisTitleFont), (plot.Top + plot.Bottom) / 2,
            TextAlign.Middle, st.AxisTitleFont, Rgb.Black, TextRole.ColorBarTitle));
    }

    private void Title(IReadOnlyList<string> lines, double widthPt, List<ScenePrimitive> output)
    {
        FontSpec font = Style.TitleFont;
        double lineH = _text.LineHeight(font);
        for (int i = 0; i < lines.Count; i++)
        {
            output.Add(_text.Horizontal(lines[i], widthPt / 2, Style.PaddingPt + _text.Ascent(font) + i * lineH, TextAlign.Middle, font,
                Rgb.Black, TextRole.Title));
        }
    }

    /// <summary>
    /// Category labels wrapped at spaces to fit <paramref name="widthPt"/> in at most three lines, or null when
    /// some label would need more lines or a word is wider than the room (then labels are rotated instead).
    /// </summary>
    private IReadOnlyList<IReadOnlyList<string>>? WrapWithinWords(IReadOnlyList<string> labels, double widthPt, FontSpec font)
    {
        if (!(widthPt > 0))
            return null;
        var result = new IReadOnlyList<string>[labels.Count];
        for (int i = 0; i < labels.Count; i++)
        {
            IReadOnlyList<string> lines = TextWrapper.Wrap(labels[i], widthPt, font, _text.Measurer);
            string normalized = string.Join(' ', labels[i].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            // A word split between characters shows up as a joined text that differs from the label.
            if (lines.Count > MaxCategoryLabelLines || string.Join(' ', lines) != normalized)
                return null;
            result[i] = lines;
        }
        return result;
    }

    private double MaxWidth(IReadOnlyList<IReadOnlyList<string>> labelLines, FontSpec font)
    {
        double max = 0;
        foreach (IReadOnlyList<string> lines in labelLines)
            max = Math.Max(max, MaxWidth(lines, font));
        return max;
    }

    private double MaxWidth(IReadOnlyList<string> labels, FontSpec font)
    {
        double max = 0;
        for (int i = 0; i < labels.Count; i++)
            max = Math.Max(max, _text.Width(labels[i], font));
        return max;
    }

    /// <summary>Margins (distance from each figure edge to the plot) and the ticks they were measured for.</summary>
    private readonly record struct Frame(double Left, double Top, double Right, double Bottom,
        AxisTicks XTicks, AxisTicks YTicks, AxisTicks? ColorTicks, double XLabelsHeightPt);
}
