using QCFramework.Reporting.Fonts;

namespace QCFramework.Reporting.Charts.Layout;

/// <summary>
/// The legend: one entry (a sample of the series' mark and its name) per named series, flowing in
/// centred rows below the x-axis title, outside the plot, so it can never cover data.
/// </summary>
internal sealed class LegendLayout
{
    private const double SampleWidthPt = 16;
    private const double SampleGapPt = 4;
    private const double EntryGapPt = 12;
    private const double RowSpacingPt = 2;

    private readonly SceneTextFactory _text;
    private readonly FontSpec _font;
    private readonly List<List<(Series Series, double WidthPt)>> _rows = [];

    public LegendLayout(IReadOnlyList<Series> series, double maxWidthPt, FontSpec font, SceneTextFactory text)
    {
        _text = text;
        _font = font;
        List<(Series, double)>? row = null;
        double rowWidth = 0;
        foreach (Series s in series)
        {
            if (s.Name is null)
                continue;
            double w = SampleWidthPt + SampleGapPt + text.Width(s.Name, font);
            if (row is null || rowWidth + EntryGapPt + w > maxWidthPt)
            {
                row = [];
                _rows.Add(row);
                rowWidth = w;
            }
            else
            {
                rowWidth += EntryGapPt + w;
            }
            row.Add((s, w));
        }
    }

    /// <summary>Height of the legend block; zero when no series is named.</summary>
    public double HeightPt => _rows.Count == 0 ? 0 : _rows.Count * (_text.LineHeight(_font) + RowSpacingPt) - RowSpacingPt;

    /// <summary>Emits the legend with its top edge at <paramref name="top"/>, rows centred on <paramref name="centerX"/>.</summary>
    public void Emit(double centerX, double top, List<ScenePrimitive> output)
    {
        double lineH = _text.LineHeight(_font);
        for (int r = 0; r < _rows.Count; r++)
        {
            double rowWidth = -EntryGapPt;
            foreach (var (_, w) in _rows[r])
                rowWidth += EntryGapPt + w;
            double x = centerX - rowWidth / 2;
            double midY = top + r * (lineH + RowSpacingPt) + lineH / 2;
            foreach (var (series, w) in _rows[r])
            {
                EmitSample(series, x, midY, output);
                output.Add(_text.Horizontal(series.Name!, x + SampleWidthPt + SampleGapPt, _text.CenteredBaseline(midY, _font),
                    TextAlign.Start, _font, Rgb.Black, TextRole.Legend));
                x += w + EntryGapPt;
            }
        }
    }

    private static void EmitSample(Series series, double x, double midY, List<ScenePrimitive> output)
    {
        var center = new PointPt(x + SampleWidthPt / 2, midY);
        var box = new RectPt(x + 2, midY - 3.5, SampleWidthPt - 4, 7);
        switch (series)
        {
            case ScatterSeries s:
                output.Add(new SceneMarker(center, s.Marker, s.SizePt, s.Color));
                break;
            case ErrorBarSeries s:
                output.Add(new SceneLine(new PointPt(center.X, midY - 4), new PointPt(center.X, midY + 4), new Stroke(s.Color, 0.8)));
                output.Add(new SceneMarker(center, s.Marker, s.SizePt, s.Color));
                break;
            case LineSeries s:
                output.Add(SampleLine(x, midY, s.Stroke));
                break;
            case StraightLine s:
                output.Add(SampleLine(x, midY, s.Stroke));
                break;
            case ReferenceLine s:
                output.Add(SampleLine(x, midY, s.Stroke));
                break;
            case HorizontalBand s:
                output.Add(new SceneRect(box, s.Fill, new Stroke(Palette.Grey, 0.4)));
                break;
            case BarSeries s:
                output.Add(new SceneRect(box, s.Fill, null));
                break;
            case HeatCells:
                output.Add(new SceneRect(box, Viridis.At(0.5), null));
                break;
        }
    }

    private static SceneLine SampleLine(double x, double midY, Stroke stroke)
        => new(new PointPt(x, midY), new PointPt(x + SampleWidthPt, midY), stroke);
}
