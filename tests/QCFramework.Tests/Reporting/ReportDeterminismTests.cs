using System.Text;
using NUnit.Framework;
using QCFramework.Reporting.Charts.Layout;
using QCFramework.Reporting.Charts.Rendering;
using QCFramework.Reporting.Documents.Pdf;
using QCFramework.Reporting.Fonts;

namespace QCFramework.Tests.Reporting;

public class ReportDeterminismTests
{
    [Test]
    public void The_same_report_renders_to_identical_bytes_on_any_thread()
    {
        byte[] first = PdfReportWriter.Render(SampleReport.Build());
        byte[][] parallel = Enumerable.Range(0, 3).AsParallel().WithDegreeOfParallelism(3)
            .Select(_ => PdfReportWriter.Render(SampleReport.Build())).ToArray();
        foreach (byte[] other in parallel)
            Assert.That(other, Is.EqualTo(first));
    }

    [Test]
    public void File_identifier_and_XMP_IDs_follow_the_document_identity()
    {
        string a = Encoding.Latin1.GetString(PdfReportWriter.Render(SampleReport.Build("campaign:1")));
        string b = Encoding.Latin1.GetString(PdfReportWriter.Render(SampleReport.Build("campaign:2")));
        string IdOf(string pdf) => pdf[pdf.LastIndexOf("/ID[", StringComparison.Ordinal)..].Split(']')[0];
        string DocIdOf(string pdf) => pdf[pdf.IndexOf("<xmpMM:DocumentID>", StringComparison.Ordinal)..].Split('<')[1];
        Assert.That(IdOf(a), Is.Not.EqualTo(IdOf(b)));
        Assert.That(DocIdOf(a), Is.Not.EqualTo(DocIdOf(b)));
        Assert.That(IdOf(a), Is.EqualTo(IdOf(Encoding.Latin1.GetString(PdfReportWriter.Render(SampleReport.Build("campaign:1"))))));
    }

    [Test]
    public void Svg_bytes_are_identical_across_runs_and_threads()
    {
        string Svg() => SvgChartWriter.ToSvg(new ChartLayoutEngine(new TextMeasurer()).Layout(SampleFigures.Everything(), 420, 300));
        string first = Svg();
        string[] others = Enumerable.Range(0, 4).AsParallel().WithDegreeOfParallelism(4).Select(_ => Svg()).ToArray();
        Assert.That(others, Has.All.EqualTo(first));
    }

    [Test]
    public void Rewriting_the_finished_file_without_changes_reproduces_it()
    {
        // The post-processor's reassembly (object order, cross-reference table, trailer) is byte-exact.
        byte[] pdf = PdfReportWriter.Render(SampleReport.Build());
        Assert.That(ClassicPdfFile.Parse(pdf).Rewrite(new Dictionary<int, byte[]>()), Is.EqualTo(pdf));
    }
}
