using QCFramework.Reporting.Charts.Layout;

namespace QCFramework.Reporting.Charts.Rendering;

/// <summary>Outlines of marker shapes, shared by both renderers so a marker looks the same in SVG and PDF.</summary>
internal static class MarkerGeometry
{
    /// <summary>Stroke width of a cross marker, as a fraction of its size.</summary>
    public const double CrossStrokeFraction = 0.22;

    /// <summary>Vertices of a triangle or diamond marker filling its bounding square.</summary>
    public static PointPt[] Polygon(SceneMarker m)
    {
        double h = m.SizePt / 2;
        double cx = m.Center.X, cy = m.Center.Y;
        return m.Shape switch
        {
            MarkerShape.Triangle => [new(cx, cy - h), new(cx + h, cy + h), new(cx - h, cy + h)],
            MarkerShape.Diamond => [new(cx, cy - h), new(cx + h, cy), new(cx, cy + h), new(cx - h, cy)],
            _ => throw new ArgumentException($"{m.Shape} is not drawn as a polygon."),
        };
    }

    /// <summary>The two strokes of a cross marker, inset so the stroke ends stay inside the bounding square.</summary>
    public static ((PointPt A, PointPt B) First, (PointPt A, PointPt B) Second) Cross(SceneMarker m)
    {
        double h = m.SizePt / 2 * (1 - CrossStrokeFraction);
        double cx = m.Center.X, cy = m.Center.Y;
        return ((new(cx - h, cy - h), new(cx + h, cy + h)), (new(cx - h, cy + h), new(cx + h, cy - h)));
    }

    /// <summary>The dash pattern in points (on, off), or null for a solid line.</summary>
    public static double[]? DashPattern(LineDash dash) => dash switch
    {
        LineDash.Dashed => [4, 2],
        LineDash.Dotted => [1, 2],
        _ => null,
    };
}
