using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace QCFramework.Statistics;

/// <summary>
/// The noncentral Student t distribution (MathNet.Numerics has only the central one). The CDF is the
/// Poisson-weighted series of incomplete beta functions (Guenther 1978, J Stat Comput Simul 6:199),
/// summed outward from the Poisson mode with the incomplete-beta recurrences of Benton &amp;
/// Krishnamoorthy (2003, Comput Stat Data Anal 43:249), which stays exact for large noncentrality
/// where R's AS 243 switches to a normal approximation (ncp &gt; 37.62).
/// </summary>
public static class NoncentralStudentT
{
    // Terms below this (absolute, on a probability) no longer change a double result.
    private const double NegligibleTerm = 1e-18;
    // Guards the outward summation; the terms vanish after a few hundred steps beyond √λ.
    private const int MaxTerms = 1_000_000;

    /// <summary>P(T ≤ <paramref name="t"/>) for T ~ t(<paramref name="degreesOfFreedom"/>, <paramref name="noncentrality"/>).</summary>
    public static double Cdf(double t, double degreesOfFreedom, double noncentrality)
    {
        RequireParameters(degreesOfFreedom, noncentrality);
        if (double.IsNaN(t))
        {
            return double.NaN;
        }

        if (double.IsPositiveInfinity(t))
        {
            return 1.0;
        }

        if (double.IsNegativeInfinity(t))
        {
            return 0.0;
        }

        // F(t; ν, δ) = 1 − F(−t; ν, −δ) reflects negative t onto the series, which needs t ≥ 0.
        double p = t >= 0
            ? CdfNonNegative(t, degreesOfFreedom, noncentrality)
            : 1.0 - CdfNonNegative(-t, degreesOfFreedom, -noncentrality);
        return Math.Clamp(p, 0.0, 1.0);
    }

    /// <summary>The <paramref name="probability"/> quantile, found by bisection on <see cref="Cdf"/> to full double precision.</summary>
    public static double InvCdf(double probability, double degreesOfFreedom, double noncentrality)
    {
        RequireParameters(degreesOfFreedom, noncentrality);
        if (!(probability > 0 && probability < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "Probability must lie strictly between 0 and 1.");
        }

        // Bracket around the location δ with a step of the order of the spread, widening until it holds.
        double step = 1.0 + Math.Abs(noncentrality) / Math.Sqrt(degreesOfFreedom);
        double lo = noncentrality - step;
        double hi = noncentrality + step;
        while (Cdf(lo, degreesOfFreedom, noncentrality) > probability)
        {
            lo -= step;
            step *= 2;
        }

        step = 1.0 + Math.Abs(noncentrality) / Math.Sqrt(degreesOfFreedom);
        while (Cdf(hi, degreesOfFreedom, noncentrality) < probability)
        {
            hi += step;
            step *= 2;
        }

        for (int i = 0; i < 200; i++)
        {
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi)
            {
                break;
            }

            if (Cdf(mid, degreesOfFreedom, noncentrality) < probability)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return 0.5 * (lo + hi);
    }

    private static void RequireParameters(double degreesOfFreedom, double noncentrality)
    {
        if (!(degreesOfFreedom > 0) || double.IsInfinity(degreesOfFreedom))
        {
            throw new ArgumentOutOfRangeException(nameof(degreesOfFreedom), degreesOfFreedom, "Degrees of freedom must be positive and finite.");
        }

        if (!double.IsFinite(noncentrality))
        {
            throw new ArgumentOutOfRangeException(nameof(noncentrality), noncentrality, "Noncentrality must be finite.");
        }
    }

