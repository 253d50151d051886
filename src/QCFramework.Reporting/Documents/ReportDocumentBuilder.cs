using System.Collections.Immutable;
using QCFramework.Reporting.Charts;

namespace QCFramework.Reporting.Documents;

/// <summary>
/// Assembles a <see cref="ReportDocument"/> in reading order:
/// <code>
/// var doc = new ReportDocumentBuilder(metadata, titlePage)
///     .Heading(1, "Summary").Paragraph("…")
///     .Table(columns, rows, "Acceptance criteria")
///     .Figure(figure, "Measured against nominal BMD")
///     .Attach("results.csv", bytes, "text/csv", "Campaign results", AttachmentRelationship.Data)
///     .Build();
/// </code>
/// </summary>
public sealed class ReportDocumentBuilder
{
    private readonly DocumentMetadata _metadata;
    private readonly TitlePage _titlePage;
    private readonly List<Block> _blocks = [];
    private readonly List<Attachment> _attachments = [];

    /// <summary>Starts a report.</summary>
    public ReportDocumentBuilder(DocumentMetadata metadata, TitlePage titlePage)
    {
        _metadata = metadata;
        _titlePage = titlePage;
    }

    /// <summary>Adds a numbered heading of level 1–3.</summary>
    public ReportDocumentBuilder Heading(int level, string text)
    {
        if (level is < 1 or > 3)
            throw new ArgumentOutOfRangeException(nameof(level), level, "Headings have levels 1 to 3.");
        return Add(new HeadingBlock(level, text));
    }

    /// <summary>Adds a paragraph.</summary>
    public ReportDocumentBuilder Paragraph(string text, ParagraphStyle style = ParagraphStyle.Body) => Add(new ParagraphBlock(text, style));

    /// <summary>Adds a table; every row must have one cell per column.</summary>
    public ReportDocumentBuilder Table(IReadOnlyList<TableColumn> columns, IEnumerable<IReadOnlyList<TableCell>> rows, string? caption)
    {
        if (columns.Count == 0)
            throw new ArgumentException("A table needs at least one column.", nameof(columns));
        var copy = new List<IReadOnlyList<TableCell>>();
        foreach (IReadOnlyList<TableCell> row in rows)
        {
            if (row.Count != columns.Count)
                throw new ArgumentException($"Table '{caption}' row {copy.Count + 1} has {row.Count} cells for {columns.Count} columns.", nameof(rows));
            copy.Add(row.ToArray());
        }
        return Add(new TableBlock(columns.ToArray(), copy, caption));
    }

    /// <summary>Adds a chart with a caption, at <paramref name="widthPt"/> (default: text width) and <paramref name="heightPt"/> (default: 0.62 × width).</summary>
    public ReportDocumentBuilder Figure(Figure figure, string caption, double? widthPt = null, double? heightPt = null)
        => Add(new FigureBlock(figure, caption) { WidthPt = widthPt, HeightPt = heightPt });

    /// <summary>Continues on a new page.</summary>
    public ReportDocumentBuilder PageBreak() => Add(new PageBreakBlock());

    /// <summary>Embeds a file (copied now; later changes to <paramref name="content"/> do not affect the report).</summary>
    public ReportDocumentBuilder Attach(string fileName, ReadOnlySpan<byte> content, string mimeType, string description,
        AttachmentRelationship relationship)
    {
        if (string.IsNullOrWhiteSpace(fileName) || fileName.IndexOfAny(['/', '\\']) >= 0)
            throw new ArgumentException($"Attachment name '{fileName}' must be a plain file name.", nameof(fileName));
        foreach (Attachment a in _attachments)
        {
            if (a.FileName == fileName)
                throw new ArgumentException($"An attachment named '{fileName}' was already added.", nameof(fileName));
        }
        _attachments.Add(new Attachment(fileName, content.ToImmutableArray(), mimeType, description, relationship));
        return this;
    }

    /// <summary>The finished, immutable document.</summary>
    public ReportDocument Build() => new(_metadata, _titlePage, _blocks.ToArray(), _attachments.ToArray());

    private ReportDocumentBuilder Add(Block block)
    {
        _blocks.Add(block);
        return this;
    }
}
