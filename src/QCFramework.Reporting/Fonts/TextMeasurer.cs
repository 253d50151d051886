using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace QCFramework.Reporting.Fonts;

/// <summary>
/// Measures text in the embedded DejaVu faces through PDFsharp's own font metrics (hmtx advance widths,
/// hhea ascent and descent), so the widths used for layout are the widths PDFsharp draws, and the SVG
/// renderer pins each string to the same width. Not thread-safe: give each layout its own instance.
/// </summary>
public sealed class TextMeasurer
{
    private readonly XGraphics _context;
    private readonly Dictionary<FontSpec, XFont> _fonts = new();

    /// <summary>Creates a measurer over a PDFsharp measure context.</summary>
    public TextMeasurer()
    {
        ReportFonts.EnsureInitialized();
        _context = XGraphics.CreateMeasureContext(new XSize(1000, 1000), XGraphicsUnit.Point, XPageDirection.Downwards);
    }

    /// <summary>The advance width of <paramref name="text"/> in points.</summary>
    public double WidthPt(string text, FontSpec font)
        => text.Length == 0 ? 0 : _context.MeasureString(text, Font(font)).Width;

    /// <summary>Distance from the baseline up to the top of the font's cell, in points.</summary>
    public double AscentPt(FontSpec font)
    {
        XFont f = Font(font);
        return font.SizePt * f.Metrics.Ascent / f.Metrics.UnitsPerEm;
    }

    /// <summary>Distance from the baseline down to the bottom of the font's cell, in points (positive).</summary>
    public double DescentPt(FontSpec font)
    {
        XFont f = Font(font);
        return font.SizePt * Math.Abs(f.Metrics.Descent) / f.Metrics.UnitsPerEm;
    }

    /// <summary>Baseline-to-baseline distance for single-spaced lines, in points.</summary>
    public double LineHeightPt(FontSpec font) => AscentPt(font) + DescentPt(font);

    /// <summary>The PDFsharp font for <paramref name="font"/>; Unicode (Identity-H) encoding so every glyph has a ToUnicode entry.</summary>
    internal XFont Font(FontSpec font)
    {
        if (!_fonts.TryGetValue(font, out XFont? f))
        {
            f = Create(font);
            _fonts.Add(font, f);
        }
        return f;
    }

    /// <summary>Creates the PDFsharp font for a spec (used by the PDF renderers too).</summary>
    internal static XFont Create(FontSpec font)
    {
        ReportFonts.EnsureInitialized();
        return new XFont(ReportFonts.FamilyName, font.SizePt, font.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular,
            new XPdfFontOptions(PdfFontEncoding.Unicode));
    }
}
