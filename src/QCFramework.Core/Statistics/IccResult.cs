namespace QCFramework.Statistics;

/// <summary>
/// The six intraclass correlations of Shrout &amp; Fleiss (1979) for n subjects each rated by the same
/// k raters, with the two-way ANOVA mean squares they are built from.
/// </summary>
/// <param name="N">Subjects (rows).</param>
/// <param name="K">Raters (columns).</param>
/// <param name="Icc1">ICC(1,1): one-way random, single rater.</param>
/// <param name="Icc2">ICC(2,1): two-way random, absolute agreement, single rater.</param>
/// <param name="Icc3">ICC(3,1): two-way mixed, consistency, single rater.</param>
/// <param name="Icc1k">ICC(1,k): one-way random, mean of k raters.</param>
/// <param name="Icc2k">ICC(2,k): two-way random, absolute agreement, mean of k raters.</param>
/// <param name="Icc3k">ICC(3,k): two-way mixed, consistency, mean of k raters.</param>
/// <param name="MeanSquareSubjects">MSB, between subjects.</param>
/// <param name="MeanSquareRaters">MSJ, between raters.</param>
/// <param name="MeanSquareError">MSE, residual of the two-way model.</param>
/// <param name="MeanSquareWithin">MSW, within subjects (one-way model).</param>
public sealed record IccResult(
    int N,
    int K,
    IccEstimate Icc1,
    IccEstimate Icc2,
    IccEstimate Icc3,
    IccEstimate Icc1k,
    IccEstimate Icc2k,
    IccEstimate Icc3k,
    double MeanSquareSubjects,
    double MeanSquareRaters,
    double MeanSquareError,
    double MeanSquareWithin);
