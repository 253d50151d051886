namespace QCFramework.Reporting.Documents.Layout;

/// <summary>A table cell and the lines its text wraps to.</summary>
internal sealed record CellLayout(TableCell Cell, IReadOnlyList<string> Lines);
