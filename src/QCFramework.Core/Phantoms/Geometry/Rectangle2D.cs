namespace QCFramework.Phantoms.Geometry;

/// <summary>A rectangle of full width W (own x) and height H (own y), rotated about its centre.</summary>
public sealed class Rectangle2D : Shape2D
{
    private readonly double _cos, _sin;

    /// <summary>Creates the rectangle.</summary>
    public Rectangle2D(double centerXMm, double centerYMm, double widthMm, double heightMm, double rotationDeg = 0)
    {
        if (!(widthMm > 0 && heightMm > 0))
        {
            throw new InputException($"box sizes must be positive (got {widthMm} × {heightMm} mm)");
        }

        CenterXMm = centerXMm;
        CenterYMm = centerYMm;
        WidthMm = widthMm;
        HeightMm = heightMm;
        _cos = Math.Cos(rotationDeg * Math.PI / 180);
        _sin = Math.Sin(rotationDeg * Math.PI / 180);
        double hx = Math.Abs(WidthMm / 2 * _cos) + Math.Abs(HeightMm / 2 * _sin);
        double hy = Math.Abs(WidthMm / 2 * _sin) + Math.Abs(HeightMm / 2 * _cos);
        Bounds = (CenterXMm - hx, CenterYMm - hy, CenterXMm + hx, CenterYMm + hy);
        BoundingCircle = (CenterXMm, CenterYMm, 0.5 * Math.Sqrt(WidthMm * WidthMm + HeightMm * HeightMm));
    }

    /// <summary>Centre x, mm.</summary>
    public double CenterXMm { get; }

    /// <summary>Centre y, mm.</summary>
    public double CenterYMm { get; }

    /// <summary>Full width, mm.</summary>
    public double WidthMm { get; }

    /// <summary>Full height, mm.</summary>
    public double HeightMm { get; }

    /// <inheritdoc />
    public override (double XMin, double YMin, double XMax, double YMax) Bounds { get; }

    /// <inheritdoc />
    public override (double X, double Y, double Radius) BoundingCircle { get; }

    /// <inheritdoc />
    public override double AreaMm2 => WidthMm * HeightMm;

    /// <inheritdoc />
    public override bool Contains(double xMm, double yMm)
    {
        double dx = xMm - CenterXMm, dy = yMm - CenterYMm;
        return Math.Abs(dx * _cos + dy * _sin) <= WidthMm / 2 && Math.Abs(-dx * _sin + dy * _cos) <= HeightMm / 2;
    }

    /// <inheritdoc />
    public override int Intersect(in Line2D line, Span<Interval> intervals)
    {
        // Slab method in the rectangle's frame.
        double dx = line.OriginXMm - CenterXMm, dy = line.OriginYMm - CenterYMm;
        double pu = dx * _cos + dy * _sin, pv = -dx * _sin + dy * _cos;
        double qu = line.DirectionX * _cos + line.DirectionY * _sin;
        double qv = -line.DirectionX * _sin + line.DirectionY * _cos;
        double t0 = double.NegativeInfinity, t1 = double.PositiveInfinity;
        if (!Slab(pu, qu, WidthMm / 2, ref t0, ref t1) || !Slab(pv, qv, HeightMm / 2, ref t0, ref t1))
        {
            return 0;
        }

        intervals[0] = new Interval(t0, t1);
        return 1;
    }

    private static bool Slab(double p, double q, double half, ref double t0, ref double t1)
    {
        if (q == 0)
        {
            return Math.Abs(p) <= half;
        }

        double a = (-half - p) / q, b = (half - p) / q;
        if (a > b)
        {
            (a, b) = (b, a);
        }

        t0 = Math.Max(t0, a);
        t1 = Math.Min(t1, b);
        return t0 < t1;
    }
}
