namespace QCFramework.Phantoms.Geometry;

/// <summary>A convex shape with a convex hole: the section of a shell, a ring or a torus.</summary>
public sealed class Annulus2D : Shape2D
{
    /// <summary>Creates the outer shape minus the inner one (the inner must lie inside the outer).</summary>
    public Annulus2D(Shape2D outer, Shape2D inner)
    {
        Outer = outer;
        Inner = inner;
    }

    /// <summary>The outer boundary.</summary>
    public Shape2D Outer { get; }

    /// <summary>The hole.</summary>
    public Shape2D Inner { get; }

    /// <inheritdoc />
    public override (double XMin, double YMin, double XMax, double YMax) Bounds => Outer.Bounds;

    /// <inheritdoc />
    public override (double X, double Y, double Radius) BoundingCircle => Outer.BoundingCircle;

    /// <inheritdoc />
    public override double AreaMm2 => Outer.AreaMm2 - Inner.AreaMm2;

    /// <inheritdoc />
    public override int MaxIntervals => 2;

    /// <inheritdoc />
    public override bool Contains(double xMm, double yMm) => Outer.Contains(xMm, yMm) && !Inner.Contains(xMm, yMm);

    /// <inheritdoc />
    public override int Intersect(in Line2D line, Span<Interval> intervals)
    {
        Span<Interval> outer = stackalloc Interval[1];
        if (Outer.Intersect(line, outer) == 0)
        {
            return 0;
        }

        Span<Interval> inner = stackalloc Interval[1];
        if (Inner.Intersect(line, inner) == 0)
        {
            intervals[0] = outer[0];
            return 1;
        }

        int n = 0;
        if (inner[0].Enter > outer[0].Enter)
        {
            intervals[n++] = new Interval(outer[0].Enter, Math.Min(inner[0].Enter, outer[0].Exit));
        }

        if (inner[0].Exit < outer[0].Exit)
        {
            intervals[n++] = new Interval(Math.Max(inner[0].Exit, outer[0].Enter), outer[0].Exit);
        }

        return n;
    }
}
