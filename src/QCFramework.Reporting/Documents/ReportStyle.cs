using QCFramework.Reporting.Charts;
using QCFramework.Reporting.Fonts;

namespace QCFramework.Reporting.Documents;

/// <summary>Page geometry, type sizes and colours of reports. The default is A4 portrait with 20 mm margins.</summary>
public sealed record ReportStyle
{
    /// <summary>The house style.</summary>
    public static ReportStyle Default { get; } = new();

    /// <summary>Page width (A4: 210 mm).</summary>
    public double PageWidthPt { get; init; } = 595.276;

    /// <summary>Page height (A4: 297 mm).</summary>
    public double PageHeightPt { get; init; } = 841.89;

    /// <summary>Left and right margins (20 mm).</summary>
    public double SideMarginPt { get; init; } = 56.693;

    /// <summary>Top margin (20 mm).</summary>
    public double TopMarginPt { get; init; } = 56.693;

    /// <summary>Bottom margin (25 mm), holding the footer.</summary>
    public double BottomMarginPt { get; init; } = 70.866;

    /// <summary>Title-page title.</summary>
    public FontSpec TitleFont { get; init; } = new(22, true);

    /// <summary>Title-page subtitle.</summary>
    public FontSpec SubtitleFont { get; init; } = new(13);

    /// <summary>Level-1 headings.</summary>
    public FontSpec Heading1Font { get; init; } = new(15, true);

    /// <summary>Level-2 headings.</summary>
    public FontSpec Heading2Font { get; init; } = new(12, true);

    /// <summary>Level-3 headings.</summary>
    public FontSpec Heading3Font { get; init; } = new(10.5, true);

    /// <summary>Body text and table-of-contents entries.</summary>
    public FontSpec BodyFont { get; init; } = new(9.5);

    /// <summary>Notes.</summary>
    public FontSpec NoteFont { get; init; } = new(8.5);

    /// <summary>Table cells.</summary>
    public FontSpec TableFont { get; init; } = new(8.5);

    /// <summary>Table headers and badges.</summary>
    public FontSpec TableHeaderFont { get; init; } = new(8.5, true);

    /// <summary>Table and figure captions.</summary>
    public FontSpec CaptionFont { get; init; } = new(8.5);

    /// <summary>Footer.</summary>
    public FontSpec FooterFont { get; init; } = new(7.5);

    /// <summary>Baseline distance as a multiple of the font's cell height.</summary>
    public double LineSpacing { get; init; } = 1.15;

    /// <summary>Space after a paragraph.</summary>
    public double ParagraphSpacingPt { get; init; } = 6;

    /// <summary>Space after a table or figure.</summary>
    public double BlockSpacingPt { get; init; } = 10;

    /// <summary>Padding inside table cells.</summary>
    public double CellPaddingPt { get; init; } = 3;

    /// <summary>Grey for notes and the footer.</summary>
    public Rgb MutedText { get; init; } = Rgb.FromHex("#555555");

    /// <summary>Table header background.</summary>
    public Rgb HeaderFill { get; init; } = Rgb.FromHex("#e6ebf1");

    /// <summary>Table rules and the footer rule.</summary>
    public Rgb RuleColor { get; init; } = Rgb.FromHex("#c4c4c4");

    /// <summary>PASS badge (white text on it has a contrast ratio above 4.5:1).</summary>
    public Rgb PassFill { get; init; } = Rgb.FromHex("#1a7f37");

    /// <summary>FAIL badge.</summary>
    public Rgb FailFill { get; init; } = Rgb.FromHex("#c62828");

    /// <summary>N/A badge.</summary>
    public Rgb NotApplicableFill { get; init; } = Rgb.FromHex("#6b6b6b");

    /// <summary>Left edge of the text column.</summary>
    public double ContentLeftPt => SideMarginPt;

    /// <summary>Width of the text column.</summary>
    public double ContentWidthPt => PageWidthPt - 2 * SideMarginPt;

    /// <summary>Lowest y content may reach.</summary>
    public double ContentBottomPt => PageHeightPt - BottomMarginPt;
}
