namespace QCFramework.Statistics;

/// <summary>
/// Deming regression of y on x when both carry measurement error (Cornbleet &amp; Gochman 1979,
/// Clin Chem 25:432; Linnet 1990, Stat Med 9:1463). The error-variance ratio follows Linnet's and
/// the CLSI EP09 convention: λ = σ²(error of x) / σ²(error of y). With u = Σ(x−x̄)², q = Σ(y−ȳ)²,
/// p = Σ(x−x̄)(y−ȳ): slope = [λq − u + √((u − λq)² + 4λp²)] / (2λp), intercept = ȳ − slope·x̄.
/// With λ = 1 it is orthogonal regression (the major axis).
/// </summary>
public static class DemingRegression
{
    /// <summary>Fits the Deming line; slope and intercept are NaN when x and y are uncorrelated (p = 0).</summary>
    /// <param name="x">First method.</param>
    /// <param name="y">Second method, paired with <paramref name="x"/>.</param>
    /// <param name="errorVarianceRatio">λ = σ²(x error)/σ²(y error); 1 when the methods are equally precise.</param>
    /// <exception cref="InputException">Fewer than two pairs.</exception>
    public static LineFit Fit(ReadOnlySpan<double> x, ReadOnlySpan<double> y, double errorVarianceRatio = 1.0)
    {
        Descriptive.RequireSameLength(x, y);
        Descriptive.RequireCount(x.Length, 2, "Deming regression");
        if (!(errorVarianceRatio > 0) || double.IsInfinity(errorVarianceRatio))
        {
            throw new InputException($"Deming regression: the error-variance ratio must be positive and finite; got {errorVarianceRatio}.");
        }

        double u = Descriptive.SumOfSquares(x);
        double q = Descriptive.SumOfSquares(y);
        double p = Descriptive.SumOfCrossProducts(x, y);
        if (p == 0)
        {
            return new LineFit(double.NaN, double.NaN);
        }

        double lambda = errorVarianceRatio;
        double c = lambda * q - u;
        double slope = (c + Math.Sqrt(c * c + 4 * lambda * p * p)) / (2 * lambda * p);
        return new LineFit(slope, Descriptive.Mean(y) - slope * Descriptive.Mean(x));
    }
}
