using PdfSharp;
using PdfSharp.Fonts;

namespace QCFramework.Reporting.Fonts;

/// <summary>
/// The typeface every report and figure uses, and the one-time PDFsharp setup it needs: the AGPL licence
/// declaration and the font resolver that serves the embedded DejaVu faces.
/// </summary>
public static class ReportFonts
{
    /// <summary>The family name used in PDF and SVG output.</summary>
    public const string FamilyName = "DejaVu Sans";

    private static readonly object Gate = new();
    private static bool _initialized;

    /// <summary>
    /// Declares the AGPL licence to PDFsharp and installs the embedded font resolver. Idempotent and
    /// thread-safe; every entry point that touches PDFsharp fonts calls it first.
    /// </summary>
    /// <exception cref="InvalidOperationException">Another font resolver was installed first.</exception>
    public static void EnsureInitialized()
    {
        lock (Gate)
        {
            if (_initialized)
                return;
            // QCFramework is AGPL-3.0-or-later, which PDFsharp 6.5 requires us to state (docs.pdfsharp.net/link/license-loading.html).
            PdfSharpLicense.SetAgplLicense();
            if (GlobalFontSettings.FontResolver is null)
                GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
            else if (GlobalFontSettings.FontResolver is not EmbeddedFontResolver)
                throw new InvalidOperationException(
                    "A different PDFsharp font resolver is installed; reports need QCFramework's embedded DejaVu resolver.");
            _initialized = true;
        }
    }
}
