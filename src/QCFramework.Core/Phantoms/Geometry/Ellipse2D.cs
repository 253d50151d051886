namespace QCFramework.Phantoms.Geometry;

/// <summary>An ellipse with semi-axes A (along its own x) and B, rotated by an angle about its centre.</summary>
public sealed class Ellipse2D : Shape2D
{
    private readonly double _cos, _sin;

    /// <summary>Creates the ellipse.</summary>
    public Ellipse2D(double centerXMm, double centerYMm, double semiAxisAMm, double semiAxisBMm, double rotationDeg = 0)
    {
        if (!(semiAxisAMm > 0 && semiAxisBMm > 0))
        {
            throw new InputException($"ellipse semi-axes must be positive (got {semiAxisAMm}, {semiAxisBMm} mm)");
        }

        CenterXMm = centerXMm;
        CenterYMm = centerYMm;
        A = semiAxisAMm;
        B = semiAxisBMm;
        RotationDeg = rotationDeg;
        _cos = Math.Cos(rotationDeg * Math.PI / 180);
        _sin = Math.Sin(rotationDeg * Math.PI / 180);
        double hx = Math.Sqrt(A * A * _cos * _cos + B * B * _sin * _sin);
        double hy = Math.Sqrt(A * A * _sin * _sin + B * B * _cos * _cos);
        Bounds = (CenterXMm - hx, CenterYMm - hy, CenterXMm + hx, CenterYMm + hy);
        BoundingCircle = (CenterXMm, CenterYMm, Math.Max(A, B));
    }

    /// <summary>Centre x, mm.</summary>
    public double CenterXMm { get; }

    /// <summary>Centre y, mm.</summary>
    public double CenterYMm { get; }

    /// <summary>Semi-axis along the ellipse's own x, mm.</summary>
    public double A { get; }

    /// <summary>Semi-axis along the ellipse's own y, mm.</summary>
    public double B { get; }

    /// <summary>Rotation, degrees counter-clockwise.</summary>
    public double RotationDeg { get; }

    /// <inheritdoc />
    public override (double XMin, double YMin, double XMax, double YMax) Bounds { get; }

    /// <inheritdoc />
    public override (double X, double Y, double Radius) BoundingCircle { get; }

    /// <inheritdoc />
    public override double AreaMm2 => Math.PI * A * B;

    /// <inheritdoc />
    public override bool Contains(double xMm, double yMm)
    {
        double dx = xMm - CenterXMm, dy = yMm - CenterYMm;
        double u = (dx * _cos + dy * _sin) / A;
        double v = (-dx * _sin + dy * _cos) / B;
        return u * u + v * v <= 1;
    }

    /// <inheritdoc />
    public override int Intersect(in Line2D line, Span<Interval> intervals)
    {
        // In the ellipse's frame scaled to a unit circle: |p + t·d|² = 1 is a quadratic in t.
        double dx = line.OriginXMm - CenterXMm, dy = line.OriginYMm - CenterYMm;
        double px = (dx * _cos + dy * _sin) / A, py = (-dx * _sin + dy * _cos) / B;
        double qx = (line.DirectionX * _cos + line.DirectionY * _sin) / A;
        double qy = (-line.DirectionX * _sin + line.DirectionY * _cos) / B;
        double a = qx * qx + qy * qy;
        double b = px * qx + py * qy;
        double c = px * px + py * py - 1;
        double disc = b * b - a * c;
        if (disc <= 0)
        {
            return 0;
        }

        double root = Math.Sqrt(disc);
        intervals[0] = new Interval((-b - root) / a, (-b + root) / a);
        return 1;
    }
}
