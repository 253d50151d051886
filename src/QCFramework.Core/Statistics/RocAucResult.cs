namespace QCFramework.Statistics;

/// <summary>The area under the empirical ROC curve with DeLong's variance.</summary>
/// <param name="Positives">Number of positives (cases).</param>
/// <param name="Negatives">Number of negatives (controls).</param>
/// <param name="Auc">Area under the curve: P(score of a positive beats a negative), ties counting ½.</param>
/// <param name="StandardError">DeLong's standard error of the AUC.</param>
/// <param name="Ci">Normal interval AUC ± z·SE, clipped to [0, 1] (as pROC::ci.auc, method "delong").</param>
public sealed record RocAucResult(int Positives, int Negatives, double Auc, double StandardError, ConfidenceInterval Ci);
