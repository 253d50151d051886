using MathNet.Numerics.Distributions;

namespace QCFramework.Statistics;

/// <summary>
/// Bland–Altman analysis of agreement between two methods measuring the same subjects
/// (Bland &amp; Altman 1986, Lancet i:307; 1999, Stat Methods Med Res 8:135).
/// </summary>
public static class BlandAltman
{
    /// <summary>Analyses the differences b − a (or ln b − ln a).</summary>
    /// <param name="a">First method (the reference of the comparison).</param>
    /// <param name="b">Second method, paired with <paramref name="a"/>.</param>
    /// <param name="options">Scale and coverage; <see cref="BlandAltmanOptions.Default"/> when null.</param>
    /// <exception cref="InputException">Fewer than three pairs, or non-positive values on the log scale.</exception>
    public static BlandAltmanResult Compute(ReadOnlySpan<double> a, ReadOnlySpan<double> b, BlandAltmanOptions? options = null)
    {
        options ??= BlandAltmanOptions.Default;
        Descriptive.RequireSameLength(a, b);
        // Three pairs: the proportional-bias regression needs n − 2 ≥ 1 degrees of freedom.
        Descriptive.RequireCount(a.Length, 3, "Bland–Altman analysis");
        int n = a.Length;
        var diff = new double[n];
        var mean = new double[n];
        bool log = options.Scale == BlandAltmanScale.LogRatio;
        for (int i = 0; i < n; i++)
        {
            double ai = a[i], bi = b[i];
            if (log)
            {
                if (!(ai > 0 && bi > 0))
                {
                    throw new InputException($"Bland–Altman on the log scale needs positive values; pair {i + 1} is ({ai}, {bi}).");
                }

                ai = Math.Log(ai);
                bi = Math.Log(bi);
            }

            diff[i] = bi - ai;
            mean[i] = 0.5 * (ai + bi);
        }

        double bias = Descriptive.Mean(diff);
        double sd = Descriptive.StandardDeviation(diff);
        double z = Normal.InvCDF(0, 1, 0.5 + 0.5 * options.LimitCoverage);
        double gamma = 0.5 + 0.5 * options.ConfidenceLevel;
        double sqrtN = Math.Sqrt(n);
        double t = StudentT.InvCDF(0, 1, n - 1, gamma);
        var biasCi = new ConfidenceInterval(bias - t * sd / sqrtN, bias + t * sd / sqrtN);

        // Exact limits (Carkeet 2015, Optom Vis Sci 92:e71): √n(θ − d̄)/s for the upper limit θ = μ + zσ
        // follows the noncentral t with n − 1 degrees of freedom and noncentrality z√n.
        double ncp = z * sqrtN;
        double qLo = NoncentralStudentT.InvCdf(1 - gamma, n - 1, ncp) / sqrtN;
        double qHi = NoncentralStudentT.InvCdf(gamma, n - 1, ncp) / sqrtN;
        var upperCi = new ConfidenceInterval(bias + qLo * sd, bias + qHi * sd);
        var lowerCi = new ConfidenceInterval(bias - qHi * sd, bias - qLo * sd);

        return new BlandAltmanResult(
            n,
            options.Scale,
            bias,
            sd,
            z,
            bias - z * sd,
            bias + z * sd,
            biasCi,
            lowerCi,
            upperCi,
            sd * Math.Sqrt(1.0 / n + z * z / (2.0 * (n - 1))),
            ProportionalBias(mean, diff));
    }

    // Regressing d on (a + b)/2; the means' spread must be non-zero for a slope to exist.
    private static LinearRegressionResult ProportionalBias(double[] mean, double[] diff)
    {
        if (Descriptive.SumOfSquares(mean) == 0)
        {
            throw new InputException("Bland–Altman proportional bias needs pairs at different levels; all pair means are equal.");
        }

        return LinearRegression.Fit(mean, diff);
    }
}
