namespace QCFramework.Reporting.Certification;

/// <summary>
/// The definition and source of every statistic the certification report prints, as its methods appendix
/// lists them. The sources are those the implementations in QCFramework.Statistics cite.
/// </summary>
internal static class StatisticDefinitions
{
    /// <summary>A statistic: its name, how it is computed here, and where the definition comes from.</summary>
    public sealed record Definition(string Name, string Computation, string Source);

    public static IReadOnlyList<Definition> All { get; } =
    [
        new("Valid result",
            "A row of results.csv with status ok and a measured value. Rows with status not-applicable or failed carry no value; they are excluded "
            + "from every statistic, counted in the notes of the criteria and listed with their reasons in each center's chapter.",
            "docs/CONTRACTS.md"),
        new("Error, RE",
            "Error = measured − truth (mg HA/cm³). Relative error RE = (measured − truth)/truth × 100 %. The RE of a group is the mean of its "
            + "results' RE; |RE| is its absolute value.",
            "Lees et al. 1997, ESP multicenter study; QCFramework.Statistics.ErrorMetrics"),
        new("RMSE",
            "Root-mean-square error √(Σ(measured − truth)²/n), with divisor n because the errors are about a known truth, not a fitted mean.",
            "QCFramework.Statistics.ErrorMetrics"),
        new("SD",
            "Sample standard deviation with divisor n − 1, computed in two passes.",
            "Chan, Golub & LeVeque 1983, Am Stat 37:242"),
        new("RSD (precision)",
            "For each repeat set (results that differ only in repeat and seed: same center, scanner, protocol, day, object, vertebra and "
            + "algorithm) with at least two results, CV = SD/mean; RSD = 100·√(mean of CV²) over the sets (root-mean-square CV).",
            "Glüer et al. 1995, Osteoporos Int 5:262; ISCD Official Positions (precision assessment)"),
        new("Regression of measured on nominal",
            "Ordinary least squares measured = intercept + slope × truth over the valid results (n ≥ 3, at least two truth values), with "
            + "Student-t 95 % confidence intervals on n − 2 degrees of freedom, R² = 1 − SSE/SST and SEE = √(SSE/(n − 2)).",
            "Draper & Smith, Applied Regression Analysis, 3rd ed. 1998, ch. 1"),
        new("Bland–Altman",
            "Differences d = measured − truth against the means (measured + truth)/2; bias = mean d with the t-interval; 95 % limits of "
            + "agreement bias ± 1.959964·SD(d); their 95 % confidence intervals exact from the noncentral t distribution.",
            "Bland & Altman 1986, Lancet i:307; 1999, Stat Methods Med Res 8:135; Carkeet 2015, Optom Vis Sci 92:e71"),
        new("Class agreement, κ",
            "Per scan and subject, the mean BMD of L1 and L2 (of all vertebrae when L1 and L2 are absent), measured and true, in three "
            + "classes: < 80 osteoporosis, 80–120 low bone mass, > 120 mg HA/cm³ normal. Cohen's κ and linearly weighted κ with "
            + "large-sample standard errors and normal 95 % intervals.",
            "ACR 2013 QCT practice parameter; Cohen 1960; Cohen 1968; Fleiss, Cohen & Everitt 1969"),
        new("Bias per center",
            "The mean RE of a center's valid results of one algorithm, with the Student-t 95 % interval mean ± t(0.975, n − 1)·SD/√n.",
            "Student t interval for a mean"),
        new("Inter-center CV",
            "For one algorithm, object, vertebra and protocol scanned at two or more centers: CV = SD/mean × 100 % of the centers' mean "
            + "measured values (SD with divisor n − 1).",
            "Lees et al. 1997, ESP multicenter study (inter-instrument comparison)"),
        new("League table",
            "Centers ranked by the mean |RE| over all their valid results (all algorithms, vertebrae and protocols); ties by name.",
            "This report"),
        new("Criterion verdict",
            "PASS when the metric of a group lies within the criterion's limits (inclusive), FAIL when not, N/A when the group gives no value "
            + "(no valid results, or too few for the statistic). A center complies when at least one criterion passes and none fails.",
            "The criteria file"),
    ];
}
