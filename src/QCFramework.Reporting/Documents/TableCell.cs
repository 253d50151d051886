namespace QCFramework.Reporting.Documents;

/// <summary>A table cell: text (wrapped to the column) or a pass/fail badge.</summary>
/// <param name="Text">The printed text (for a badge, its word).</param>
/// <param name="Badge">The verdict shown as a badge, or null for plain text.</param>
/// <param name="Bold">Set the text in bold.</param>
public sealed record TableCell(string Text, Verdict? Badge = null, bool Bold = false)
{
    /// <summary>A plain text cell.</summary>
    public static TableCell Of(string text) => new(text);

    /// <summary>A badge cell: PASS, FAIL or N/A.</summary>
    public static TableCell Of(Verdict verdict) => new(BadgeText(verdict), verdict);

    /// <summary>The word printed on a badge.</summary>
    public static string BadgeText(Verdict verdict) => verdict switch
    {
        Verdict.Pass => "PASS",
        Verdict.Fail => "FAIL",
        _ => "N/A",
    };

    /// <summary>Plain text cells convert implicitly from strings.</summary>
    public static implicit operator TableCell(string text) => new(text);
}
