using QCFramework.Statistics;

namespace QCFramework.Reporting.Certification;

/// <summary>
/// The results of one algorithm at a center: its metrics over every vertebra (the regression of measured
/// on nominal), Bland–Altman agreement with truth, and agreement of the osteoporosis classes where the
/// campaign has subjects.
/// </summary>
internal sealed record AlgorithmSummary(string Algorithm, GroupMetrics Metrics, BlandAltmanResult? Agreement,
    string? AgreementUnavailable, ClassAgreementResult? Classes);
