using PdfSharp.Drawing;
using QCFramework.Reporting.Charts.Layout;
using QCFramework.Reporting.Fonts;

namespace QCFramework.Reporting.Charts.Rendering;

/// <summary>Draws a laid-out figure on a PDFsharp <see cref="XGraphics"/> (a PDF page), shape for shape as the SVG writer does.</summary>
public static class PdfChartRenderer
{
    /// <summary>Draws <paramref name="scene"/> with its top-left corner at (<paramref name="leftPt"/>, <paramref name="topPt"/>).</summary>
    public static void Draw(ChartScene scene, XGraphics graphics, double leftPt, double topPt)
    {
        var fonts = new Dictionary<FontSpec, XFont>();
        graphics.Save();
        graphics.TranslateTransform(leftPt, topPt);
        bool inClip = false;
        foreach (ScenePrimitive p in scene.Primitives)
        {
            if (p.ClipToPlot != inClip)
            {
                if (inClip)
                {
                    graphics.Restore();
                }
                else
                {
                    graphics.Save();
                    graphics.IntersectClip(PdfPaint.Rect(scene.PlotArea));
                }
                inClip = p.ClipToPlot;
            }
            Primitive(graphics, p, fonts);
        }
        if (inClip)
            graphics.Restore();
        graphics.Restore();
    }

    private static void Primitive(XGraphics g, ScenePrimitive p, Dictionary<FontSpec, XFont> fonts)
    {
        switch (p)
        {
            case SceneRect r:
                if (r.Fill is Rgb fill && r.Outline is Stroke outline)
                    g.DrawRectangle(PdfPaint.Pen(outline), PdfPaint.Brush(fill), PdfPaint.Rect(r.Rect));
                else if (r.Fill is Rgb fillOnly)
                    g.DrawRectangle(PdfPaint.Brush(fillOnly), PdfPaint.Rect(r.Rect));
                else if (r.Outline is Stroke outlineOnly)
                    g.DrawRectangle(PdfPaint.Pen(outlineOnly), PdfPaint.Rect(r.Rect));
                break;
            case SceneLine l:
                g.DrawLine(PdfPaint.Pen(l.Stroke), l.From.X, l.From.Y, l.To.X, l.To.Y);
                break;
            case ScenePolyline pl:
                var points = new XPoint[pl.Points.Count];
                for (int i = 0; i < points.Length; i++)
                    points[i] = new XPoint(pl.Points[i].X, pl.Points[i].Y);
                XPen pen = PdfPaint.Pen(pl.Stroke);
                pen.LineJoin = XLineJoin.Round;
                g.DrawLines(pen, points);
                break;
            case SceneMarker m:
                Marker(g, m);
                break;
            case SceneText t:
                Text(g, t, fonts);
                break;
            default:
                throw new InvalidOperationException($"No PDF form for {p.GetType().Name}.");
        }
    }

    private static void Marker(XGraphics g, SceneMarker m)
    {
        XBrush brush = PdfPaint.Brush(m.Color);
        switch (m.Shape)
        {
            case MarkerShape.Circle:
                g.DrawEllipse(brush, PdfPaint.Rect(m.Bounds));
                break;
            case MarkerShape.Square:
                g.DrawRectangle(brush, PdfPaint.Rect(m.Bounds));
                break;
            case MarkerShape.Triangle or MarkerShape.Diamond:
                PointPt[] poly = MarkerGeometry.Polygon(m);
                var points = new XPoint[poly.Length];
                for (int i = 0; i < poly.Length; i++)
                    points[i] = new XPoint(poly[i].X, poly[i].Y);
                g.DrawPolygon(brush, points, XFillMode.Winding);
                break;
            case MarkerShape.Cross:
                var (a, b) = MarkerGeometry.Cross(m);
                XPen pen = PdfPaint.Pen(new Stroke(m.Color, m.SizePt * MarkerGeometry.CrossStrokeFraction));
                g.DrawLine(pen, a.A.X, a.A.Y, a.B.X, a.B.Y);
                g.DrawLine(pen, b.A.X, b.A.Y, b.B.X, b.B.Y);
                break;
        }
    }

    private static void Text(XGraphics g, SceneText t, Dictionary<FontSpec, XFont> fonts)
    {
        if (!fonts.TryGetValue(t.Font, out XFont? font))
        {
            font = TextMeasurer.Create(t.Font);
            fonts.Add(t.Font, font);
        }
        XBrush brush = PdfPaint.Brush(t.Color);
        if (!t.Vertical)
        {
            g.DrawString(t.Text, font, brush, t.Anchor.X - t.StartOffsetPt, t.Anchor.Y);
            return;
        }
        g.Save();
        g.RotateAtTransform(-90, new XPoint(t.Anchor.X, t.Anchor.Y));
        g.DrawString(t.Text, font, brush, t.Anchor.X - t.StartOffsetPt, t.Anchor.Y);
        g.Restore();
    }
}
