using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;
using QCFramework.Reporting.Documents.Layout;
using QCFramework.Reporting.Fonts;

namespace QCFramework.Reporting.Documents.Pdf;

/// <summary>
/// Renders a <see cref="ReportDocument"/> as a tagged PDF/A-3b file: A4 pages, title page, table of
/// contents with page numbers, PDF outline (bookmarks), "Page i of n" footers, document information
/// and XMP metadata, embedded attachments, all fonts embedded. The same document (including its
/// creation date and identity) always gives the same bytes.
/// </summary>
public static class PdfReportWriter
{
    /// <summary>Renders the document and returns the PDF file's bytes.</summary>
    public static byte[] Render(ReportDocument document, ReportStyle? style = null)
    {
        ReportFonts.EnsureInitialized();
        style ??= ReportStyle.Default;
        DocumentLayout layout = new Paginator(style, new TextMeasurer()).Layout(document);
        DocumentMetadata meta = document.Metadata;
        DateTime created = meta.CreatedAt.UtcDateTime;

        var pdf = new PdfDocument();
        pdf.SetPdfA();
        // PDFsharp 6.5 deflates streams without the zlib Adler-32 trailer, which qpdf and other strict readers
        // report as damaged; the reports stay uncompressed instead (a few hundred kilobytes).
        pdf.Options.NoCompression = true;
        pdf.Options.CompressContentStreams = false;
        pdf.Language = meta.Language;
        pdf.Info.Title = meta.Title;
        if (meta.Author.Length > 0)
            pdf.Info.Author = meta.Author;
        if (meta.Subject.Length > 0)
            pdf.Info.Subject = meta.Subject;
        if (meta.Keywords.Length > 0)
            pdf.Info.Keywords = meta.Keywords;
        pdf.Info.Creator = meta.Creator;
        pdf.Info.CreationDate = created;
        pdf.Info.ModificationDate = created;
        string id = DocumentIdentity.RawString(DocumentIdentity.Bytes(meta.Identity, "pdf-file-id"));
        pdf.Internals.FirstDocumentID = id;
        pdf.Internals.SecondDocumentID = id;

        StructureBuilder structure = UAManager.ForDocument(pdf).StructureBuilder;
        var drawer = new PdfPageDrawer(structure);
        var pages = new List<PdfPage>();
        structure.BeginElement(PdfGroupingElementTag.Document);
        foreach (PageLayout pageLayout in layout.Pages)
        {
            PdfPage page = pdf.AddPage();
            page.Width = XUnit.FromPoint(style.PageWidthPt);
            page.Height = XUnit.FromPoint(style.PageHeightPt);
            pages.Add(page);
            using XGraphics g = XGraphics.FromPdfPage(page);
            drawer.Draw(pageLayout, g);
        }
        structure.End();

        Outline(pdf, pages, layout.Outline, style);
        EmbeddedFiles.Add(pdf, document.Attachments, created);
        FontSubsetTags.MakeDeterministic(pdf);

        using var saved = new MemoryStream();
        pdf.Save(saved);
        return PdfAFinisher.Finish(saved.ToArray(), XmpPacket.Create(meta, pdf.Info.Producer));
    }

    /// <summary>Renders the document to <paramref name="stream"/>.</summary>
    public static void Write(ReportDocument document, Stream stream, ReportStyle? style = null)
        => stream.Write(Render(document, style));

    /// <summary>Bookmarks nested by heading level, each opening its page at the heading.</summary>
    private static void Outline(PdfDocument pdf, List<PdfPage> pages, IReadOnlyList<OutlineEntry> entries, ReportStyle style)
    {
        var parents = new PdfOutline?[4];
        foreach (OutlineEntry e in entries)
        {
            int level = Math.Max(e.Level, 1);
            PdfOutlineCollection siblings = level == 1 || parents[level - 1] is null ? pdf.Outlines : parents[level - 1]!.Outlines;
            PdfOutline item = siblings.Add(e.Title, pages[e.PageIndex], true);
            item.PageDestinationType = PdfPageDestinationType.Xyz;
            // Outline destinations are in PDF user space, whose y axis points up from the bottom of the page.
            item.Top = style.PageHeightPt - e.TopPt + 4;
            parents[level] = item;
            for (int deeper = level + 1; deeper < parents.Length; deeper++)
                parents[deeper] = null;
        }
    }
}
