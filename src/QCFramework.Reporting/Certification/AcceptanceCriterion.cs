namespace QCFramework.Reporting.Certification;

/// <summary>
/// One acceptance criterion of a certification: a metric of the results, evaluated within each center
/// per combination of <see cref="Per"/> (e.g. per vertebra × algorithm), that must lie within
/// <see cref="Limits"/>. Loaded from reports/criteria/*.yaml by <see cref="CriteriaFile"/>.
/// </summary>
/// <param name="Id">Short identifier, unique in its file.</param>
/// <param name="Name">Printed name, e.g. "|RE| ≤ 5 %".</param>
/// <param name="Metric">What is measured.</param>
/// <param name="Per">The factors whose combinations are evaluated separately (the center is always one).</param>
/// <param name="Limits">The accepted range.</param>
/// <param name="Algorithms">The algorithms it applies to; empty for all.</param>
/// <param name="Source">Where the limit comes from (a citation).</param>
public sealed record AcceptanceCriterion(string Id, string Name, CriterionMetric Metric, IReadOnlyList<GroupingFactor> Per,
    CriterionLimits Limits, IReadOnlyList<string> Algorithms, string Source)
{
    /// <summary>True when the criterion applies to results of <paramref name="algorithm"/>.</summary>
    public bool AppliesTo(string algorithm) => Algorithms.Count == 0 || Algorithms.Contains(algorithm, StringComparer.Ordinal);

    /// <summary>The limits as printed with the metric, e.g. "|RE| ≤ 5 %".</summary>
    public string LimitText => Limits.Describe(CriterionMetrics.Label(Metric), CriterionMetrics.Unit(Metric));

    /// <summary>The scope as printed, e.g. "per center × vertebra × algorithm".</summary>
    public string ScopeText => "per " + string.Join(" × ", new[] { "center" }.Concat(Per.Select(GroupingFactors.YamlName)));
}
