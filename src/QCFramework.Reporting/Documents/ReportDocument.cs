namespace QCFramework.Reporting.Documents;

/// <summary>
/// A complete report, independent of rendering: metadata, title page, content blocks in reading order,
/// and embedded files. Build one with <see cref="ReportDocumentBuilder"/> and render it with
/// <see cref="Pdf.PdfReportWriter"/>.
/// </summary>
/// <param name="Metadata">Document information.</param>
/// <param name="TitlePage">The first page.</param>
/// <param name="Blocks">Content after the table of contents.</param>
/// <param name="Attachments">Embedded files.</param>
public sealed record ReportDocument(DocumentMetadata Metadata, TitlePage TitlePage, IReadOnlyList<Block> Blocks,
    IReadOnlyList<Attachment> Attachments);
