namespace QCFramework.Numerics;

/// <summary>Bracketed root finding for monotone physics functions.</summary>
public static class RootFinding
{
    /// <summary>
    /// Finds x in [<paramref name="lo"/>, <paramref name="hi"/>] with f(x) = 0 by bisection
    /// (f(lo) and f(hi) must differ in sign), to an absolute tolerance in x.
    /// </summary>
    public static double Bisect(Func<double, double> f, double lo, double hi, double tolerance = 1e-10)
    {
        double flo = f(lo), fhi = f(hi);
        if (flo == 0)
        {
            return lo;
        }

        if (fhi == 0)
        {
            return hi;
        }

        if (Math.Sign(flo) == Math.Sign(fhi))
        {
            throw new ArgumentException($"root not bracketed in [{lo}, {hi}]");
        }

        for (int i = 0; i < 200 && hi - lo > tolerance; i++)
        {
            double mid = 0.5 * (lo + hi);
            double fm = f(mid);
            if (fm == 0)
            {
                return mid;
            }

            if (Math.Sign(fm) == Math.Sign(flo))
            {
                lo = mid;
                flo = fm;
            }
            else
            {
                hi = mid;
            }
        }

        return 0.5 * (lo + hi);
    }
}
