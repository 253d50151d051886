using System.Globalization;
using System.Text.RegularExpressions;
using NUnit.Framework;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QCFramework.Reporting.Charts.Layout;
using QCFramework.Reporting.Charts.Rendering;
using QCFramework.Reporting.Fonts;
using QCFramework.Tests.Tools;

namespace QCFramework.Tests.Reporting;

public class PdfChartRendererTests
{
    [Test]
    public void Poppler_finds_every_label_where_the_layout_put_it()
    {
        string pdftotext = ExternalTool.RequireOrIgnore("pdftotext", "poppler-utils reads word positions back from the PDF");
        const double left = 40, top = 60;
        var engine = new ChartLayoutEngine(new TextMeasurer());
        var scenes = SampleFigures.All().Select(f => engine.Layout(f.Figure, 480, 320)).ToArray();

        string dir = Path.Combine(Path.GetTempPath(), "qcf-chart-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            ReportFonts.EnsureInitialized();
            string file = Path.Combine(dir, "charts.pdf");
            var pdf = new PdfDocument();
            foreach (ChartScene scene in scenes)
            {
                PdfPage page = pdf.AddPage();
                page.Width = XUnit.FromPoint(595.276);
                page.Height = XUnit.FromPoint(841.89);
                using XGraphics g = XGraphics.FromPdfPage(page);
                PdfChartRenderer.Draw(scene, g, left, top);
            }
            pdf.Save(file);

            string html = ExternalTool.Run(pdftotext, ["-bbox", file, "-"]).Stdout;
            string[] pages = html.Split("<page ")[1..];
            Assert.That(pages, Has.Length.EqualTo(scenes.Length));
            int compared = 0;
            for (int p = 0; p < scenes.Length; p++)
            {
                var words = Regex.Matches(pages[p], "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">(.*?)</word>")
                    .Select(m => (X0: Num(m, 1), Y0: Num(m, 2), X1: Num(m, 3), Y1: Num(m, 4), Text: System.Net.WebUtility.HtmlDecode(m.Groups[5].Value)))
                    .ToList();
                foreach (SceneText t in scenes[p].Primitives.OfType<SceneText>().Where(t => !t.Vertical && !t.Text.Contains(' ')))
                {
                    double x0 = left + t.Bounds.Left, x1 = left + t.Bounds.Right, yMid = top + (t.Bounds.Top + t.Bounds.Bottom) / 2;
                    var match = words.Where(w => w.Text == t.Text).OrderBy(w => Math.Abs(w.X0 - x0) + Math.Abs((w.Y0 + w.Y1) / 2 - yMid)).FirstOrDefault();
                    Assert.That(match.Text, Is.EqualTo(t.Text), $"'{t.Text}' not found on page {p + 1}");
                    // Poppler advances glyphs by the embedded font's /W widths, which PDFsharp truncates to whole 1/1000 em
                    // (advanceWidth · 1000 / unitsPerEm in integers): the drawn word may end short of the exact hmtx width
                    // by less than one unit per glyph, never beyond it.
                    double truncation = t.Text.Length * 0.001 * t.Font.SizePt;
                    Assert.That(match.X0, Is.EqualTo(x0).Within(0.01), $"left edge of '{t.Text}'");
                    Assert.That(match.X1, Is.InRange(x1 - truncation - 0.01, x1 + 0.01), $"right edge of '{t.Text}'");
                    Assert.That(yMid, Is.InRange(match.Y0, match.Y1), $"'{t.Text}' is on the line the layout chose");
                    compared++;
                }
            }
            Assert.That(compared, Is.GreaterThan(100));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static double Num(Match m, int group) => double.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
}
