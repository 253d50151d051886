using QCFramework.Reporting.Documents;

namespace QCFramework.Reporting.Certification;

/// <summary>Every criterion outcome of one center, and whether the center complies.</summary>
/// <param name="Center">The center.</param>
/// <param name="Outcomes">Outcomes in criteria order, then group order.</param>
public sealed record CenterCompliance(string Center, IReadOnlyList<CriterionOutcome> Outcomes)
{
    /// <summary>Outcomes that pass.</summary>
    public int Passed => Outcomes.Count(o => o.Verdict == Verdict.Pass);

    /// <summary>Outcomes that fail.</summary>
    public int Failed => Outcomes.Count(o => o.Verdict == Verdict.Fail);

    /// <summary>Outcomes that could not be evaluated.</summary>
    public int NotApplicable => Outcomes.Count(o => o.Verdict == Verdict.NotApplicable);

    /// <summary>
    /// Fail when any criterion fails; not applicable when none could be evaluated (nothing was shown);
    /// otherwise pass.
    /// </summary>
    public Verdict Overall => Failed > 0 ? Verdict.Fail : Passed == 0 ? Verdict.NotApplicable : Verdict.Pass;

    /// <summary>True when the center complies: at least one criterion evaluated and none failed.</summary>
    public bool Compliant => Overall == Verdict.Pass;
}
