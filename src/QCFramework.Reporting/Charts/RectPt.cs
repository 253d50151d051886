namespace QCFramework.Reporting.Charts;

/// <summary>An axis-aligned rectangle on a figure, in points from its top-left corner (y grows downwards).</summary>
public readonly record struct RectPt(double Left, double Top, double Width, double Height)
{
    /// <summary>The right edge.</summary>
    public double Right => Left + Width;

    /// <summary>The bottom edge.</summary>
    public double Bottom => Top + Height;

    /// <summary>Builds a rectangle from its edges.</summary>
    public static RectPt FromEdges(double left, double top, double right, double bottom)
        => new(left, top, right - left, bottom - top);

    /// <summary>True when the interiors overlap (touching edges do not count).</summary>
    public bool Intersects(RectPt other)
        => Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;

    /// <summary>True when <paramref name="inner"/> lies within this rectangle, allowing <paramref name="tolerancePt"/> of rounding.</summary>
    public bool Contains(RectPt inner, double tolerancePt = 1e-6)
        => inner.Left >= Left - tolerancePt && inner.Right <= Right + tolerancePt
        && inner.Top >= Top - tolerancePt && inner.Bottom <= Bottom + tolerancePt;

    /// <summary>True when the point lies within this rectangle or on its edge.</summary>
    public bool Contains(PointPt p) => p.X >= Left && p.X <= Right && p.Y >= Top && p.Y <= Bottom;

    /// <summary>This rectangle grown by <paramref name="marginPt"/> on every side.</summary>
    public RectPt Inflate(double marginPt) => new(Left - marginPt, Top - marginPt, Width + 2 * marginPt, Height + 2 * marginPt);
}
