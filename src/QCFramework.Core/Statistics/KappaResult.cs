namespace QCFramework.Statistics;

/// <summary>Cohen's kappa and weighted kappa of one square agreement table.</summary>
/// <param name="N">Number of rated subjects.</param>
/// <param name="Kappa">Unweighted kappa (Cohen 1960).</param>
/// <param name="KappaStandardError">Large-sample standard error of kappa (Fleiss, Cohen &amp; Everitt 1969).</param>
/// <param name="KappaCi">Normal interval of kappa, clipped to [−1, 1].</param>
/// <param name="WeightedKappa">Weighted kappa (Cohen 1968) with the given agreement weights.</param>
/// <param name="WeightedKappaStandardError">Large-sample standard error of weighted kappa (Fleiss, Cohen &amp; Everitt 1969).</param>
/// <param name="WeightedKappaCi">Normal interval of weighted kappa, clipped to [−1, 1].</param>
/// <param name="ObservedAgreement">Proportion of subjects on the diagonal, pₒ.</param>
/// <param name="ChanceAgreement">Agreement expected from the margins, pₑ.</param>
public sealed record KappaResult(
    int N,
    double Kappa,
    double KappaStandardError,
    ConfidenceInterval KappaCi,
    double WeightedKappa,
    double WeightedKappaStandardError,
    ConfidenceInterval WeightedKappaCi,
    double ObservedAgreement,
    double ChanceAgreement);
