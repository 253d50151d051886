namespace QCFramework.Reporting.Documents.Layout;

/// <summary>A heading as listed in the table of contents and the PDF outline.</summary>
/// <param name="Title">Numbered heading text.</param>
/// <param name="Level">1–3; 0 for the unnumbered "Contents" entry.</param>
/// <param name="PageIndex">Zero-based page the heading is on.</param>
/// <param name="TopPt">Top of the heading on its page.</param>
internal sealed record OutlineEntry(string Title, int Level, int PageIndex, double TopPt);
