using System.Globalization;
using QCFramework.Reporting.Charts;
using QCFramework.Reporting.Charts.Layout;
using QCFramework.Reporting.Fonts;

namespace QCFramework.Reporting.Documents.Layout;

/// <summary>
/// Lays a report out on pages: title page, table of contents (sized first from the number of headings,
/// filled in once the content is paginated), then the blocks in order, and finally a footer with
/// "Page i of n" on every page. Headings keep with what follows; table rows are never split and a
/// continued table repeats its header; a figure moves to the next page rather than being cut.
/// </summary>
internal sealed class Paginator
{
    private const double TocPageNumberWidthPt = 36;
    private const double TocIndentPerLevelPt = 16;
    private const double HeadingKeepWithNextPt = 36;

    private readonly ReportStyle _s;
    private readonly TextMeasurer _m;
    private readonly ChartLayoutEngine _charts;
    private readonly List<PageLayout> _pages = [];
    private readonly List<OutlineEntry> _outline = [];
    private double _y;
    private int _tableNumber;
    private int _figureNumber;

    public Paginator(ReportStyle style, TextMeasurer measurer)
    {
        _s = style;
        _m = measurer;
        _charts = new ChartLayoutEngine(measurer);
    }

    private PageLayout Page => _pages[^1];

    private double Top => _s.TopMarginPt;

    private double Left => _s.ContentLeftPt;

    private double Width => _s.ContentWidthPt;

    private bool AtPageTop => _y <= Top;

    public DocumentLayout Layout(ReportDocument document)
    {
        TitlePageContent(document.TitlePage);

        var headings = NumberHeadings(document.Blocks);
        var tocLines = new List<TocLine>();
        foreach (var (_, title, level) in headings)
            tocLines.Add(new TocLine(level, TextWrapper.Wrap(title, TocTextWidth(level), _s.BodyFont, _m)));
        int tocFirstPage = _pages.Count;
        int tocPageCount = CountTocPages(tocLines);
        for (int i = 0; i < tocPageCount; i++)
            NewPage();

        NewPage();
        int headingIndex = 0;
        var headingPages = new int[headings.Count];
        for (int b = 0; b < document.Blocks.Count; b++)
        {
            Block block = document.Blocks[b];
            switch (block)
            {
                case HeadingBlock:
                    Block? next = b + 1 < document.Blocks.Count ? document.Blocks[b + 1] : null;
                    headingPages[headingIndex] = Heading(headings[headingIndex].Title, headings[headingIndex].Level, StartHeight(next));
                    headingIndex++;
                    break;
                case ParagraphBlock p:
                    Paragraph(p);
                    break;
                case TableBlock t:
                    Table(t);
                    break;
                case FigureBlock f:
                    FigureContent(f);
                    break;
                case PageBreakBlock when !AtPageTop:
                    NewPage();
                    break;
            }
        }

        TableOfContents(tocLines, headingPages, tocFirstPage);
        Footers(document.Metadata.Title);
        return new DocumentLayout(_pages, _outline);
    }

    private void NewPage()
    {
        _pages.Add(new PageLayout());
        _y = Top;
    }

    private double Space => _s.ContentBottomPt - _y;

    private double LineStep(FontSpec font) => _m.LineHeightPt(font) * _s.LineSpacing;

    /// <summary>
    /// Emits wrapped lines, each in a line box of one line step starting at <see cref="_y"/>, and advances
    /// <see cref="_y"/>. With <paramref name="breakAcrossPages"/> a line that does not fit goes to the next
    /// page (the open structure element simply continues there).
    /// </summary>
    private void Lines(IReadOnlyList<string> lines, FontSpec font, Rgb color, double x, bool breakAcrossPages)
    {
        double step = LineStep(font);
        double lead = (step - _m.LineHeightPt(font)) / 2 + _m.AscentPt(font);
        foreach (string line in lines)
        {
            if (breakAcrossPages && _y + step > _s.ContentBottomPt)
                NewPage();
            Page.Items.Add(new TextPlacement(line, x, _y + lead, font, color));
            _y += step;
        }
    }

