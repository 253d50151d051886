using MathNet.Numerics.Distributions;

namespace QCFramework.Statistics;

/// <summary>
/// Ordinary least squares of y on x: for regressing measured on nominal values (linearity, SEE) and
/// Bland–Altman's differences on means (proportional bias). Formulas as in Draper &amp; Smith,
/// Applied Regression Analysis (3rd ed., 1998, ch. 1); checked against NIST StRD "Norris".
/// </summary>
public static class LinearRegression
{
    /// <summary>Fits y = a + b·x by least squares with <paramref name="confidenceLevel"/> intervals.</summary>
    /// <exception cref="InputException">Fewer than three pairs, or all x equal.</exception>
    public static LinearRegressionResult Fit(ReadOnlySpan<double> x, ReadOnlySpan<double> y, double confidenceLevel = 0.95)
    {
        Descriptive.RequireSameLength(x, y);
        Descriptive.RequireCount(x.Length, 3, "Linear regression");
        int n = x.Length;
        double mx = Descriptive.Mean(x);
        double my = Descriptive.Mean(y);
        double sxx = Descriptive.SumOfSquares(x);
        double syy = Descriptive.SumOfSquares(y);
        double sxy = Descriptive.SumOfCrossProducts(x, y);
        if (sxx == 0)
        {
            throw new InputException("Linear regression needs at least two distinct x values; all x are equal.");
        }

        double slope = sxy / sxx;
        double intercept = my - slope * mx;
        double sse = 0;
        for (int i = 0; i < n; i++)
        {
            double r = y[i] - intercept - slope * x[i];
            sse += r * r;
        }

        int df = n - 2;
        double s2 = sse / df;
        double seSlope = Math.Sqrt(s2 / sxx);
        double seIntercept = Math.Sqrt(s2 * (1.0 / n + mx * mx / sxx));
        double tCrit = StudentT.InvCDF(0, 1, df, 0.5 + 0.5 * confidenceLevel);
        return new LinearRegressionResult(
            n,
            slope,
            intercept,
            seSlope,
            seIntercept,
            new ConfidenceInterval(slope - tCrit * seSlope, slope + tCrit * seSlope),
            new ConfidenceInterval(intercept - tCrit * seIntercept, intercept + tCrit * seIntercept),
            TwoSidedP(slope / seSlope, df),
            TwoSidedP(intercept / seIntercept, df),
            syy == 0 ? double.NaN : 1.0 - sse / syy,
            Math.Sqrt(s2),
            df);
    }

    /// <summary>Two-sided p-value of a Student t statistic; 0 for an infinite statistic, NaN for NaN.</summary>
    internal static double TwoSidedP(double t, int degreesOfFreedom)
    {
        if (double.IsNaN(t))
        {
            return double.NaN;
        }

        return 2.0 * StudentT.CDF(0, 1, degreesOfFreedom, -Math.Abs(t));
    }
}
