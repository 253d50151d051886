namespace QCFramework.Reporting.Documents;

/// <summary>The outcome of an acceptance criterion, shown as a coloured badge with its word (colour is never the only cue).</summary>
public enum Verdict
{
    /// <summary>The criterion is met: "PASS" on green.</summary>
    Pass,

    /// <summary>The criterion is not met: "FAIL" on red.</summary>
    Fail,

    /// <summary>The criterion could not be evaluated: "N/A" on grey.</summary>
    NotApplicable,
}
