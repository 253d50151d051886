using System.Reflection;
using PdfSharp.Fonts;

namespace QCFramework.Reporting.Fonts;

/// <summary>
/// Serves DejaVu Sans and DejaVu Sans Bold from this assembly's resources, and nothing else: a report
/// renders the same on a bare machine as on a workstation, and a request for any other family fails
/// loudly instead of silently substituting a font with different metrics.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    private const string RegularFace = "DejaVuSans";
    private const string BoldFace = "DejaVuSans-Bold";

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic)
    {
        if (!string.Equals(familyName, ReportFonts.FamilyName, StringComparison.OrdinalIgnoreCase))
            return null;
        // No oblique face is shipped; PDFsharp slants the upright face if italics are ever asked for.
        return new FontResolverInfo(isBold ? BoldFace : RegularFace, false, isItalic);
    }

    /// <inheritdoc />
    public byte[]? GetFont(string faceName)
    {
        if (faceName is not (RegularFace or BoldFace))
            return null;
        string resource = $"QCFramework.Reporting.Fonts.{faceName}.ttf";
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded font resource '{resource}' is missing from the build.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
