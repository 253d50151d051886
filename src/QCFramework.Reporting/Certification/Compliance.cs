using System.Globalization;
using QCFramework.IO.Results;
using QCFramework.Reporting.Documents;
using QCFramework.Results;

namespace QCFramework.Reporting.Certification;

/// <summary>
/// Evaluates acceptance criteria on campaign results: for each center, each criterion and each group of
/// the center's results (per the criterion's factors, restricted to the algorithms it applies to), the
/// metric of the valid results (<see cref="GroupMetrics"/>) against the limits. Results that are not
/// valid are counted in the outcome's note, never silently dropped; a group without a value is not
/// applicable. A pure function: the same rows in any order give the same outcomes, to the last bit
/// (the rows are put in canonical order first, so sums are always taken in the same order).
/// </summary>
public static class Compliance
{
    /// <summary>The compliance of every center in <paramref name="rows"/>, centers in <see cref="ReportOrder"/>.</summary>
    public static IReadOnlyList<CenterCompliance> Evaluate(IReadOnlyList<ResultRow> rows, AcceptanceCriteria criteria)
    {
        var centers = new SortedDictionary<string, List<ResultRow>>(ReportOrder.Labels);
        foreach (ResultRow row in ResultsCsv.Sort(rows))
        {
            if (!centers.TryGetValue(row.Center, out var list))
            {
                centers.Add(row.Center, list = []);
            }

            list.Add(row);
        }

        var result = new List<CenterCompliance>(centers.Count);
        foreach (var (center, centerRows) in centers)
        {
            var outcomes = new List<CriterionOutcome>();
            foreach (AcceptanceCriterion criterion in criteria.Criteria)
            {
                outcomes.AddRange(Evaluate(criterion, center, centerRows));
            }

            result.Add(new CenterCompliance(center, outcomes));
        }

        return result;
    }

    /// <summary>The outcomes of one criterion on one center's results (in canonical order), in group order.</summary>
    private static IReadOnlyList<CriterionOutcome> Evaluate(AcceptanceCriterion criterion, string center, IReadOnlyList<ResultRow> centerRows)
    {
        var groups = new SortedDictionary<string[], List<ResultRow>>(Comparer<string[]>.Create((a, b) => ReportOrder.Compare(a, b)));
        foreach (ResultRow row in centerRows)
        {
            if (!criterion.AppliesTo(row.Algorithm))
            {
                continue;
            }

            string[] key = criterion.Per.Select(f => GroupingFactors.Value(f, row)).ToArray();
            if (!groups.TryGetValue(key, out var list))
            {
                groups.Add(key, list = []);
            }

            list.Add(row);
        }

        var outcomes = new List<CriterionOutcome>();
        foreach (var (key, groupRows) in groups)
        {
            outcomes.Add(Outcome(criterion, center, key, groupRows));
        }

        // An algorithm the criterion names that this center has no results for is reported, not skipped.
        foreach (string algorithm in criterion.Algorithms.Order(ReportOrder.Labels))
        {
            if (!centerRows.Any(r => r.Algorithm == algorithm))
            {
                string[] group = criterion.Per.Select(f => f == GroupingFactor.Algorithm ? algorithm : "all").ToArray();
                outcomes.Add(new CriterionOutcome(criterion, center, group, 0, 0, double.NaN, Verdict.NotApplicable,
                    $"no results of algorithm {algorithm} at this center"));
            }
        }

        if (outcomes.Count == 0)
        {
            outcomes.Add(new CriterionOutcome(criterion, center, [], 0, 0, double.NaN, Verdict.NotApplicable,
                "no results of the algorithms this criterion applies to"));
        }

        return outcomes;
    }

    private static CriterionOutcome Outcome(AcceptanceCriterion criterion, string center, string[] group, List<ResultRow> rows)
    {
        var valid = rows.Where(r => r.Status == ResultsCsv.StatusOk).ToList();
        GroupMetrics metrics = GroupMetrics.Of(valid);
        double value = metrics.Value(criterion.Metric);
        string? unavailable = metrics.Unavailable(criterion.Metric);
        var notes = new List<string>();
        if (unavailable is not null)
        {
            notes.Add(unavailable);
        }

        if (valid.Count < rows.Count)
        {
            notes.Add(NotValidNote(rows, valid.Count));
        }

        Verdict verdict = unavailable is not null ? Verdict.NotApplicable : criterion.Limits.Accepts(value) ? Verdict.Pass : Verdict.Fail;
        return new CriterionOutcome(criterion, center, group, rows.Count, valid.Count, unavailable is null ? value : double.NaN,
            verdict, string.Join("; ", notes));
    }

    /// <summary>"2 of 12 results not valid (failed 1, not-applicable 1)".</summary>
    internal static string NotValidNote(IReadOnlyList<ResultRow> rows, int valid)
    {
        var byStatus = rows.Where(r => r.Status != ResultsCsv.StatusOk)
            .GroupBy(r => r.Status)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} {g.Count().ToString(CultureInfo.InvariantCulture)}");
        return $"{rows.Count - valid} of {rows.Count} results not valid ({string.Join(", ", byStatus)})";
    }
}
