namespace QCFramework.Reporting.Documents;

/// <summary>A table column.</summary>
/// <param name="Header">Header text (repeated at the top of every page the table continues on).</param>
/// <param name="Alignment">Alignment of the column's cells.</param>
public sealed record TableColumn(string Header, CellAlignment Alignment = CellAlignment.Left)
{
    /// <summary>
    /// Relative width. When every column has one, widths are shared in these proportions; otherwise
    /// widths follow the measured content.
    /// </summary>
    public double? WidthWeight { get; init; }
}