    private void TitlePageContent(TitlePage title)
    {
        NewPage();
        _y = _s.PageHeightPt * 0.26;
        Page.Items.Add(new BeginStructure(StructureKind.Heading1));
        Lines(TextWrapper.Wrap(title.Title, Width, _s.TitleFont, _m), _s.TitleFont, Rgb.Black, Left, false);
        Page.Items.Add(new EndStructure());
        if (title.Subtitle is not null)
        {
            _y += 6;
            Page.Items.Add(new BeginStructure(StructureKind.Paragraph));
            Lines(TextWrapper.Wrap(title.Subtitle, Width, _s.SubtitleFont, _m), _s.SubtitleFont, _s.MutedText, Left, false);
            Page.Items.Add(new EndStructure());
        }
        _y += 28;
        Page.Items.Add(new BeginArtifact());
        Page.Items.Add(new RulePlacement(new PointPt(Left, _y - 14), new PointPt(Left + Width, _y - 14), new Stroke(_s.RuleColor, 0.75)));
        Page.Items.Add(new EndArtifact());
        if (title.Details.Count > 0)
        {
            var rows = new List<IReadOnlyList<TableCell>>();
            foreach (var (key, value) in title.Details)
                rows.Add([new TableCell(key, Bold: true), new TableCell(value)]);
            var table = new TableBlock(
                [new TableColumn("Item") { WidthWeight = 1 }, new TableColumn("Value") { WidthWeight = 2.6 }], rows, null);
            TableRows(new TableLayout(table, Width, _s, _m), showHeader: false);
        }
    }

