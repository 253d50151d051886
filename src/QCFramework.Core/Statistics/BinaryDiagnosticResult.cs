namespace QCFramework.Statistics;

/// <summary>Sensitivity and specificity of a binary test against a reference, with exact intervals.</summary>
/// <param name="TruePositives">Reference positive, test positive.</param>
/// <param name="FalseNegatives">Reference positive, test negative.</param>
/// <param name="TrueNegatives">Reference negative, test negative.</param>
/// <param name="FalsePositives">Reference negative, test positive.</param>
/// <param name="Sensitivity">TP/(TP + FN); NaN without reference positives.</param>
/// <param name="SensitivityCi">Clopper–Pearson interval of the sensitivity.</param>
/// <param name="Specificity">TN/(TN + FP); NaN without reference negatives.</param>
/// <param name="SpecificityCi">Clopper–Pearson interval of the specificity.</param>
public sealed record BinaryDiagnosticResult(
    int TruePositives,
    int FalseNegatives,
    int TrueNegatives,
    int FalsePositives,
    double Sensitivity,
    ConfidenceInterval SensitivityCi,
    double Specificity,
    ConfidenceInterval SpecificityCi);
