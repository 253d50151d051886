namespace QCFramework.Statistics;

/// <summary>Pearson's product-moment correlation coefficient.</summary>
public static class Correlation
{
    /// <summary>r = Σ(x−x̄)(y−ȳ) / √(Σ(x−x̄)² Σ(y−ȳ)²); NaN when either variable is constant.</summary>
    public static double Pearson(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        Descriptive.RequireSameLength(x, y);
        double sxx = Descriptive.SumOfSquares(x);
        double syy = Descriptive.SumOfSquares(y);
        if (sxx == 0 || syy == 0)
        {
            return double.NaN;
        }

        return Descriptive.SumOfCrossProducts(x, y) / Math.Sqrt(sxx * syy);
    }
}
