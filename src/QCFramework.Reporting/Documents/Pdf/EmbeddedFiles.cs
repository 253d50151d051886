using PdfSharp.Pdf;

namespace QCFramework.Reporting.Documents.Pdf;

/// <summary>
/// Embeds attachments as PDF/A-3 associated files (ISO 19005-3 §6.8): each file specification carries
/// /F, /UF, /Desc and /AFRelationship and is listed in the catalog's /AF array; each embedded stream
/// carries its MIME type as /Subtype and its size and dates in /Params. The dates are the document's
/// creation date, not the time of rendering (PDFsharp would write "now").
/// </summary>
internal static class EmbeddedFiles
{
    public static void Add(PdfDocument document, IReadOnlyList<Attachment> attachments, DateTime createdUtc)
    {
        if (attachments.Count == 0)
            return;
        var byName = new Dictionary<string, Attachment>(StringComparer.Ordinal);
        foreach (Attachment a in attachments)
        {
            byName.Add(a.FileName, a);
            document.AddEmbeddedFile(a.FileName, new MemoryStream(a.Content.ToArray(), writable: false));
        }

        PdfDictionary names = document.Internals.Catalog.Names;
        var tree = (PdfDictionary)names.Elements.GetReference("/EmbeddedFiles")!.Value;
        PdfArray entries = tree.Elements.GetArray("/Names")!;
        var associated = new PdfArray(document);
        // The name tree keeps its entries sorted by name: pairs of (name, file specification reference).
        for (int i = 0; i < entries.Elements.Count; i += 2)
        {
            string name = entries.Elements.GetString(i);
            Attachment a = byName[name];
            var reference = (PdfSharp.Pdf.Advanced.PdfReference)entries.Elements[i + 1];
            var spec = (PdfDictionary)reference.Value;
            spec.Elements.SetString("/Desc", a.Description);
            spec.Elements.SetName("/AFRelationship", "/" + a.Relationship.ToString());

            PdfDictionary ef = spec.Elements.GetDictionary("/EF")!;
            var stream = (PdfDictionary)ef.Elements.GetReference("/F")!.Value;
            stream.Elements.SetName("/Subtype", "/" + a.MimeType);
            var parameters = new PdfDictionary(document);
            parameters.Elements.SetInteger("/Size", a.Content.Length);
            parameters.Elements.SetDateTime("/CreationDate", createdUtc);
            parameters.Elements.SetDateTime("/ModDate", createdUtc);
            stream.Elements["/Params"] = parameters;
            associated.Elements.Add(reference);
        }
        document.Internals.Catalog.Elements["/AF"] = associated;
    }
}
