namespace QCFramework.Reporting.Documents;

/// <summary>
/// A table with a header row. Rows are never split; a table longer than the page continues on the next
/// with its header repeated.
/// </summary>
/// <param name="Columns">Column definitions.</param>
/// <param name="Rows">Rows of cells, one cell per column.</param>
/// <param name="Caption">Printed above the table as "Table n. caption", or null.</param>
public sealed record TableBlock(IReadOnlyList<TableColumn> Columns, IReadOnlyList<IReadOnlyList<TableCell>> Rows, string? Caption) : Block;