    // F(t; ν, δ) = Φ(−δ) + ½ Σⱼ [Pⱼ Iₓ(j + ½, ν/2) + Qⱼ Iₓ(j + 1, ν/2)], t ≥ 0, x = t²/(t² + ν),
    // Pⱼ = e^(−λ) λʲ / j!, Qⱼ = (δ/√2) e^(−λ) λʲ / Γ(j + 3/2), λ = δ²/2 (Guenther 1978, eq. 3).
    private static double CdfNonNegative(double t, double nu, double delta)
    {
        double b = 0.5 * nu;
        double x = t * t / (t * t + nu);
        double lnX = Math.Log(x);
        double ln1mX = Math.Log(nu / (t * t + nu));
        double baseline = Normal.CDF(0, 1, -delta);
        if (x == 0)
        {
            return baseline;
        }

        if (delta == 0)
        {
            return 0.5 + 0.5 * SpecialFunctions.BetaRegularized(0.5, b, x);
        }

        double lambda = 0.5 * delta * delta;
        double lnLambda = Math.Log(lambda);
        int mode = (int)Math.Floor(lambda);
        double sign = Math.Sign(delta);

        // Weights and incomplete betas at the mode, then recurrences outward. The mode's weights and
        // Gₐ come from Loader's saddle-point forms: lnΓ of arguments near λ cancels catastrophically.
        double lnP = Math.Log(PoissonDensity(mode, lambda));
        double lnQ = Math.Log(PoissonDensity(mode + 0.5, lambda));
        double aP = mode + 0.5;
        double aQ = mode + 1.0;
        double iP = SpecialFunctions.BetaRegularized(aP, b, x);
        double iQ = SpecialFunctions.BetaRegularized(aQ, b, x);
        // ln Gₐ with Gₐ = xᵃ(1−x)ᵇ Γ(a+b)/(Γ(a+1)Γ(b)), so that Iₓ(a+1, b) = Iₓ(a, b) − Gₐ.
        double lnGP = LnG(aP, b, x, lnX, ln1mX);
        double lnGQ = LnG(aQ, b, x, lnX, ln1mX);

        double sum = 0;

        // Forward from the mode.
        double fP = lnP, fQ = lnQ, fIP = iP, fIQ = iQ, fGP = lnGP, fGQ = lnGQ;
        for (int j = mode; j < mode + MaxTerms; j++)
        {
            double wP = Math.Exp(fP);
            double wQ = Math.Exp(fQ);
            sum += wP * fIP + sign * wQ * fIQ;
            if (j > lambda && wP < NegligibleTerm && wQ < NegligibleTerm)
            {
                break;
            }

            double a1 = j + 0.5, a2 = j + 1.0;
            fIP = Math.Max(0, fIP - Math.Exp(fGP));
            fIQ = Math.Max(0, fIQ - Math.Exp(fGQ));
            fGP += lnX + Math.Log(a1 + b) - Math.Log(a1 + 1);
            fGQ += lnX + Math.Log(a2 + b) - Math.Log(a2 + 1);
            fP += lnLambda - Math.Log(j + 1.0);
            fQ += lnLambda - Math.Log(j + 1.5);
            if (fIP == 0 && fIQ == 0)
            {
                break;
            }
        }

        // Backward from just below the mode.
        double bP = lnP, bQ = lnQ, bIP = iP, bIQ = iQ, bGP = lnGP, bGQ = lnGQ;
        for (int j = mode - 1; j >= 0; j--)
        {
            // Step every quantity from index j + 1 to j: a → a − 1.
            double a1 = j + 1.5, a2 = j + 2.0;
            bGP += Math.Log(a1) - lnX - Math.Log(a1 + b - 1);
            bGQ += Math.Log(a2) - lnX - Math.Log(a2 + b - 1);
            bIP = Math.Min(1, bIP + Math.Exp(bGP));
            bIQ = Math.Min(1, bIQ + Math.Exp(bGQ));
            bP += Math.Log(j + 1.0) - lnLambda;
            bQ += Math.Log(j + 1.5) - lnLambda;
            double wP = Math.Exp(bP);
            double wQ = Math.Exp(bQ);
            sum += wP * bIP + sign * wQ * bIQ;
            if (wP < NegligibleTerm && wQ < NegligibleTerm)
            {
                break;
            }
        }

        return baseline + 0.5 * sum;
    }

    // ln Gₐ. Gₐ/(1 − x) is the binomial density of a successes in a + b − 1 trials, which Loader's
    // form evaluates without cancellation when b > 1; otherwise (ν ≤ 2) lnΓ is used directly.
    private static double LnG(double a, double b, double x, double lnX, double ln1mX)
    {
        if (b <= 1)
        {
            return a * lnX + b * ln1mX + SpecialFunctions.GammaLn(a + b) - SpecialFunctions.GammaLn(a + 1) - SpecialFunctions.GammaLn(b);
        }

        double n = a + b - 1;
        double q = 1 - x;
        double lc = StirlingError(n) - StirlingError(a) - StirlingError(n - a) - DevianceTerm(a, n * x) - DevianceTerm(n - a, n * q);
        double lf = Math.Log(2 * Math.PI) + Math.Log(a) + Math.Log(1 - a / n);
        return lc - 0.5 * lf + ln1mX;
    }

    // e^(−λ) λˣ / Γ(x + 1) for real x ≥ 0 (Loader 2000, "Fast and accurate computation of binomial
    // probabilities", the algorithm of R's dpois_raw).
    private static double PoissonDensity(double x, double lambda)
    {
        if (x == 0)
        {
            return Math.Exp(-lambda);
        }

        return Math.Exp(-StirlingError(x) - DevianceTerm(x, lambda)) / Math.Sqrt(2 * Math.PI * x);
    }

    // δ(n) = lnΓ(n + 1) − (n + ½) ln n + n − ln √(2π), by its asymptotic series for n > 15 (Loader 2000).
    private static double StirlingError(double n)
    {
        const double s0 = 1.0 / 12, s1 = 1.0 / 360, s2 = 1.0 / 1260, s3 = 1.0 / 1680, s4 = 1.0 / 1188;
        if (n <= 15)
        {
            return SpecialFunctions.GammaLn(n + 1) - (n + 0.5) * Math.Log(n) + n - 0.5 * Math.Log(2 * Math.PI);
        }

        double nn = n * n;
        if (n > 500)
        {
            return (s0 - s1 / nn) / n;
        }

        if (n > 80)
        {
            return (s0 - (s1 - s2 / nn) / nn) / n;
        }

        if (n > 35)
        {
            return (s0 - (s1 - (s2 - s3 / nn) / nn) / nn) / n;
        }

        return (s0 - (s1 - (s2 - (s3 - s4 / nn) / nn) / nn) / nn) / n;
    }

    // x ln(x/μ) + μ − x, summed as a series when x is close to μ to avoid cancellation (Loader 2000).
    private static double DevianceTerm(double x, double mu)
    {
        if (Math.Abs(x - mu) < 0.1 * (x + mu))
        {
            double v = (x - mu) / (x + mu);
            double s = (x - mu) * v;
            double ej = 2 * x * v;
            v *= v;
            for (int j = 1; j < 1000; j++)
            {
                ej *= v;
                double next = s + ej / (2 * j + 1);
                if (next == s)
                {
                    return next;
                }

                s = next;
            }

            return s;
        }

        return x * Math.Log(x / mu) + mu - x;
    }
}
