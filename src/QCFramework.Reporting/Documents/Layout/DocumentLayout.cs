namespace QCFramework.Reporting.Documents.Layout;

/// <summary>A paginated report: pages with positioned content, and the outline of its headings.</summary>
internal sealed record DocumentLayout(IReadOnlyList<PageLayout> Pages, IReadOnlyList<OutlineEntry> Outline);
