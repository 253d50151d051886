namespace QCFramework.Reporting.Documents.Layout;

/// <summary>A table row's cells (wrapped) and height.</summary>
internal sealed record RowLayout(IReadOnlyList<CellLayout> Cells, double HeightPt, bool IsHeader);
