using QCFramework.Reporting.Documents;

namespace QCFramework.Reporting.Certification;

/// <summary>The verdict of one criterion on one group of one center's results, with the measured value.</summary>
/// <param name="Criterion">The criterion.</param>
/// <param name="Center">The center.</param>
/// <param name="Group">The group's value of each of the criterion's <see cref="AcceptanceCriterion.Per"/> factors, in that order.</param>
/// <param name="Results">Results (rows) in the group, whatever their status.</param>
/// <param name="ValidResults">Results with status ok, which the value is computed from.</param>
/// <param name="Value">The metric's value; NaN when it could not be computed.</param>
/// <param name="Verdict">Pass or fail against the limits; not applicable when there is no value.</param>
/// <param name="Note">Why there is no value, and how many results were not valid; empty when there is nothing to say.</param>
public sealed record CriterionOutcome(AcceptanceCriterion Criterion, string Center, IReadOnlyList<string> Group, int Results,
    int ValidResults, double Value, Verdict Verdict, string Note)
{
    /// <summary>The group as printed, e.g. "L1 · two-point"; "all results" for a criterion evaluated per center.</summary>
    public string GroupLabel => Group.Count == 0 ? "all results" : string.Join(" · ", Group);
}
