using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using NUnit.Framework;
using QCFramework.Reporting.Documents;
using QCFramework.Reporting.Documents.Pdf;
using QCFramework.Tests.Certification;
using QCFramework.Tests.Tools;

namespace QCFramework.Tests.Reporting;

/// <summary>The sample report rendered once and examined with qpdf and poppler, which read PDF independently of PDFsharp.</summary>
[TestFixture]
public class PdfReportTests
{
    private string _dir = "";
    private string _pdf = "";
    private byte[] _bytes = [];

    [OneTimeSetUp]
    public void Render()
    {
        _dir = Path.Combine(Path.GetTempPath(), "qcf-report-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        _bytes = PdfReportWriter.Render(SampleReport.Build());
        _pdf = Path.Combine(_dir, "report.pdf");
        File.WriteAllBytes(_pdf, _bytes);
    }

    [OneTimeTearDown]
    public void Clean() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Qpdf_check_finds_no_errors_or_warnings()
    {
        var r = Run("qpdf", "checks PDF structure", "--check", _pdf);
        Assert.That(r.ExitCode, Is.Zero, r.Stdout + r.Stderr);
        Assert.That(r.Stdout, Does.Contain("No syntax or stream encoding errors found"));
        Assert.That(r.Stdout + r.Stderr, Does.Not.Contain("WARNING"));
    }

    [Test]
    public void Every_stream_decodes_without_warnings()
    {
        // Rewriting with every stream uncompressed forces qpdf to decode all of them, including the ICC profile.
        var r = Run("qpdf", "decodes every stream", "--qdf", "--object-streams=disable", _pdf, Path.Combine(_dir, "qdf.pdf"));
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        Assert.That(r.Stderr, Does.Not.Contain("WARNING"));
    }

    [Test]
    public void Text_contains_every_heading_table_cell_and_number()
    {
        string text = Collapse(Run("pdftotext", "extracts text", _pdf, "-").Stdout);
        foreach (var (heading, _) in SampleReport.Headings)
            Assert.That(text, Does.Contain(heading));
        foreach (string s in new[] { "Contents", "QCT certification report", "Centre A — Siemens SOMATOM Force", "demo-2024 (hash deadbeef)",
                     "Table 1. Acceptance criteria per vertebra and algorithm", "Figure 1. Measured against nominal BMD",
                     "Figure 5. Mean relative error per centre", "Relative error RE = (measured − true) / true × 100 %." })
            Assert.That(text, Does.Contain(s));
        foreach (IReadOnlyList<TableCell> row in SampleReport.CriteriaTable())
        {
            foreach (TableCell cell in row)
                Assert.That(text, Does.Contain(Collapse(cell.Text)));
        }
        for (int i = 0; i < SampleReport.CriteriaRows; i++)
            Assert.That(text, Does.Contain(SampleReport.Measured(i)));
        var rows = SampleReport.CriteriaTable();
        Assert.That(Regex.Matches(text, @"\bFAIL\b").Count, Is.EqualTo(rows.Count(r => r[5].Badge == Verdict.Fail)));
        Assert.That(Regex.Matches(text, @"\bN/A\b").Count, Is.EqualTo(rows.Count(r => r[5].Badge == Verdict.NotApplicable)));
        Assert.That(Regex.Matches(text, @"\bPASS\b").Count, Is.EqualTo(rows.Count(r => r[5].Badge == Verdict.Pass)));
        // Figures keep their numbers as text: labels of the Bland–Altman lines, heat-map cells, axis titles with units.
        foreach (string s in new[] { "Bias 3.1", "+1.96 SD 8.4", "-1.96 SD -2.2", "-4.2", "4.8", "n/a", "Nominal BMD (mg HA/cm³)", "Relative error (%)" })
            Assert.That(text, Does.Contain(s));
    }

    [Test]
    public void Table_of_contents_gives_the_page_each_heading_is_on()
    {
        int pages = PageCount();
        var pageText = new string[pages + 1];
        for (int p = 1; p <= pages; p++)
            pageText[p] = Run("pdftotext", "extracts text", "-layout", "-f", $"{p}", "-l", $"{p}", _pdf, "-").Stdout;
        foreach (var (heading, _) in SampleReport.Headings)
        {
            Match entry = Regex.Match(pageText[2], "^\\s*" + Regex.Escape(heading) + @"\s+(\d+)\s*$", RegexOptions.Multiline);
            Assert.That(entry.Success, $"'{heading}' with a page number in the table of contents:\n{pageText[2]}");
            int listed = int.Parse(entry.Groups[1].Value, CultureInfo.InvariantCulture);
            int actual = Enumerable.Range(3, pages - 2).First(p => Regex.IsMatch(pageText[p], "^\\s*" + Regex.Escape(heading) + "\\s*$", RegexOptions.Multiline));
            Assert.That(listed, Is.EqualTo(actual), heading);
        }
    }

    [Test]
    public void A_table_continued_on_the_next_page_repeats_its_header()
    {
        int pages = PageCount();
        int withRows = 0;
        for (int p = 3; p <= pages; p++)
        {
            string[] lines = Run("pdftotext", "extracts text", "-layout", "-f", $"{p}", "-l", $"{p}", _pdf, "-").Stdout.Split('\n');
            int firstRow = Array.FindIndex(lines, l => Regex.IsMatch(l, @"^\s*(\|RE\| ≤ 5 %|RSD ≤ 2 %|Slope 0\.95–1\.05)\s+L\d\s"));
            if (firstRow < 0)
                continue;
            withRows++;
            Assert.That(lines.Take(firstRow).Any(l => Regex.IsMatch(l, @"Criterion\s+Vertebra\s+Algorithm\s+Limit\s+Measured\s+Result")),
                $"page {p} has table rows without the header above them");
        }
        Assert.That(withRows, Is.GreaterThanOrEqualTo(2), "the 60-row table spans at least two pages");
    }

    [Test]
    public void Every_page_is_numbered_in_the_footer()
    {
        int pages = PageCount();
        string text = Run("pdftotext", "extracts text", _pdf, "-").Stdout;
        for (int p = 1; p <= pages; p++)
            Assert.That(text, Does.Contain($"Page {p} of {pages}"));
        Assert.That(text, Does.Not.Contain($"Page {pages + 1} of"));
    }

    [Test]
    public void Every_page_rasterises_with_visible_content()
    {
        int pages = PageCount();
        string prefix = Path.Combine(_dir, "page");
        var r = Run("pdftoppm", "rasterises pages", "-r", "50", "-gray", _pdf, prefix);
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        string[] files = Directory.GetFiles(_dir, "page*.pgm").Order(StringComparer.Ordinal).ToArray();
        Assert.That(files, Has.Length.EqualTo(pages));
        foreach (string file in files)
        {
            var (width, height, pixels) = PdfInspection.ReadPgm(file);
            Assert.That(width, Is.EqualTo(413).Within(1), "A4 at 50 dpi is 413 px wide");
            Assert.That(height, Is.EqualTo(585).Within(1), "and 585 px tall");
            Assert.That(pixels.Count(v => v < 128), Is.GreaterThan(200), $"{Path.GetFileName(file)} is blank");
        }
    }

    [Test]
    public void Attachments_round_trip_byte_for_byte()
    {
        var list = Run("qpdf", "lists attachments", "--list-attachments", _pdf);
        Assert.That(list.Stdout, Does.Contain("results.csv").And.Contain("manifest.json"));
        Assert.That(Run("qpdf", "extracts attachments", "--show-attachment=results.csv", _pdf).StdoutBytes, Is.EqualTo(SampleReport.ResultsCsv));
        Assert.That(Run("qpdf", "extracts attachments", "--show-attachment=manifest.json", _pdf).StdoutBytes, Is.EqualTo(SampleReport.ManifestJson));

        string outDir = Path.Combine(_dir, "detached");
        Directory.CreateDirectory(outDir);
        var r = Run("pdfdetach", "saves attachments", "-saveall", "-o", outDir, _pdf);
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        Assert.That(File.ReadAllBytes(Path.Combine(outDir, "results.csv")), Is.EqualTo(SampleReport.ResultsCsv));
        Assert.That(File.ReadAllBytes(Path.Combine(outDir, "manifest.json")), Is.EqualTo(SampleReport.ManifestJson));
    }

    [Test]
    public void Every_font_is_embedded()
    {
        string[] rows = Run("pdffonts", "lists fonts", _pdf).Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToArray();
        Assert.That(rows, Has.Length.EqualTo(2), "DejaVu Sans and DejaVu Sans Bold");
        foreach (string row in rows)
        {
            // Columns: name, type (2 words), encoding, emb, sub, uni, object id.
            string[] cols = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.That(row, Does.Contain("DejaVu Sans"));
            Assert.That(cols[^5], Is.EqualTo("yes"), $"embedded: {row}");
            Assert.That(cols[^3], Is.EqualTo("yes"), $"has a ToUnicode map: {row}");
        }
    }

    [Test]
    public void Document_information_and_XMP_metadata_agree_and_declare_PDF_A_3b()
    {
        string info = Run("pdfinfo", "reads document information", _pdf).Stdout;
        Assert.That(info, Does.Contain("Title:           " + SampleReport.Title));
        Assert.That(info, Does.Contain("Author:          QCFramework consortium"));
        Assert.That(info, Does.Contain("Subject:         Certification of QCT bone mineral density measurement"));
        Assert.That(info, Does.Contain("Keywords:        QCT, BMD, certification"));
        Assert.That(info, Does.Contain("Creator:         QCFramework 0.1.0 (commit abc1234)"));
        Assert.That(info, Does.Contain("CreationDate:    Mon May  6 07:08:09 2024 UTC"));
        Assert.That(info, Does.Contain("Tagged:          yes"));
        Assert.That(info, Does.Contain("Page size:       595.276 x 841.89 pts (A4)"));
        string producer = Regex.Match(info, @"^Producer:\s+(.+)$", RegexOptions.Multiline).Groups[1].Value.Trim();

        XDocument xmp = XDocument.Parse(Run("pdfinfo", "reads XMP", "-meta", _pdf).Stdout);
        XNamespace pdfaid = "http://www.aiim.org/pdfa/ns/id/", dc = "http://purl.org/dc/elements/1.1/",
            rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#", xmp_ = "http://ns.adobe.com/xap/1.0/", pdf = "http://ns.adobe.com/pdf/1.3/";
        Assert.That(xmp.Descendants(pdfaid + "part").Single().Value, Is.EqualTo("3"));
        Assert.That(xmp.Descendants(pdfaid + "conformance").Single().Value, Is.EqualTo("B"));
        Assert.That(xmp.Descendants(dc + "title").Descendants(rdf + "li").Single().Value, Is.EqualTo(SampleReport.Title));
        Assert.That(xmp.Descendants(dc + "creator").Descendants(rdf + "li").Single().Value, Is.EqualTo("QCFramework consortium"));
        Assert.That(xmp.Descendants(pdf + "Producer").Single().Value, Is.EqualTo(producer));
        Assert.That(xmp.Descendants(pdf + "Keywords").Single().Value, Is.EqualTo("QCT, BMD, certification"));
        Assert.That(xmp.Descendants(xmp_ + "CreatorTool").Single().Value, Is.EqualTo("QCFramework 0.1.0 (commit abc1234)"));
        Assert.That(DateTimeOffset.Parse(xmp.Descendants(xmp_ + "CreateDate").Single().Value, CultureInfo.InvariantCulture),
            Is.EqualTo(SampleReport.CreatedAt));
        Assert.That(Encoding.Latin1.GetString(_bytes), Does.Contain("/CreationDate(D:20240506070809+00'00')"));
    }

    [Test]
    public void Catalog_has_the_PDF_A_output_intent_tagging_and_associated_files()
    {
        using JsonDocument json = JsonDocument.Parse(Run("qpdf", "dumps objects", "--json", _pdf).StdoutBytes);
        JsonElement objects = json.RootElement.GetProperty("qpdf")[1];
        string root = objects.GetProperty("trailer").GetProperty("value").GetProperty("/Root").GetString()!;
        JsonElement catalog = Value(objects, root);
        Assert.That(catalog.GetProperty("/Lang").GetString(), Is.EqualTo("u:en"));
        Assert.That(Value(objects, catalog.GetProperty("/MarkInfo").GetString()!).GetProperty("/Marked").GetBoolean(), Is.True);
        Assert.That(catalog.TryGetProperty("/StructTreeRoot", out _), Is.True);
        Assert.That(objects.GetProperty("trailer").GetProperty("value").TryGetProperty("/Encrypt", out _), Is.False);

        JsonElement intent = catalog.GetProperty("/OutputIntents")[0];
        Assert.That(intent.GetProperty("/S").GetString(), Is.EqualTo("/GTS_PDFA1"));
        JsonElement profile = objects.GetProperty("obj:" + intent.GetProperty("/DestOutputProfile").GetString()).GetProperty("stream").GetProperty("dict");
        Assert.That(profile.GetProperty("/N").GetInt32(), Is.EqualTo(3));

        JsonElement af = catalog.GetProperty("/AF");
        Assert.That(af.GetArrayLength(), Is.EqualTo(2));
        var relationships = new Dictionary<string, string>();
        foreach (JsonElement reference in af.EnumerateArray())
        {
            JsonElement spec = Value(objects, reference.GetString()!);
            relationships[spec.GetProperty("/UF").GetString()!] = spec.GetProperty("/AFRelationship").GetString()!;
        }
        Assert.That(relationships, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["u:results.csv"] = "/Data",
            ["u:manifest.json"] = "/Supplement",
        }));
        // PDF/A-1 forbade transparency and PDF/A-2/3 restrict it; reports use none: no soft masks, no transparency groups,
        // no constant alpha below 1.
        foreach (JsonProperty o in objects.EnumerateObject())
        {
            if (!o.Value.TryGetProperty("value", out JsonElement v) || v.ValueKind != JsonValueKind.Object)
                continue;
            Assert.That(v.TryGetProperty("/SMask", out _) || v.TryGetProperty("/Group", out _), Is.False, $"{o.Name} uses transparency");
            foreach (string alpha in new[] { "/ca", "/CA" })
            {
                if (v.TryGetProperty(alpha, out JsonElement a))
                    Assert.That(a.GetDouble(), Is.EqualTo(1.0), $"{o.Name} {alpha}");
            }
        }
        JsonElement attachments = json.RootElement.GetProperty("attachments");
        Assert.That(attachments.GetProperty("results.csv").GetProperty("streams").GetProperty("/F").GetProperty("mimetype").GetString(), Is.EqualTo("text/csv"));
        Assert.That(attachments.GetProperty("manifest.json").GetProperty("streams").GetProperty("/F").GetProperty("modificationdate").GetString(),
            Is.EqualTo("2024-05-06T07:08:09Z"));
    }

    [Test]
    public void Structure_tree_tags_headings_tables_figures_and_contents()
    {
        using JsonDocument json = JsonDocument.Parse(Run("qpdf", "dumps objects", "--json", _pdf).StdoutBytes);
        var types = new Dictionary<string, int>();
        var figureAlt = new List<string>();
        foreach (JsonProperty o in json.RootElement.GetProperty("qpdf")[1].EnumerateObject())
        {
            if (!o.Value.TryGetProperty("value", out JsonElement v) || v.ValueKind != JsonValueKind.Object || !v.TryGetProperty("/S", out JsonElement s)
                || !v.TryGetProperty("/Type", out JsonElement t) || t.GetString() != "/StructElem")
                continue;
            string type = s.GetString()!;
            types[type] = types.GetValueOrDefault(type) + 1;
            if (type == "/Figure")
                figureAlt.Add(v.GetProperty("/Alt").GetString()!);
        }
        foreach (string type in new[] { "/Document", "/H1", "/H2", "/H3", "/P", "/Table", "/TR", "/TH", "/TD", "/Figure", "/Caption", "/TOC", "/TOCI" })
            Assert.That(types.ContainsKey(type), $"no {type} element; found {string.Join(", ", types.Keys)}");
        Assert.That(types["/Figure"], Is.EqualTo(5));
        Assert.That(figureAlt, Has.All.Length.GreaterThan(20), "every figure has a text alternative");
        Assert.That(types["/TR"], Is.EqualTo(SampleReport.CriteriaRows + 1 + 4), "criteria rows, their header once, and the four title-page rows");
    }

    [Test]
    public void Outline_bookmarks_every_heading_at_its_page()
    {
        using JsonDocument json = JsonDocument.Parse(Run("qpdf", "dumps outlines", "--json", "--json-key=outlines", _pdf).StdoutBytes);
        var found = new List<(string Title, int Page, int Depth)>();
        void Walk(JsonElement items, int depth)
        {
            foreach (JsonElement item in items.EnumerateArray())
            {
                found.Add((item.GetProperty("title").GetString()!, item.GetProperty("destpageposfrom1").GetInt32(), depth));
                Walk(item.GetProperty("kids"), depth + 1);
            }
        }
        Walk(json.RootElement.GetProperty("outlines"), 1);
        Assert.That(found[0], Is.EqualTo(("Contents", 2, 1)));
        Assert.That(found.Skip(1).Select(f => (f.Title, f.Depth)), Is.EqualTo(SampleReport.Headings.Select(h => (h.Text, h.Level))));
        string toc = Run("pdftotext", "extracts text", "-layout", "-f", "2", "-l", "2", _pdf, "-").Stdout;
        foreach (var (title, page, _) in found.Skip(1))
            Assert.That(toc, Does.Match("(?m)^\\s*" + Regex.Escape(title) + "\\s+" + page + "\\s*$"), $"outline and contents agree on {title}");
    }

    [Test]
    public void Words_stay_inside_the_margins_and_never_overlap()
    {
        const double left = 56.693, right = 595.276 - 56.693, top = 56.693, bottom = 841.89 - 30;
        string html = Run("pdftotext", "reports word boxes", "-bbox", _pdf, "-").Stdout;
        int page = 0;
        var words = new List<(double X0, double Y0, double X1, double Y1, string Text)>();
        foreach (string line in html.Split('\n'))
        {
            if (line.Contains("<page ", StringComparison.Ordinal))
            {
                AssertNoOverlap(words, page);
                words.Clear();
                page++;
            }
            Match m = Regex.Match(line, "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">(.*)</word>");
            if (!m.Success)
                continue;
            double D(int g) => double.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture);
            var w = (D(1), D(2), D(3), D(4), m.Groups[5].Value);
            Assert.That(w.Item1 >= left - 0.5 && w.Item3 <= right + 0.5 && w.Item2 >= top - 0.5 && w.Item4 <= bottom,
                $"'{w.Item5}' on page {page} at ({w.Item1:F1}, {w.Item2:F1})–({w.Item3:F1}, {w.Item4:F1}) is outside the margins");
            words.Add(w);
        }
        AssertNoOverlap(words, page);
        Assert.That(page, Is.EqualTo(PageCount()));
    }

    private static void AssertNoOverlap(List<(double X0, double Y0, double X1, double Y1, string Text)> words, int page)
    {
        // Poppler's word boxes span the font's full ascent and descent; neighbouring lines of 1.15 spacing touch but never
        // cross by more than a fraction of a point, so boxes shrunk by 0.5 pt must be disjoint.
        for (int i = 0; i < words.Count; i++)
        {
            for (int j = i + 1; j < words.Count; j++)
            {
                var a = words[i];
                var b = words[j];
                bool overlap = a.X0 + 0.5 < b.X1 - 0.5 && b.X0 + 0.5 < a.X1 - 0.5 && a.Y0 + 0.5 < b.Y1 - 0.5 && b.Y0 + 0.5 < a.Y1 - 0.5;
                Assert.That(overlap, Is.False, $"page {page}: '{a.Text}' overlaps '{b.Text}'");
            }
        }
    }

    private int PageCount()
    {
        string info = Run("pdfinfo", "reads page count", _pdf).Stdout;
        return int.Parse(Regex.Match(info, @"^Pages:\s+(\d+)", RegexOptions.Multiline).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static JsonElement Value(JsonElement objects, string reference) => objects.GetProperty("obj:" + reference).GetProperty("value");

    private static string Collapse(string s) => Regex.Replace(s, @"\s+", " ");

    private static ExternalTool.Result Run(string program, string why, params string[] args)
    {
        string path = ExternalTool.RequireOrIgnore(program, $"{program} {why} (Debian: {(program.StartsWith("qpdf", StringComparison.Ordinal) ? "qpdf" : "poppler-utils")})");
        return ExternalTool.Run(path, args);
    }
}
