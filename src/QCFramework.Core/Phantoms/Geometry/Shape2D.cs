namespace QCFramework.Phantoms.Geometry;

/// <summary>
/// A closed region of the axial plane (mm): what an analytic solid looks like on one slice plane.
/// Shapes are exact: membership, line intersection and area are analytic (or root-found to
/// 1e-9 mm), so partial volumes and projections carry no discretisation of their own.
/// </summary>
public abstract class Shape2D
{
    /// <summary>True when (x, y) is inside or on the boundary.</summary>
    public abstract bool Contains(double xMm, double yMm);

    /// <summary>Axis-aligned bounds: (xMin, yMin, xMax, yMax).</summary>
    public abstract (double XMin, double YMin, double XMax, double YMax) Bounds { get; }

    /// <summary>Centre and radius of a circle that contains the shape (cheap ray rejection).</summary>
    public abstract (double X, double Y, double Radius) BoundingCircle { get; }

    /// <summary>Area, mm².</summary>
    public abstract double AreaMm2 { get; }

    /// <summary>
    /// Writes the parameter intervals where <paramref name="line"/> is inside the shape, in increasing
    /// order, and returns their count (at most <see cref="MaxIntervals"/>).
    /// </summary>
    public abstract int Intersect(in Line2D line, Span<Interval> intervals);

    /// <summary>The most intervals any line can make with this shape.</summary>
    public virtual int MaxIntervals => 1;

    /// <summary>True when the line may touch the shape (bounding-circle test).</summary>
    public bool MayIntersect(in Line2D line)
    {
        var (cx, cy, r) = BoundingCircle;
        double px = cx - line.OriginXMm, py = cy - line.OriginYMm;
        double cross = px * line.DirectionY - py * line.DirectionX;
        return Math.Abs(cross) <= r;
    }
}
