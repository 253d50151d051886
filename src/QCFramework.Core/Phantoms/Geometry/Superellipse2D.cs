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
        // f(t) = |u(t)|ⁿ + |v(t)|ⁿ − 1 is convex along the line: find its minimum, then one root on
        // each side by safeguarded Newton–bisection.
        double dx = line.OriginXMm - CenterXMm, dy = line.OriginYMm - CenterYMm;
        double pu = (dx * _cos + dy * _sin) / A, pv = (-dx * _sin + dy * _cos) / B;
        double qu = (line.DirectionX * _cos + line.DirectionY * _sin) / A;
        double qv = (-line.DirectionX * _sin + line.DirectionY * _cos) / B;

        // The shape lies within the unit "square" |u|,|v| ≤ 1: clip the line to it first.
        double t0 = double.NegativeInfinity, t1 = double.PositiveInfinity;
        if (!Clip(pu, qu, ref t0, ref t1) || !Clip(pv, qv, ref t0, ref t1))
        {
            return 0;
        }

        double F(double t) => Level(pu + t * qu, pv + t * qv);
        double Df(double t) => Derivative(pu + t * qu, qu) + Derivative(pv + t * qv, qv);

        // Minimum of the convex f on [t0, t1]: bisection on the (monotone) derivative.
        double lo = t0, hi = t1;
        for (int i = 0; i < 100 && hi - lo > 1e-9; i++)
        {
            double mid = 0.5 * (lo + hi);
            if (Df(mid) > 0)
            {
                hi = mid;
            }
            else
            {
                lo = mid;
            }
        }

        double tMin = 0.5 * (lo + hi);
        if (F(tMin) >= 0)
        {
            return 0;
        }

        intervals[0] = new Interval(Root(F, Df, t0, tMin), Root(F, Df, tMin, t1));
        return 1;
    }

    private double Level(double u, double v) => Pow(Math.Abs(u)) + Pow(Math.Abs(v)) - 1;

    private double Pow(double x) => Exponent switch
    {
        2 => x * x,
        4 => x * x * x * x,
        _ => Math.Pow(x, Exponent),
    };

    private double Derivative(double u, double q) =>
        u == 0 ? 0 : Exponent * Math.Pow(Math.Abs(u), Exponent - 1) * Math.Sign(u) * q;

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

    // A root of the convex f between a point where f ≥ 0 and one where f < 0 (either order).
    private static double Root(Func<double, double> f, Func<double, double> df, double a, double b)
    {
        double fa = f(a);
        double t = 0.5 * (a + b);
        for (int i = 0; i < 100; i++)
        {
            double ft = f(t);
            if (Math.Abs(ft) < 1e-13 || Math.Abs(b - a) < 1e-10)
            {
                break;
            }

            if (Math.Sign(ft) == Math.Sign(fa))
            {
                a = t;
                fa = ft;
            }
            else
            {
                b = t;
            }

            double d = df(t);
            double next = d != 0 ? t - ft / d : double.NaN;
            t = next > Math.Min(a, b) && next < Math.Max(a, b) ? next : 0.5 * (a + b);
        }

        return t;
    }
}
