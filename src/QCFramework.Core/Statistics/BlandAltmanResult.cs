namespace QCFramework.Statistics;

/// <summary>
/// A Bland–Altman agreement analysis of d = b − a (or ln b − ln a on the log scale). On the log
/// scale every location (bias, limits and their intervals) is in log units; exponentiate for ratios.
/// </summary>
/// <param name="N">Number of pairs.</param>
/// <param name="Scale">Scale of the differences.</param>
/// <param name="MeanDifference">Bias: the mean difference d̄.</param>
/// <param name="SdDifference">Standard deviation s of the differences (n − 1 divisor).</param>
/// <param name="LimitMultiplier">z such that the limits are d̄ ± z·s.</param>
/// <param name="LoaLower">Lower limit of agreement d̄ − z·s.</param>
/// <param name="LoaUpper">Upper limit of agreement d̄ + z·s.</param>
/// <param name="BiasCi">Exact t-interval of the bias: d̄ ± t(n−1)·s/√n.</param>
/// <param name="LoaLowerCi">Exact interval of the lower limit (Carkeet 2015, noncentral t).</param>
/// <param name="LoaUpperCi">Exact interval of the upper limit (Carkeet 2015, noncentral t).</param>
/// <param name="LoaApproximateSe">
/// Bland &amp; Altman's (1999, §4.2) approximate standard error of either limit, s·√(1/n + z²/(2(n−1))),
/// for comparison with the exact intervals.
/// </param>
/// <param name="ProportionalBias">Least squares of the differences on the pair means; its slope's t-test detects proportional bias.</param>
public sealed record BlandAltmanResult(
    int N,
    BlandAltmanScale Scale,
    double MeanDifference,
    double SdDifference,
    double LimitMultiplier,
    double LoaLower,
    double LoaUpper,
    ConfidenceInterval BiasCi,
    ConfidenceInterval LoaLowerCi,
    ConfidenceInterval LoaUpperCi,
    double LoaApproximateSe,
    LinearRegressionResult ProportionalBias);
