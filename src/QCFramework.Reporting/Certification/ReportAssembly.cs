using QCFramework.Reporting.Charts;
using QCFramework.Reporting.Documents;

namespace QCFramework.Reporting.Certification;

/// <summary>
/// The document being built and its figures: every figure added here is both placed in the report and
/// listed for figures/*.svg under a name that carries its number in the report.
/// </summary>
internal sealed class ReportAssembly(ReportDocumentBuilder builder)
{
    private readonly List<ReportFigure> _figures = [];

    /// <summary>The document builder.</summary>
    public ReportDocumentBuilder Builder { get; } = builder;

    /// <summary>The figures added so far.</summary>
    public IReadOnlyList<ReportFigure> Figures => _figures;

    /// <summary>Adds a figure at <paramref name="widthPt"/> × <paramref name="heightPt"/>; its SVG name is built from <paramref name="nameParts"/>.</summary>
    public void Figure(Figure figure, string caption, double widthPt, double heightPt, params string[] nameParts)
    {
        int number = _figures.Count + 1;
        string name = $"fig{number:00}-{ReportText.Slug(string.Join(' ', nameParts))}.svg";
        _figures.Add(new ReportFigure(name, figure, widthPt, heightPt));
        Builder.Figure(figure, caption, widthPt, heightPt);
    }

    /// <summary>Adds a table whose columns are given as (header, alignment); column widths follow the content.</summary>
    public void Table(string caption, IReadOnlyList<(string Header, CellAlignment Alignment)> columns, IEnumerable<IReadOnlyList<TableCell>> rows) =>
        Builder.Table(columns.Select(c => new TableColumn(c.Header, c.Alignment)).ToArray(), rows, caption);
}
