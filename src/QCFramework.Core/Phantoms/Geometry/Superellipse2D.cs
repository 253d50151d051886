namespace QCFramework.Phantoms.Geometry;

/// <summary>
/// A superellipse |u/A|ⁿ + |v/B|ⁿ ≤ 1 (Lamé curve; n = 2 is an ellipse, larger n squarer), n ≥ 1 so
/// that it is convex, rotated about its centre. Body outlines of phantoms and patients.
/// </summary>
public sealed class Superellipse2D : Shape2D
{
    private readonly double _cos, _sin;

    /// <summary>Creates the superellipse.</summary>
    public Superellipse2D(double centerXMm, double centerYMm, double semiAxisAMm, double semiAxisBMm, double exponent, double rotationDeg = 0)
    {
        if (!(semiAxisAMm > 0 && semiAxisBMm > 0))
        {
            throw new InputException($"superellipse semi-axes must be positive (got {semiAxisAMm}, {semiAxisBMm} mm)");
        }

        if (!(exponent >= 1))
        {
            throw new InputException($"superellipse exponent must be at least 1 so the shape is convex (got {exponent})");
        }

        CenterXMm = centerXMm;
        CenterYMm = centerYMm;
        A = semiAxisAMm;
        B = semiAxisBMm;
        Exponent = exponent;
        RotationDeg = rotationDeg;
        _cos = Math.Cos(rotationDeg * Math.PI / 180);
        _sin = Math.Sin(rotationDeg * Math.PI / 180);
        double r = Math.Sqrt(A * A + B * B);
        BoundingCircle = (CenterXMm, CenterYMm, r);
        double hx = Math.Abs(A * _cos) + Math.Abs(B * _sin), hy = Math.Abs(A * _sin) + Math.Abs(B * _cos);
        Bounds = (CenterXMm - hx, CenterYMm - hy, CenterXMm + hx, CenterYMm + hy);
    }

    /// <summary>Centre x, mm.</summary>
    public double CenterXMm { get; }

    /// <summary>Centre y, mm.</summary>
    public double CenterYMm { get; }

    /// <summary>Semi-axis along its own x, mm.</summary>
    public double A { get; }

    /// <summary>Semi-axis along its own y, mm.</summary>
    public double B { get; }

    /// <summary>The exponent n.</summary>
    public double Exponent { get; }

    /// <summary>Rotation, degrees counter-clockwise.</summary>
    public double RotationDeg { get; }

    /// <inheritdoc />
    public override (double XMin, double YMin, double XMax, double YMax) Bounds { get; }

    /// <inheritdoc />
    public override (double X, double Y, double Radius) BoundingCircle { get; }

    /// <summary>Area 4AB·Γ(1+1/n)²/Γ(1+2/n).</summary>
    public override double AreaMm2 => Area(A, B, Exponent);

    /// <summary>Area of a superellipse, mm².</summary>
    public static double Area(double a, double b, double n)
    {
        double g1 = MathNet.Numerics.SpecialFunctions.Gamma(1 + 1 / n);
        return 4 * a * b * g1 * g1 / MathNet.Numerics.SpecialFunctions.Gamma(1 + 2 / n);
    }

    /// <inheritdoc />
    public override bool Contains(double xMm, double yMm)
    {
        double dx = xMm - CenterXMm, dy = yMm - CenterYMm;
        return Level((dx * _cos + dy * _sin) / A, (-dx * _sin + dy * _cos) / B) <= 0;
    }

    /// <inheritdoc />
    public override int Intersect(in Line2D line, Span<Interval> intervals)
    {
        // f(t) = |u(t)|ⁿ + |v(t)|ⁿ − 1 is convex along the line. Clipped to the unit box around the
        // shape, f ≥ 0 at both ends; Newton's method from each end towards the other converges
        // monotonically to the nearer root (a convex function lies above its tangents), and a step that
        // lands where f > 0 and f is already rising proves that the line misses the shape.
        double dx = line.OriginXMm - CenterXMm, dy = line.OriginYMm - CenterYMm;
        double pu = (dx * _cos + dy * _sin) / A, pv = (-dx * _sin + dy * _cos) / B;
        double qu = (line.DirectionX * _cos + line.DirectionY * _sin) / A;
        double qv = (-line.DirectionX * _sin + line.DirectionY * _cos) / B;

        double t0 = double.NegativeInfinity, t1 = double.PositiveInfinity;
        if (!Clip(pu, qu, ref t0, ref t1) || !Clip(pv, qv, ref t0, ref t1))
        {
            return 0;
        }

        if (!NewtonFromOutside(pu, qu, pv, qv, t0, +1, t1, out double enter) || !NewtonFromOutside(pu, qu, pv, qv, t1, -1, enter, out double exit))
        {
            return 0;
        }

        if (exit <= enter)
        {
            return 0;
        }

        intervals[0] = new Interval(enter, exit);
        return 1;
    }

    // Newton on f from t (where f ≥ 0) moving in direction sign; false when the line misses.
    private bool NewtonFromOutside(double pu, double qu, double pv, double qv, double t, int sign, double limit, out double root)
    {
        root = t;
        for (int i = 0; i < 60; i++)
        {
            var (f, df) = Evaluate(pu + t * qu, qu, pv + t * qv, qv);
            if (f <= 1e-14)
            {
                root = t;
                return true;
            }

            if (df * sign >= 0)
            {
                return false; // f > 0 and not decreasing in the direction of travel: no root ahead
            }

            double next = t - f / df;
            if ((next - limit) * sign > 0)
            {
                return false;
            }

            if (Math.Abs(next - t) < 1e-11)
            {
                root = next;
                return true;
            }

            t = next;
        }

        root = t;
        return true;
    }

    // f and df/dt at one point: |u|ⁿ = exp(n·ln|u|) gives the power and its derivative together.
    private (double F, double Df) Evaluate(double u, double qu, double v, double qv)
    {
        double au = Math.Abs(u), av = Math.Abs(v);
        double pu = Pow(au), pv = Pow(av);
        double du = au > 0 ? Exponent * pu / au * Math.Sign(u) * qu : 0;
        double dv = av > 0 ? Exponent * pv / av * Math.Sign(v) * qv : 0;
        return (pu + pv - 1, du + dv);
    }

    private double Level(double u, double v) => Pow(Math.Abs(u)) + Pow(Math.Abs(v)) - 1;

    private double Pow(double x) => Exponent switch
    {
        2 => x * x,
        2.5 => x * x * Math.Sqrt(x),
        4 => x * x * x * x,
        _ => x > 0 ? Math.Exp(Exponent * Math.Log(x)) : 0,
    };

    private static bool Clip(double p, double q, ref double t0, ref double t1)
    {
        if (q == 0)
        {
            return Math.Abs(p) <= 1;
        }

        double a = (-1 - p) / q, b = (1 - p) / q;
        if (a > b)
        {
            (a, b) = (b, a);
        }

        t0 = Math.Max(t0, a);
        t1 = Math.Min(t1, b);
        return t0 < t1;
    }
}
