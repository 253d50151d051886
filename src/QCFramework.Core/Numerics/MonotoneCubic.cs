namespace QCFramework.Numerics;

/// <summary>
/// Monotone piecewise-cubic Hermite interpolation (PCHIP; Fritsch &amp; Carlson, SIAM J Numer Anal
/// 17 (1980) 238, with the harmonic-mean slopes of Fritsch &amp; Butland 1984 as in MATLAB's pchip):
/// no overshoot between nodes, so interpolated fluences never go negative.
/// </summary>
public static class MonotoneCubic
{
    /// <summary>Interpolates the nodes (<paramref name="x"/> strictly increasing) at <paramref name="at"/>; clamps outside.</summary>
    public static double Interpolate(ReadOnlySpan<double> x, ReadOnlySpan<double> y, double at)
    {
        int n = x.Length;
        if (n == 0)
        {
            throw new ArgumentException("no nodes");
        }

        if (n == 1 || at <= x[0])
        {
            return y[0];
        }

        if (at >= x[n - 1])
        {
            return y[n - 1];
        }

        int k = 0;
        while (x[k + 1] < at)
        {
            k++;
        }

        double h = x[k + 1] - x[k];
        double d0 = Slope(x, y, k);
        double d1 = Slope(x, y, k + 1);
        double t = (at - x[k]) / h;
        double t2 = t * t, t3 = t2 * t;
        return (2 * t3 - 3 * t2 + 1) * y[k] + (t3 - 2 * t2 + t) * h * d0 + (-2 * t3 + 3 * t2) * y[k + 1] + (t3 - t2) * h * d1;
    }

    private static double Slope(ReadOnlySpan<double> x, ReadOnlySpan<double> y, int i)
    {
        int n = x.Length;
        if (n == 2)
        {
            return (y[1] - y[0]) / (x[1] - x[0]);
        }

        if (i == 0)
        {
            return EndSlope(x[1] - x[0], x[2] - x[1], Secant(x, y, 0), Secant(x, y, 1));
        }

        if (i == n - 1)
        {
            return EndSlope(x[n - 1] - x[n - 2], x[n - 2] - x[n - 3], Secant(x, y, n - 2), Secant(x, y, n - 3));
        }

        double s0 = Secant(x, y, i - 1), s1 = Secant(x, y, i);
        if (s0 * s1 <= 0)
        {
            return 0;
        }

        double h0 = x[i] - x[i - 1], h1 = x[i + 1] - x[i];
        double w0 = 2 * h1 + h0, w1 = h1 + 2 * h0;
        return (w0 + w1) / (w0 / s0 + w1 / s1);
    }

    private static double Secant(ReadOnlySpan<double> x, ReadOnlySpan<double> y, int i) => (y[i + 1] - y[i]) / (x[i + 1] - x[i]);

    // Three-point end slope, shape-preserving (MATLAB pchip's pchipend).
    private static double EndSlope(double h0, double h1, double s0, double s1)
    {
        double d = ((2 * h0 + h1) * s0 - h0 * s1) / (h0 + h1);
        if (Math.Sign(d) != Math.Sign(s0))
        {
            return 0;
        }

        if (Math.Sign(s0) != Math.Sign(s1) && Math.Abs(d) > Math.Abs(3 * s0))
        {
            return 3 * s0;
        }

        return d;
    }
}
