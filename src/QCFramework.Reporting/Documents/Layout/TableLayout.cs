using QCFramework.Reporting.Fonts;

namespace QCFramework.Reporting.Documents.Layout;

/// <summary>
/// Column widths and wrapped cell text of a table. Widths follow the columns' weights when all have one;
/// otherwise each column gets its natural (unwrapped) width, the table is stretched to the text width,
/// and when the natural widths do not fit, every column keeps at least its longest word and the rest of
/// the space goes to the columns that have more to wrap.
/// </summary>
internal sealed class TableLayout
{
    private const double BadgePaddingPt = 4;

    private readonly ReportStyle _style;
    private readonly TextMeasurer _measurer;

    public TableLayout(TableBlock table, double widthPt, ReportStyle style, TextMeasurer measurer)
    {
        _style = style;
        _measurer = measurer;
        Table = table;
        ColumnWidths = Widths(table, widthPt);
        Header = Row(HeaderCells(table), isHeader: true);
        var rows = new RowLayout[table.Rows.Count];
        for (int i = 0; i < rows.Length; i++)
            rows[i] = Row(table.Rows[i], isHeader: false);
        Rows = rows;
    }

    public TableBlock Table { get; }

    public double[] ColumnWidths { get; }

    public RowLayout Header { get; }

    public IReadOnlyList<RowLayout> Rows { get; }

    /// <summary>Distance between baselines in a cell.</summary>
    public double LineStepPt => _measurer.LineHeightPt(_style.TableFont) * _style.LineSpacing;

    /// <summary>Height of a badge.</summary>
    public double BadgeHeightPt => _measurer.LineHeightPt(_style.TableHeaderFont) + 2;

    /// <summary>Width of the badge for a verdict.</summary>
    public double BadgeWidthPt(Verdict verdict) => _measurer.WidthPt(TableCell.BadgeText(verdict), _style.TableHeaderFont) + 2 * BadgePaddingPt;

    private static TableCell[] HeaderCells(TableBlock table)
    {
        var cells = new TableCell[table.Columns.Count];
        for (int c = 0; c < cells.Length; c++)
            cells[c] = new TableCell(table.Columns[c].Header, Bold: true);
        return cells;
    }

    private RowLayout Row(IReadOnlyList<TableCell> cells, bool isHeader)
    {
        double pad = _style.CellPaddingPt;
        var layouts = new CellLayout[cells.Count];
        double content = 0;
        for (int c = 0; c < cells.Count; c++)
        {
            TableCell cell = cells[c];
            if (cell.Badge is not null)
            {
                layouts[c] = new CellLayout(cell, [cell.Text]);
                content = Math.Max(content, BadgeHeightPt);
                continue;
            }
            IReadOnlyList<string> lines = TextWrapper.Wrap(cell.Text, ColumnWidths[c] - 2 * pad, FontOf(cell), _measurer);
            layouts[c] = new CellLayout(cell, lines);
            content = Math.Max(content, lines.Count * LineStepPt);
        }
        return new RowLayout(layouts, content + 2 * pad, isHeader);
    }

    /// <summary>The font a cell's text is set in.</summary>
    public FontSpec FontOf(TableCell cell) => cell.Bold || cell.Badge is not null ? _style.TableHeaderFont : _style.TableFont;

    private double[] Widths(TableBlock table, double widthPt)
    {
        int n = table.Columns.Count;
        var widths = new double[n];
        bool weighted = true;
        double weightSum = 0;
        foreach (TableColumn column in table.Columns)
        {
            if (column.WidthWeight is not double w || !(w > 0))
                weighted = false;
            else
                weightSum += w;
        }
        if (weighted)
        {
            for (int c = 0; c < n; c++)
                widths[c] = widthPt * table.Columns[c].WidthWeight!.Value / weightSum;
            return widths;
        }

        double pad = 2 * _style.CellPaddingPt;
        var natural = new double[n];
        var minimum = new double[n];
        for (int c = 0; c < n; c++)
        {
            var header = new TableCell(table.Columns[c].Header, Bold: true);
            natural[c] = NaturalWidth(header) + pad;
            minimum[c] = LongestWord(header) + pad;
            foreach (IReadOnlyList<TableCell> row in table.Rows)
            {
                natural[c] = Math.Max(natural[c], NaturalWidth(row[c]) + pad);
                minimum[c] = Math.Max(minimum[c], LongestWord(row[c]) + pad);
            }
        }
        double naturalSum = natural.Sum(), minimumSum = minimum.Sum();
        if (naturalSum <= widthPt)
        {
            for (int c = 0; c < n; c++)
                widths[c] = natural[c] * widthPt / naturalSum;
        }
        else if (minimumSum <= widthPt)
        {
            double slack = widthPt - minimumSum, wanted = naturalSum - minimumSum;
            for (int c = 0; c < n; c++)
                widths[c] = minimum[c] + slack * (natural[c] - minimum[c]) / wanted;
        }
        else
        {
            // Even single words do not fit: share the width by longest word; long words break between characters.
            for (int c = 0; c < n; c++)
                widths[c] = minimum[c] * widthPt / minimumSum;
        }
        return widths;
    }

    private double NaturalWidth(TableCell cell)
    {
        if (cell.Badge is Verdict v)
            return BadgeWidthPt(v);
        double max = 0;
        foreach (string line in cell.Text.Split('\n'))
            max = Math.Max(max, _measurer.WidthPt(line, FontOf(cell)));
        return max;
    }

    private double LongestWord(TableCell cell)
    {
        if (cell.Badge is Verdict v)
            return BadgeWidthPt(v);
        double max = 0;
        foreach (string word in cell.Text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries))
            max = Math.Max(max, _measurer.WidthPt(word, FontOf(cell)));
        return max;
    }
}
