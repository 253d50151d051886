using System.Globalization;
using System.Text;
using System.Xml;

namespace QCFramework.Reporting.Documents.Pdf;

/// <summary>
/// The document's XMP metadata packet (ISO 16684-1) declaring PDF/A-3b (ISO 19005-3), with the same
/// title, author, subject, keywords, creator, producer and dates as the document information
/// dictionary, as PDF/A requires. Written with an XML writer so that every value is escaped.
/// </summary>
internal static class XmpPacket
{
    private const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    /// <summary>The PDF/A part this library declares: 3, because reports embed arbitrary files (CSV, JSON), which only PDF/A-3 allows.</summary>
    public const int PdfAPart = 3;

    /// <summary>The conformance level declared: B (visual appearance).</summary>
    public const string PdfAConformance = "B";

    public static byte[] Create(DocumentMetadata metadata, string producer)
    {
        string date = metadata.CreatedAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            OmitXmlDeclaration = true,
            Indent = true,
            IndentChars = " ",
            NewLineChars = "\n",
        };
        using var stream = new MemoryStream();
        using (XmlWriter w = XmlWriter.Create(stream, settings))
        {
            // The packet header's begin attribute holds a byte-order mark (XMP Part 3 §1.1.2).
            w.WriteProcessingInstruction("xpacket", "begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"");
            w.WriteStartElement("x", "xmpmeta", "adobe:ns:meta/");
            w.WriteStartElement("rdf", "RDF", Rdf);

            Description(w, "pdfaid", "http://www.aiim.org/pdfa/ns/id/");
            w.WriteElementString("pdfaid", "part", null, PdfAPart.ToString(CultureInfo.InvariantCulture));
            w.WriteElementString("pdfaid", "conformance", null, PdfAConformance);
            w.WriteEndElement();

            Description(w, "dc", "http://purl.org/dc/elements/1.1/");
            w.WriteElementString("dc", "format", null, "application/pdf");
            LangAlt(w, "title", metadata.Title);
            w.WriteStartElement("dc", "creator", null);
            w.WriteStartElement("rdf", "Seq", Rdf);
            w.WriteElementString("rdf", "li", Rdf, metadata.Author);
            w.WriteEndElement();
            w.WriteEndElement();
            if (metadata.Subject.Length > 0)
                LangAlt(w, "description", metadata.Subject);
            w.WriteEndElement();

            Description(w, "pdf", "http://ns.adobe.com/pdf/1.3/");
            w.WriteElementString("pdf", "Producer", null, producer);
            if (metadata.Keywords.Length > 0)
                w.WriteElementString("pdf", "Keywords", null, metadata.Keywords);
            w.WriteEndElement();

            Description(w, "xmp", "http://ns.adobe.com/xap/1.0/");
            w.WriteElementString("xmp", "CreatorTool", null, metadata.Creator);
            w.WriteElementString("xmp", "CreateDate", null, date);
            w.WriteElementString("xmp", "ModifyDate", null, date);
            w.WriteElementString("xmp", "MetadataDate", null, date);
            w.WriteEndElement();

            Description(w, "xmpMM", "http://ns.adobe.com/xap/1.0/mm/");
            w.WriteElementString("xmpMM", "DocumentID", null, "uuid:" + DocumentIdentity.Uuid(metadata.Identity, "xmp-document"));
            w.WriteElementString("xmpMM", "InstanceID", null, "uuid:" + DocumentIdentity.Uuid(metadata.Identity, "xmp-instance"));
            w.WriteEndElement();

            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteProcessingInstruction("xpacket", "end=\"r\"");
        }
        return stream.ToArray();
    }

    private static void Description(XmlWriter w, string prefix, string ns)
    {
        w.WriteStartElement("rdf", "Description", Rdf);
        w.WriteAttributeString("rdf", "about", Rdf, "");
        w.WriteAttributeString("xmlns", prefix, null, ns);
    }

    private static void LangAlt(XmlWriter w, string name, string value)
    {
        w.WriteStartElement("dc", name, null);
        w.WriteStartElement("rdf", "Alt", Rdf);
        w.WriteStartElement("rdf", "li", Rdf);
        w.WriteAttributeString("xml", "lang", null, "x-default");
        w.WriteString(value);
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }
}
