using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using NUnit.Framework;
using QCFramework.Reporting.Charts;
using QCFramework.Reporting.Charts.Layout;
using QCFramework.Reporting.Charts.Rendering;
using QCFramework.Reporting.Fonts;
using QCFramework.Tests.Tools;

namespace QCFramework.Tests.Reporting;

public class SvgChartWriterTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly TrueTypeMetrics Regular = TrueTypeMetrics.FromRepository("DejaVuSans.ttf");
    private static readonly TrueTypeMetrics Bold = TrueTypeMetrics.FromRepository("DejaVuSans-Bold.ttf");

    // The SVG 1.1 elements and attributes the writer may use (W3C SVG 1.1 Second Edition, appendix A/M).
    private static readonly HashSet<string> Elements = ["svg", "title", "desc", "defs", "clipPath", "g", "rect", "line", "polyline", "polygon", "circle", "path", "text"];
    private static readonly HashSet<string> Attributes =
    [
        "version", "width", "height", "viewBox", "font-family", "id", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "points", "d",
        "fill", "stroke", "stroke-width", "stroke-dasharray", "stroke-linejoin", "clip-path", "font-size", "font-weight", "text-anchor",
        "textLength", "lengthAdjust", "transform",
    ];

    private static IEnumerable<TestCaseData> Figures()
        => SampleFigures.All().Select(f => new TestCaseData(f.Figure).SetName($"Svg_is_valid_svg_1_1_with_every_text_inside_the_view_box({f.Name})"));

    [TestCaseSource(nameof(Figures))]
    public void Svg_is_valid_svg_1_1_with_every_text_inside_the_view_box(Figure figure)
    {
        ChartScene scene = new ChartLayoutEngine(new TextMeasurer()).Layout(figure, 440, 290);
        string svg = SvgChartWriter.ToSvg(scene);
        XDocument doc = XDocument.Load(XmlReader.Create(new StringReader(svg), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }));

        XElement root = doc.Root!;
        Assert.That(root.Name, Is.EqualTo(Svg + "svg"));
        Assert.That((string?)root.Attribute("version"), Is.EqualTo("1.1"));
        Assert.That((string?)root.Attribute("viewBox"), Is.EqualTo("0 0 440 290"));
        Assert.That((string?)root.Attribute("width"), Is.EqualTo("440pt"));
        Assert.That(root.Element(Svg + "title")!.Value, Is.EqualTo(figure.Title));
        Assert.That(root.Element(Svg + "desc")!.Value, Is.Not.Empty);
        foreach (XElement e in root.DescendantsAndSelf())
        {
            Assert.That(e.Name.Namespace, Is.EqualTo(Svg));
            Assert.That(Elements, Does.Contain(e.Name.LocalName), $"<{e.Name.LocalName}> is not used by charts");
            foreach (XAttribute a in e.Attributes().Where(a => !a.IsNamespaceDeclaration))
                Assert.That(Attributes, Does.Contain(a.Name.LocalName), $"{a.Name} on <{e.Name.LocalName}>");
        }
        // Only the clip rectangle lives in <defs>; everything drawn is outside it, and the clip reference resolves.
        Assert.That(root.Element(Svg + "defs")!.Descendants().Select(d => d.Name.LocalName), Is.EqualTo(new[] { "clipPath", "rect" }));
        string clipId = (string)root.Element(Svg + "defs")!.Element(Svg + "clipPath")!.Attribute("id")!;
        Assert.That(root.Descendants(Svg + "g").Select(g => (string?)g.Attribute("clip-path")), Has.All.EqualTo($"url(#{clipId})"));

        XElement[] texts = root.Descendants(Svg + "text").ToArray();
        Assert.That(texts.Select(t => t.Value), Is.EqualTo(scene.Primitives.OfType<SceneText>().Select(t => t.Text)), "text stays text, in layout order");
        foreach (XElement t in texts)
        {
            var (left, top, right, bottom) = BoxFromAttributes(t);
            Assert.That(left >= -0.01 && top >= -0.01 && right <= 440.01 && bottom <= 290.01,
                $"'{t.Value}' spans ({left:F1}, {top:F1})–({right:F1}, {bottom:F1}), outside the view box");
        }
    }

    [Test]
    public void An_independent_renderer_draws_the_svg_with_its_text_as_text()
    {
        string rsvg = ExternalTool.RequireOrIgnore("rsvg-convert", "librsvg renders the SVG independently of our code (Debian: librsvg2-bin)");
        string pdftotext = ExternalTool.RequireOrIgnore("pdftotext", "reads the text back from librsvg's output (Debian: poppler-utils)");
        string dir = Path.Combine(Path.GetTempPath(), "qcf-svg-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var engine = new ChartLayoutEngine(new TextMeasurer());
            foreach (var (name, figure) in SampleFigures.All())
            {
                ChartScene scene = engine.Layout(figure, 440, 290);
                string svg = Path.Combine(dir, name + ".svg"), pdf = Path.Combine(dir, name + ".pdf");
                File.WriteAllText(svg, SvgChartWriter.ToSvg(scene));
                var r = ExternalTool.Run(rsvg, ["-f", "pdf", "-o", pdf, svg]);
                Assert.That(r.ExitCode, Is.Zero, r.Stderr);
                Assert.That(r.Stderr, Is.Empty, name);
                string text = ExternalTool.Run(pdftotext, [pdf, "-"]).Stdout;
                foreach (SceneText t in scene.Primitives.OfType<SceneText>().Where(t => !t.Vertical && !t.Text.Contains(' ')))
                    Assert.That(text, Does.Contain(t.Text), $"{name}: '{t.Text}'");
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void Markup_in_titles_and_labels_is_escaped()
    {
        var figure = new Figure("A <b> & \"c\"", new Axis("x < y", "µm"), new Axis("y & z", null), [new ScatterSeries("<s>", [1, 2], [3, 4])]);
        string svg = SvgChartWriter.ToSvg(new ChartLayoutEngine(new TextMeasurer()).Layout(figure, 300, 200));
        XDocument doc = XDocument.Parse(svg);
        Assert.That(doc.Root!.Element(Svg + "title")!.Value, Is.EqualTo("A <b> & \"c\""));
        Assert.That(doc.Descendants(Svg + "text").Select(t => t.Value), Does.Contain("x < y (µm)").And.Contain("<s>"));
    }

    /// <summary>
    /// The text's box recomputed from the SVG attributes alone: advance width from the font file (cmap + hmtx),
    /// ascent and descent from hhea, anchor from text-anchor, and the rotate(−90 x y) transform applied.
    /// </summary>
    private static (double Left, double Top, double Right, double Bottom) BoxFromAttributes(XElement t)
    {
        double D(string name) => double.Parse((string)t.Attribute(name)!, CultureInfo.InvariantCulture);
        double x = D("x"), y = D("y"), size = D("font-size");
        TrueTypeMetrics font = (string?)t.Attribute("font-weight") == "bold" ? Bold : Regular;
        double width = font.AdvanceUnits(t.Value) * size / font.UnitsPerEm;
        Assert.That(D("textLength"), Is.EqualTo(width).Within(0.006), $"textLength of '{t.Value}' is its advance width");
        double start = (string)t.Attribute("text-anchor")! switch { "start" => x, "middle" => x - width / 2, _ => x - width };
        double ascent = size * font.Ascender / font.UnitsPerEm, descent = -size * font.Descender / font.UnitsPerEm;
        (double X, double Y)[] corners = [(start, y - ascent), (start + width, y - ascent), (start, y + descent), (start + width, y + descent)];
        if ((string?)t.Attribute("transform") is string transform)
        {
            Match m = Regex.Match(transform, @"^rotate\(-90 ([\d.-]+) ([\d.-]+)\)$");
            Assert.That(m.Success, transform);
            double ax = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), ay = double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            // rotate(θ) about (ax, ay) with θ = −90°: (dx, dy) ↦ (dy, −dx) in SVG's y-down coordinates.
            corners = corners.Select(c => (ax + (c.Y - ay), ay - (c.X - ax))).ToArray();
        }
        return (corners.Min(c => c.X), corners.Min(c => c.Y), corners.Max(c => c.X), corners.Max(c => c.Y));
    }
}
