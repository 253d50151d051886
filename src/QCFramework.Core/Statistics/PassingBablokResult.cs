namespace QCFramework.Statistics;

/// <summary>A Passing–Bablok line with its rank-based confidence intervals.</summary>
/// <param name="N">Number of pairs.</param>
/// <param name="Slope">Shifted median of the pairwise slopes.</param>
/// <param name="Intercept">Median of yᵢ − slope·xᵢ.</param>
/// <param name="SlopeCi">Rank-based interval of the slope (NaN bounds when n is too small).</param>
/// <param name="InterceptCi">Interval of the intercept, from the slope's bounds.</param>
/// <param name="SlopeCount">Number of pairwise slopes used (N in the paper).</param>
/// <param name="Offset">K, the number of slopes below −1 that shift the median.</param>
public sealed record PassingBablokResult(
    int N,
    double Slope,
    double Intercept,
    ConfidenceInterval SlopeCi,
    ConfidenceInterval InterceptCi,
    int SlopeCount,
    int Offset)
{
    /// <summary>The fitted line.</summary>
    public LineFit Line => new(Slope, Intercept);
}