    /// <summary>Numbers headings ("1", "1.1", "1.1.1") in document order.</summary>
    private static List<(int BlockIndex, string Title, int Level)> NumberHeadings(IReadOnlyList<Block> blocks)
    {
        var counters = new int[3];
        var result = new List<(int, string, int)>();
        for (int i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not HeadingBlock h)
                continue;
            if (h.Level is < 1 or > 3)
                throw new ArgumentException($"Heading '{h.Text}' has level {h.Level}; levels are 1 to 3.");
            counters[h.Level - 1]++;
            for (int k = h.Level; k < 3; k++)
                counters[k] = 0;
            string number = string.Join('.', counters.Take(h.Level).Select(c => c.ToString(CultureInfo.InvariantCulture)));
            result.Add((i, $"{number} {h.Text}", h.Level));
        }
        return result;
    }

    private double HeadingSize(int level, out FontSpec font, out double spaceBefore, out double spaceAfter)
    {
        (font, spaceBefore, spaceAfter) = level switch
        {
            1 => (_s.Heading1Font, 16.0, 6.0),
            2 => (_s.Heading2Font, 12.0, 4.0),
            _ => (_s.Heading3Font, 9.0, 3.0),
        };
        return LineStep(font);
    }

    /// <summary>
    /// Places a heading, moving to a new page unless the start of the next block (<paramref name="keepWithNextPt"/>)
    /// fits under it; returns its page index.
    /// </summary>
    private int Heading(string numberedTitle, int level, double keepWithNextPt)
    {
        double step = HeadingSize(level, out FontSpec font, out double before, out double after);
        IReadOnlyList<string> lines = TextWrapper.Wrap(numberedTitle, Width, font, _m);
        double height = lines.Count * step + after;
        if (!AtPageTop && before + height + keepWithNextPt > Space)
            NewPage();
        if (!AtPageTop)
            _y += before;
        _outline.Add(new OutlineEntry(numberedTitle, level, _pages.Count - 1, _y));
        Page.Items.Add(new BeginStructure(level switch { 1 => StructureKind.Heading1, 2 => StructureKind.Heading2, _ => StructureKind.Heading3 }));
        Lines(lines, font, Rgb.Black, Left, false);
        Page.Items.Add(new EndStructure());
        _y += after;
        return _pages.Count - 1;
    }

    /// <summary>
    /// The height the next block needs on the same page as a heading above it: the first two lines of a
    /// paragraph, a table's caption, header and first row, a whole figure, or the next heading.
    /// </summary>
    private double StartHeight(Block? next)
    {
        switch (next)
        {
            case ParagraphBlock p:
                return 2 * LineStep(p.Style == ParagraphStyle.Note ? _s.NoteFont : _s.BodyFont);
            case TableBlock t:
                var layout = new TableLayout(t, Width, _s, _m);
                double caption = t.Caption is null ? 0 : LineStep(_s.CaptionFont) + 3;
                return caption + layout.Header.HeightPt + (layout.Rows.Count > 0 ? layout.Rows[0].HeightPt : 0);
            case FigureBlock f:
                double width = Math.Min(f.WidthPt ?? Width, Width);
                return (f.HeightPt ?? Math.Round(0.62 * width, 2)) + 4 + LineStep(_s.CaptionFont);
            case HeadingBlock h:
                return HeadingSize(h.Level, out _, out _, out double after) + after + HeadingKeepWithNextPt;
            default:
                return HeadingKeepWithNextPt;
        }
    }

    private void Paragraph(ParagraphBlock p)
    {
        FontSpec font = p.Style == ParagraphStyle.Note ? _s.NoteFont : _s.BodyFont;
        Rgb color = p.Style == ParagraphStyle.Note ? _s.MutedText : Rgb.Black;
        if (Space < LineStep(font))
            NewPage();
        Page.Items.Add(new BeginStructure(StructureKind.Paragraph));
        Lines(TextWrapper.Wrap(p.Text, Width, font, _m), font, color, Left, true);
        Page.Items.Add(new EndStructure());
        _y += _s.ParagraphSpacingPt;
    }

    private void Table(TableBlock table)
    {
        var layout = new TableLayout(table, Width, _s, _m);
        IReadOnlyList<string> caption = table.Caption is null
            ? []
            : TextWrapper.Wrap($"Table {++_tableNumber}. {table.Caption}", Width, _s.CaptionFont, _m);
        double captionHeight = caption.Count * LineStep(_s.CaptionFont) + (caption.Count > 0 ? 3 : 0);
        double firstRow = layout.Rows.Count > 0 ? layout.Rows[0].HeightPt : 0;
        if (!AtPageTop && captionHeight + layout.Header.HeightPt + firstRow > Space)
            NewPage();

        Page.Items.Add(new BeginStructure(StructureKind.Table));
        if (caption.Count > 0)
        {
            Page.Items.Add(new BeginStructure(StructureKind.Caption));
            Page.Items.Add(new BeginStructure(StructureKind.Paragraph));
            Lines(caption, _s.CaptionFont, Rgb.Black, Left, false);
            Page.Items.Add(new EndStructure());
            Page.Items.Add(new EndStructure());
            _y += 3;
        }
        TableRows(layout, showHeader: true);
        Page.Items.Add(new EndStructure());
        _y += _s.BlockSpacingPt;
    }

    /// <summary>Emits the header (if shown) and rows, starting new pages as needed and repeating the header there as an artifact.</summary>
    private void TableRows(TableLayout layout, bool showHeader)
    {
        bool standalone = !showHeader;
        if (standalone)
            Page.Items.Add(new BeginStructure(StructureKind.Table));
        if (showHeader)
            Row(layout, layout.Header, repeated: false);
        foreach (RowLayout row in layout.Rows)
        {
            double tallest = _s.ContentBottomPt - Top - (showHeader ? layout.Header.HeightPt : 0);
            if (row.HeightPt > tallest)
                throw new ArgumentException($"A row of table '{layout.Table.Caption}' is {row.HeightPt:F0} pt tall, more than a page holds.");
            if (row.HeightPt > Space)
            {
                NewPage();
                if (showHeader)
                    Row(layout, layout.Header, repeated: true);
            }
            Row(layout, row, repeated: false);
        }
        if (standalone)
            Page.Items.Add(new EndStructure());
    }

    private void Row(TableLayout layout, RowLayout row, bool repeated)
    {
        double pad = _s.CellPaddingPt;
        double top = _y, bottom = _y + row.HeightPt;
        // Decoration first (beneath the text): header shading, badges, and the rule under the row.
        Page.Items.Add(new BeginArtifact());
        if (row.IsHeader)
            Page.Items.Add(new BoxPlacement(RectPt.FromEdges(Left, top, Left + Width, bottom), _s.HeaderFill, null));
        double x = Left;
        var badgeBoxes = new RectPt?[row.Cells.Count];
        for (int c = 0; c < row.Cells.Count; c++)
        {
            if (row.Cells[c].Cell.Badge is Verdict v)
            {
                double w = layout.BadgeWidthPt(v);
                double bx = AlignedX(layout.Table.Columns[c].Alignment, x + pad, layout.ColumnWidths[c] - 2 * pad, w);
                var box = new RectPt(bx, top + pad, w, layout.BadgeHeightPt);
                badgeBoxes[c] = box;
                Page.Items.Add(new BoxPlacement(box, BadgeFill(v), null, 2));
            }
            x += layout.ColumnWidths[c];
        }
        Page.Items.Add(new RulePlacement(new PointPt(Left, bottom), new PointPt(Left + Width, bottom),
            new Stroke(row.IsHeader ? Palette.Grey : _s.RuleColor, row.IsHeader ? 0.75 : 0.4)));
        if (!repeated)
            Page.Items.Add(new EndArtifact());

        // A repeated header is page furniture, so its text stays inside the artifact; otherwise the text is tagged content.
        if (!repeated)
            Page.Items.Add(new BeginStructure(StructureKind.TableRow));
        x = Left;
        for (int c = 0; c < row.Cells.Count; c++)
        {
            CellLayout cell = row.Cells[c];
            if (!repeated)
                Page.Items.Add(new BeginStructure(row.IsHeader ? StructureKind.TableHeaderCell : StructureKind.TableDataCell));
            FontSpec font = layout.FontOf(cell.Cell);
            if (badgeBoxes[c] is RectPt box)
            {
                double w = _m.WidthPt(cell.Cell.Text, font);
                double baseline = box.Top + (box.Height - _m.LineHeightPt(font)) / 2 + _m.AscentPt(font);
                Page.Items.Add(new TextPlacement(cell.Cell.Text, box.Left + (box.Width - w) / 2, baseline, font, Rgb.White));
            }
            else
            {
                double step = layout.LineStepPt;
                double lead = (step - _m.LineHeightPt(font)) / 2 + _m.AscentPt(font);
                for (int k = 0; k < cell.Lines.Count; k++)
                {
                    double w = _m.WidthPt(cell.Lines[k], font);
                    double lx = AlignedX(layout.Table.Columns[c].Alignment, x + pad, layout.ColumnWidths[c] - 2 * pad, w);
                    Page.Items.Add(new TextPlacement(cell.Lines[k], lx, top + pad + k * step + lead, font, Rgb.Black));
                }
            }
            if (!repeated)
                Page.Items.Add(new EndStructure());
            x += layout.ColumnWidths[c];
        }
        if (!repeated)
            Page.Items.Add(new EndStructure());
        else
            Page.Items.Add(new EndArtifact());
        _y = bottom;
    }

    private static double AlignedX(CellAlignment alignment, double left, double width, double contentWidth) => alignment switch
    {
        CellAlignment.Right => left + width - contentWidth,
        CellAlignment.Center => left + (width - contentWidth) / 2,
        _ => left,
    };

    private Rgb BadgeFill(Verdict v) => v switch
    {
        Verdict.Pass => _s.PassFill,
        Verdict.Fail => _s.FailFill,
        _ => _s.NotApplicableFill,
    };

    private void FigureContent(FigureBlock block)
    {
        double width = Math.Min(block.WidthPt ?? Width, Width);
        double height = block.HeightPt ?? Math.Round(0.62 * width, 2);
        IReadOnlyList<string> caption = TextWrapper.Wrap($"Figure {++_figureNumber}. {block.Caption}", Width, _s.CaptionFont, _m);
        double captionHeight = caption.Count * LineStep(_s.CaptionFont);
        double total = height + 4 + captionHeight;
        if (total > _s.ContentBottomPt - Top)
            throw new ArgumentException($"Figure '{block.Figure.Title}' ({height:F0} pt tall with its caption) does not fit on a page.");
        if (total > Space)
            NewPage();

        ChartScene scene = _charts.Layout(block.Figure, width, height);
        double left = Left + (Width - width) / 2;
        var box = new RectPt(left, _y, width, height);
        Page.Items.Add(new BeginStructure(StructureKind.Figure, scene.Description, box));
        Page.Items.Add(new ChartPlacement(scene, left, _y));
        Page.Items.Add(new EndStructure());
        _y += height + 4;
        Page.Items.Add(new BeginStructure(StructureKind.Caption));
        Page.Items.Add(new BeginStructure(StructureKind.Paragraph));
        Lines(caption, _s.CaptionFont, Rgb.Black, Left, false);
        Page.Items.Add(new EndStructure());
        Page.Items.Add(new EndStructure());
        _y += _s.BlockSpacingPt;
    }

    private double TocTextWidth(int level) => Width - (level - 1) * TocIndentPerLevelPt - TocPageNumberWidthPt;

    private double TocEntryHeight(TocLine line) => line.Lines.Count * LineStep(_s.BodyFont) + (line.Level == 1 ? 4 : 1);

    private double TocHeadingHeight => LineStep(_s.Heading1Font) + 10;

    private int CountTocPages(List<TocLine> lines)
    {
        int pages = 1;
        double y = Top + TocHeadingHeight;
        foreach (TocLine line in lines)
        {
            if (y + TocEntryHeight(line) > _s.ContentBottomPt)
            {
                pages++;
                y = Top;
            }
            y += TocEntryHeight(line);
        }
        return pages;
    }

    /// <summary>Fills the table-of-contents pages reserved before the content was paginated.</summary>
    private void TableOfContents(List<TocLine> lines, int[] headingPages, int firstPage)
    {
        int page = firstPage;
        List<Placement> items = _pages[page].Items;
        double y = Top;
        _outline.Insert(0, new OutlineEntry("Contents", 0, page, y));
        items.Add(new BeginStructure(StructureKind.Heading1));
        items.Add(new TextPlacement("Contents", Left, y + _m.AscentPt(_s.Heading1Font), _s.Heading1Font, Rgb.Black));
        items.Add(new EndStructure());
        y += TocHeadingHeight;
        items.Add(new BeginStructure(StructureKind.TableOfContents));
        double step = LineStep(_s.BodyFont);
        double lead = (step - _m.LineHeightPt(_s.BodyFont)) / 2 + _m.AscentPt(_s.BodyFont);
        for (int i = 0; i < lines.Count; i++)
        {
            TocLine line = lines[i];
            if (y + TocEntryHeight(line) > _s.ContentBottomPt)
            {
                items.Add(new EndStructure());
                items = _pages[++page].Items;
                y = Top;
                items.Add(new BeginStructure(StructureKind.TableOfContents));
            }
            FontSpec font = line.Level == 1 ? _s.BodyFont with { Bold = true } : _s.BodyFont;
            double x = Left + (line.Level - 1) * TocIndentPerLevelPt;
            items.Add(new BeginStructure(StructureKind.TableOfContentsItem));
            items.Add(new BeginStructure(StructureKind.Paragraph));
            for (int k = 0; k < line.Lines.Count; k++)
                items.Add(new TextPlacement(line.Lines[k], x, y + k * step + lead, font, Rgb.Black));
            string number = (headingPages[i] + 1).ToString(CultureInfo.InvariantCulture);
            double lastBaseline = y + (line.Lines.Count - 1) * step + lead;
            double numberWidth = _m.WidthPt(number, font);
            items.Add(new TextPlacement(number, Left + Width - numberWidth, lastBaseline, font, Rgb.Black));
            items.Add(new EndStructure());
            items.Add(new EndStructure());
            // Dotted leader from the end of the title to the page number: decoration only.
            double textEnd = x + _m.WidthPt(line.Lines[^1], font) + 4;
            double leaderEnd = Left + Width - numberWidth - 4;
            if (leaderEnd > textEnd)
            {
                items.Add(new BeginArtifact());
                items.Add(new RulePlacement(new PointPt(textEnd, lastBaseline), new PointPt(leaderEnd, lastBaseline),
                    new Stroke(Palette.Grey, 0.6, LineDash.Dotted)));
                items.Add(new EndArtifact());
            }
            y += TocEntryHeight(line);
        }
        items.Add(new EndStructure());
    }

    private void Footers(string title)
    {
        FontSpec font = _s.FooterFont;
        double ruleY = _s.ContentBottomPt + 18;
        double baseline = ruleY + 4 + _m.AscentPt(font);
        string total = _pages.Count.ToString(CultureInfo.InvariantCulture);
        for (int i = 0; i < _pages.Count; i++)
        {
            List<Placement> items = _pages[i].Items;
            string pageText = $"Page {(i + 1).ToString(CultureInfo.InvariantCulture)} of {total}";
            double pageWidth = _m.WidthPt(pageText, font);
            items.Add(new BeginArtifact());
            items.Add(new RulePlacement(new PointPt(Left, ruleY), new PointPt(Left + Width, ruleY), new Stroke(_s.RuleColor, 0.5)));
            string shortTitle = Ellipsize(title, Width - pageWidth - 24, font);
            items.Add(new TextPlacement(shortTitle, Left, baseline, font, _s.MutedText));
            items.Add(new TextPlacement(pageText, Left + Width - pageWidth, baseline, font, _s.MutedText));
            items.Add(new EndArtifact());
        }
    }

    /// <summary><paramref name="text"/>, shortened with "…" if wider than <paramref name="widthPt"/>.</summary>
    private string Ellipsize(string text, double widthPt, FontSpec font)
    {
        if (_m.WidthPt(text, font) <= widthPt)
            return text;
        int n = text.Length;
        while (n > 0 && _m.WidthPt(text[..n] + "…", font) > widthPt)
            n--;
        return text[..n] + "…";
    }

    /// <summary>A table-of-contents entry: heading level and the numbered title wrapped to the entry's width.</summary>
    private sealed record TocLine(int Level, IReadOnlyList<string> Lines);
}
