namespace QCFramework.Statistics;

/// <summary>
/// Errors of measured against nominal (true) values as QCT validation reports them (SCIENCE.md;
/// e.g. Lees et al. 1997 ESP multicentre study): absolute error measured − nominal,
/// RE% = (measured − nominal)/nominal × 100, and RMSE = √(Σ(measured − nominal)²/n).
/// </summary>
public static class ErrorMetrics
{
    /// <summary>Signed error measured − nominal, in the values' unit.</summary>
    public static double Error(double measured, double nominal) => measured - nominal;

    /// <summary>Absolute error |measured − nominal|, in the values' unit.</summary>
    public static double AbsoluteError(double measured, double nominal) => Math.Abs(measured - nominal);

    /// <summary>Signed relative error in percent; NaN when the nominal value is zero.</summary>
    public static double RelativeErrorPct(double measured, double nominal) =>
        nominal == 0 ? double.NaN : 100.0 * (measured - nominal) / nominal;

    /// <summary>Root-mean-square error √(Σ(mᵢ − tᵢ)²/n) (n divisor: an error about a known truth, not a fitted mean).</summary>
    public static double Rmse(ReadOnlySpan<double> measured, ReadOnlySpan<double> nominal)
    {
        Descriptive.RequireSameLength(measured, nominal);
        if (measured.IsEmpty)
        {
            return double.NaN;
        }

        double sum = 0;
        for (int i = 0; i < measured.Length; i++)
        {
            double e = measured[i] - nominal[i];
            sum += e * e;
        }

        return Math.Sqrt(sum / measured.Length);
    }
}
