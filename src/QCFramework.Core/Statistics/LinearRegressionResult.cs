namespace QCFramework.Statistics;

/// <summary>An ordinary least-squares line y = Intercept + Slope · x with its inference.</summary>
/// <param name="N">Number of (x, y) pairs.</param>
/// <param name="Slope">Least-squares slope.</param>
/// <param name="Intercept">Least-squares intercept.</param>
/// <param name="SlopeStandardError">Standard error of the slope.</param>
/// <param name="InterceptStandardError">Standard error of the intercept.</param>
/// <param name="SlopeCi">Confidence interval of the slope (Student t, n − 2 degrees of freedom).</param>
/// <param name="InterceptCi">Confidence interval of the intercept (Student t, n − 2 degrees of freedom).</param>
/// <param name="SlopePValue">Two-sided p-value of the t-test of slope = 0.</param>
/// <param name="InterceptPValue">Two-sided p-value of the t-test of intercept = 0.</param>
/// <param name="RSquared">Coefficient of determination, 1 − SSE/SST.</param>
/// <param name="StandardErrorOfEstimate">Residual standard deviation √(SSE/(n − 2)) (SEE), in y units.</param>
/// <param name="DegreesOfFreedom">Residual degrees of freedom, n − 2.</param>
public sealed record LinearRegressionResult(
    int N,
    double Slope,
    double Intercept,
    double SlopeStandardError,
    double InterceptStandardError,
    ConfidenceInterval SlopeCi,
    ConfidenceInterval InterceptCi,
    double SlopePValue,
    double InterceptPValue,
    double RSquared,
    double StandardErrorOfEstimate,
    int DegreesOfFreedom);
