using System.IO.Compression;
using System.Text;

namespace QCFramework.Reporting.Documents.Pdf;

/// <summary>
/// Repairs two things in PDFsharp 6.5's PDF/A output that no public API reaches, by replacing whole
/// objects in the saved file:
/// <list type="bullet">
/// <item>the XMP metadata stream, which PDFsharp writes with random UUIDs (so no two renderings are
/// identical), with unescaped text, and declaring PDF/A-1A, whose rules forbid the embedded files a
/// report carries — it becomes <see cref="XmpPacket"/>'s PDF/A-3B packet;</item>
/// <item>the sRGB output-intent ICC profile, which PDFsharp deflates without the zlib Adler-32 trailer
/// (RFC 1950 §2.2), so strict readers report a damaged stream — it is stored unfiltered instead.</item>
/// </list>
/// </summary>
internal static class PdfAFinisher
{
    public static byte[] Finish(byte[] pdf, byte[] xmp)
    {
        ClassicPdfFile file = ClassicPdfFile.Parse(pdf);
        int root = ClassicPdfFile.Reference(file.Trailer, "/Root") ?? throw Missing("trailer /Root");
        string catalog = file.ObjectText(root);
        int metadata = ClassicPdfFile.Reference(catalog, "/Metadata") ?? throw Missing("catalog /Metadata");
        int profile = ClassicPdfFile.Reference(catalog, "/DestOutputProfile") ?? throw Missing("output intent /DestOutputProfile");

        var replacements = new Dictionary<int, byte[]>
        {
            [metadata] = ClassicPdfFile.StreamObject(metadata, "/Type/Metadata/Subtype/XML", xmp),
            [profile] = ClassicPdfFile.StreamObject(profile, "/N 3", IccProfile(file, profile)),
        };
        return file.Rewrite(replacements);
    }

    /// <summary>The ICC profile's bytes, inflated from PDFsharp's zlib-headed deflate stream and checked to be an ICC profile.</summary>
    private static byte[] IccProfile(ClassicPdfFile file, int number)
    {
        string text = file.ObjectText(number);
        byte[] data = file.StreamData(number);
        byte[] profile = data;
        if (text.Contains("/FlateDecode", StringComparison.Ordinal))
        {
            // Skip the two-byte zlib header (RFC 1950 §2.2) and inflate the raw deflate data behind it.
            using var inflater = new DeflateStream(new MemoryStream(data, 2, data.Length - 2), CompressionMode.Decompress);
            using var output = new MemoryStream();
            inflater.CopyTo(output);
            profile = output.ToArray();
        }
        // An ICC profile has its size in bytes 0–3 (big-endian) and the signature "acsp" at bytes 36–39 (ICC.1:2010 §7.2).
        bool valid = profile.Length >= 128
            && Encoding.ASCII.GetString(profile, 36, 4) == "acsp"
            && (profile[0] << 24 | profile[1] << 16 | profile[2] << 8 | profile[3]) == profile.Length;
        if (!valid)
            throw new InvalidOperationException("The PDF/A output intent's profile written by PDFsharp is not a valid ICC profile.");
        return profile;
    }

    private static InvalidOperationException Missing(string what)
        => new($"PDFsharp's PDF/A output has no {what}; PDFsharp's output format has changed.");
}
