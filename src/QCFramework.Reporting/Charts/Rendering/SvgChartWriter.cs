using System.Globalization;
using System.Text;
using System.Xml;
using QCFramework.Reporting.Charts.Layout;
using QCFramework.Reporting.Fonts;

namespace QCFramework.Reporting.Charts.Rendering;

/// <summary>
/// Writes a laid-out figure as a standalone SVG 1.1 document: text stays text (searchable, selectable),
/// each string carries its measured width as <c>textLength</c> so that a viewer substituting another
/// font still fits it in the space the layout gave it, and the output bytes depend only on the scene.
/// </summary>
public static class SvgChartWriter
{
    /// <summary>The SVG namespace.</summary>
    public const string Namespace = "http://www.w3.org/2000/svg";

    private const string ClipId = "plot-area";

    /// <summary>The SVG document as a string.</summary>
    public static string ToSvg(ChartScene scene)
    {
        using var stream = new MemoryStream();
        Write(scene, stream);
        return new UTF8Encoding(false).GetString(stream.ToArray());
    }

    /// <summary>Writes the SVG document (UTF-8, no byte-order mark, LF line ends) to <paramref name="stream"/>.</summary>
    public static void Write(ChartScene scene, Stream stream)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
            CloseOutput = false,
        };
        using XmlWriter w = XmlWriter.Create(stream, settings);
        w.WriteStartDocument();
        w.WriteStartElement("svg", Namespace);
        w.WriteAttributeString("version", "1.1");
        w.WriteAttributeString("width", Num(scene.WidthPt) + "pt");
        w.WriteAttributeString("height", Num(scene.HeightPt) + "pt");
        w.WriteAttributeString("viewBox", $"0 0 {Num(scene.WidthPt)} {Num(scene.HeightPt)}");
        w.WriteAttributeString("font-family", ReportFonts.FamilyName);
        w.WriteElementString("title", Namespace, scene.Title);
        w.WriteElementString("desc", Namespace, scene.Description);

        w.WriteStartElement("defs", Namespace);
        w.WriteStartElement("clipPath", Namespace);
        w.WriteAttributeString("id", ClipId);
        Rect(w, scene.PlotArea);
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();

        bool inClip = false;
        foreach (ScenePrimitive p in scene.Primitives)
        {
            if (p.ClipToPlot != inClip)
            {
                if (inClip)
                {
                    w.WriteEndElement();
                }
                else
                {
                    w.WriteStartElement("g", Namespace);
                    w.WriteAttributeString("clip-path", $"url(#{ClipId})");
                }
                inClip = p.ClipToPlot;
            }
            Primitive(w, p);
        }
        if (inClip)
            w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static void Primitive(XmlWriter w, ScenePrimitive p)
    {
        switch (p)
        {
            case SceneRect r:
                Rect(w, r.Rect);
                w.WriteAttributeString("fill", r.Fill?.ToHex() ?? "none");
                if (r.Outline is Stroke outline)
                    StrokeAttributes(w, outline);
                w.WriteEndElement();
                break;
            case SceneLine l:
                w.WriteStartElement("line", Namespace);
                w.WriteAttributeString("x1", Num(l.From.X));
                w.WriteAttributeString("y1", Num(l.From.Y));
                w.WriteAttributeString("x2", Num(l.To.X));
                w.WriteAttributeString("y2", Num(l.To.Y));
                StrokeAttributes(w, l.Stroke);
                w.WriteEndElement();
                break;
            case ScenePolyline pl:
                w.WriteStartElement("polyline", Namespace);
                w.WriteAttributeString("points", Points(pl.Points));
                w.WriteAttributeString("fill", "none");
                StrokeAttributes(w, pl.Stroke);
                w.WriteAttributeString("stroke-linejoin", "round");
                w.WriteEndElement();
                break;
            case SceneMarker m:
                Marker(w, m);
                break;
            case SceneText t:
                Text(w, t);
                break;
            default:
                throw new InvalidOperationException($"No SVG form for {p.GetType().Name}.");
        }
    }

    private static void Marker(XmlWriter w, SceneMarker m)
    {
        switch (m.Shape)
        {
            case MarkerShape.Circle:
                w.WriteStartElement("circle", Namespace);
                w.WriteAttributeString("cx", Num(m.Center.X));
                w.WriteAttributeString("cy", Num(m.Center.Y));
                w.WriteAttributeString("r", Num(m.SizePt / 2));
                w.WriteAttributeString("fill", m.Color.ToHex());
                w.WriteEndElement();
                break;
            case MarkerShape.Square:
                Rect(w, m.Bounds);
                w.WriteAttributeString("fill", m.Color.ToHex());
                w.WriteEndElement();
                break;
            case MarkerShape.Triangle or MarkerShape.Diamond:
                w.WriteStartElement("polygon", Namespace);
                w.WriteAttributeString("points", Points(MarkerGeometry.Polygon(m)));
                w.WriteAttributeString("fill", m.Color.ToHex());
                w.WriteEndElement();
                break;
            case MarkerShape.Cross:
                var (a, b) = MarkerGeometry.Cross(m);
                w.WriteStartElement("path", Namespace);
                w.WriteAttributeString("d",
                    $"M{Num(a.A.X)} {Num(a.A.Y)}L{Num(a.B.X)} {Num(a.B.Y)}M{Num(b.A.X)} {Num(b.A.Y)}L{Num(b.B.X)} {Num(b.B.Y)}");
                w.WriteAttributeString("fill", "none");
                StrokeAttributes(w, new Stroke(m.Color, m.SizePt * MarkerGeometry.CrossStrokeFraction));
                w.WriteEndElement();
                break;
        }
    }

    private static void Text(XmlWriter w, SceneText t)
    {
        w.WriteStartElement("text", Namespace);
        w.WriteAttributeString("x", Num(t.Anchor.X));
        w.WriteAttributeString("y", Num(t.Anchor.Y));
        w.WriteAttributeString("font-size", Num(t.Font.SizePt));
        if (t.Font.Bold)
            w.WriteAttributeString("font-weight", "bold");
        w.WriteAttributeString("text-anchor", t.Align switch { TextAlign.Start => "start", TextAlign.Middle => "middle", _ => "end" });
        w.WriteAttributeString("textLength", Num(t.WidthPt));
        w.WriteAttributeString("lengthAdjust", "spacingAndGlyphs");
        if (t.Color != Rgb.Black)
            w.WriteAttributeString("fill", t.Color.ToHex());
        if (t.Vertical)
            w.WriteAttributeString("transform", $"rotate(-90 {Num(t.Anchor.X)} {Num(t.Anchor.Y)})");
        w.WriteString(t.Text);
        w.WriteEndElement();
    }

    /// <summary>Starts a &lt;rect&gt; element (caller adds paint and ends it).</summary>
    private static void Rect(XmlWriter w, RectPt r)
    {
        w.WriteStartElement("rect", Namespace);
        w.WriteAttributeString("x", Num(r.Left));
        w.WriteAttributeString("y", Num(r.Top));
        w.WriteAttributeString("width", Num(r.Width));
        w.WriteAttributeString("height", Num(r.Height));
    }

    private static void StrokeAttributes(XmlWriter w, Stroke s)
    {
        w.WriteAttributeString("stroke", s.Color.ToHex());
        w.WriteAttributeString("stroke-width", Num(s.WidthPt));
        if (MarkerGeometry.DashPattern(s.Dash) is double[] dash)
            w.WriteAttributeString("stroke-dasharray", $"{Num(dash[0])} {Num(dash[1])}");
    }

    private static string Points(IReadOnlyList<PointPt> points)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < points.Count; i++)
        {
            if (i > 0)
                sb.Append(' ');
            sb.Append(Num(points[i].X)).Append(',').Append(Num(points[i].Y));
        }
        return sb.ToString();
    }

    /// <summary>A coordinate rounded to 1/100 pt, invariant culture, without a negative zero.</summary>
    internal static string Num(double v)
    {
        double r = Math.Round(v, 2, MidpointRounding.AwayFromZero);
        return (r == 0 ? 0 : r).ToString("0.##", CultureInfo.InvariantCulture);
    }
}
