using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;
using QCFramework.Reporting.Charts;
using QCFramework.Reporting.Charts.Rendering;
using QCFramework.Reporting.Documents.Layout;
using QCFramework.Reporting.Fonts;

namespace QCFramework.Reporting.Documents.Pdf;

/// <summary>
/// Draws a page's placements with PDFsharp and mirrors the structure markers into the tagged-PDF
/// structure tree (PDFsharp's <see cref="StructureBuilder"/>): content inside its element, decoration
/// marked as artifacts.
/// </summary>
internal sealed class PdfPageDrawer(StructureBuilder structure)
{
    private readonly Dictionary<FontSpec, XFont> _fonts = new();

    public void Draw(PageLayout page, XGraphics g)
    {
        foreach (Placement p in page.Items)
        {
            switch (p)
            {
                case BeginStructure b:
                    Begin(b);
                    break;
                case EndStructure:
                case EndArtifact:
                    structure.End();
                    break;
                case BeginArtifact:
                    structure.BeginArtifact();
                    break;
                case TextPlacement t:
                    g.DrawString(t.Text, Font(t.Font), PdfPaint.Brush(t.Color), t.X, t.Baseline);
                    break;
                case RulePlacement r:
                    g.DrawLine(PdfPaint.Pen(r.Stroke), r.From.X, r.From.Y, r.To.X, r.To.Y);
                    break;
                case BoxPlacement box:
                    Box(g, box);
                    break;
                case ChartPlacement c:
                    PdfChartRenderer.Draw(c.Scene, g, c.Left, c.Top);
                    break;
                default:
                    throw new InvalidOperationException($"No PDF form for {p.GetType().Name}.");
            }
        }
    }

    private void Begin(BeginStructure b)
    {
        switch (b.Kind)
        {
            case StructureKind.Heading1:
                structure.BeginElement(PdfBlockLevelElementTag.Heading1);
                break;
            case StructureKind.Heading2:
                structure.BeginElement(PdfBlockLevelElementTag.Heading2);
                break;
            case StructureKind.Heading3:
                structure.BeginElement(PdfBlockLevelElementTag.Heading3);
                break;
            case StructureKind.Paragraph:
                structure.BeginElement(PdfBlockLevelElementTag.Paragraph);
                break;
            case StructureKind.Table:
                structure.BeginElement(PdfBlockLevelElementTag.Table);
                break;
            case StructureKind.TableRow:
                structure.BeginElement(PdfBlockLevelElementTag.TableRow);
                break;
            case StructureKind.TableHeaderCell:
                structure.BeginElement(PdfBlockLevelElementTag.TableHeaderCell);
                break;
            case StructureKind.TableDataCell:
                structure.BeginElement(PdfBlockLevelElementTag.TableDataCell);
                break;
            case StructureKind.Figure:
                structure.BeginElement(PdfIllustrationElementTag.Figure, b.AltText ?? "", PdfPaint.Rect(b.Box ?? default));
                break;
            case StructureKind.Caption:
                structure.BeginElement(PdfGroupingElementTag.Caption);
                break;
            case StructureKind.TableOfContents:
                structure.BeginElement(PdfGroupingElementTag.TableOfContents);
                break;
            case StructureKind.TableOfContentsItem:
                structure.BeginElement(PdfGroupingElementTag.TableOfContentsItem);
                break;
            default:
                throw new InvalidOperationException($"No PDF structure type for {b.Kind}.");
        }
    }

    private static void Box(XGraphics g, BoxPlacement box)
    {
        XRect rect = PdfPaint.Rect(box.Rect);
        if (box.Fill is Rgb fill)
        {
            if (box.CornerRadiusPt > 0)
                g.DrawRoundedRectangle(PdfPaint.Brush(fill), rect, new XSize(2 * box.CornerRadiusPt, 2 * box.CornerRadiusPt));
            else
                g.DrawRectangle(PdfPaint.Brush(fill), rect);
        }
        if (box.Outline is Stroke outline)
            g.DrawRectangle(PdfPaint.Pen(outline), rect);
    }

    private XFont Font(FontSpec spec)
    {
        if (!_fonts.TryGetValue(spec, out XFont? font))
        {
            font = TextMeasurer.Create(spec);
            _fonts.Add(spec, font);
        }
        return font;
    }
}
