using PdfSharp.Drawing;

namespace QCFramework.Reporting.Charts.Rendering;

/// <summary>PDFsharp pens, brushes and rectangles from the chart layer's colours, strokes and rectangles.</summary>
internal static class PdfPaint
{
    public static XRect Rect(RectPt r) => new(r.Left, r.Top, r.Width, r.Height);

    public static XColor Color(Rgb c) => XColor.FromArgb(c.R, c.G, c.B);

    public static XBrush Brush(Rgb c) => new XSolidBrush(Color(c));

    public static XPen Pen(Stroke s)
    {
        var pen = new XPen(Color(s.Color), s.WidthPt);
        if (MarkerGeometry.DashPattern(s.Dash) is double[] dash)
        {
            pen.DashStyle = XDashStyle.Custom;
            // PDFsharp scales dash lengths by the pen width (as GDI+ does); divide so the pattern is in points.
            pen.DashPattern = [dash[0] / s.WidthPt, dash[1] / s.WidthPt];
        }
        return pen;
    }
}
