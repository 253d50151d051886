namespace QCFramework.Reporting.Documents.Layout;

/// <summary>Everything on one page, in drawing order.</summary>
internal sealed class PageLayout
{
    public List<Placement> Items { get; } = [];
}
