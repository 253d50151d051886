using NUnit.Framework;
using QCFramework.IO.Results;
using QCFramework.Reporting.Certification;
using QCFramework.Reporting.Documents.Pdf;
using QCFramework.Results;
using QCFramework.Tests.Cli;

namespace QCFramework.Tests.Certification;

/// <summary><c>qcf report</c> on bad input (exit 2 with one line naming the file), and the report's independence of row order.</summary>
[TestFixture]
public class ReportCommandTests
{
    private string _dir = "";
    private string _campaign = "";
    private IReadOnlyList<ResultRow> _rows = [];

    [SetUp]
    public void WriteCampaign()
    {
        _dir = Path.Combine(Path.GetTempPath(), "qcf-report-cli-" + Guid.NewGuid().ToString("N"));
        _campaign = Path.Combine(_dir, "campaign");
        Directory.CreateDirectory(_campaign);
        _rows = SmallCampaign.Rows();
        ResultsCsv.WriteSorted(Path.Combine(_campaign, ResultsCsv.FileName), _rows);
        ManifestJson.Write(Path.Combine(_campaign, ManifestJson.FileName), SmallCampaign.Manifest(_rows));
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_dir, recursive: true);

    private CliHarness.Result Report(params string[] extra) =>
        CliHarness.Run(["report", _campaign, "--out", Path.Combine(_dir, "out", "report.pdf"), .. extra]);

    private static void AssertBadInput(CliHarness.Result r, string start)
    {
        Assert.That(r.ExitCode, Is.EqualTo(2), r.Stderr);
        Assert.That(r.Stderr, Does.StartWith("qcf: " + start));
        Assert.That(r.Stderr.TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1), "one line");
    }

    [Test]
    public void A_missing_folder_or_file_is_bad_input_naming_it()
    {
        AssertBadInput(CliHarness.Run("report", Path.Combine(_dir, "nowhere"), "--out", Path.Combine(_dir, "r.pdf")), Path.Combine(_dir, "nowhere") + ": no such campaign folder");
        File.Delete(Path.Combine(_campaign, ManifestJson.FileName));
        AssertBadInput(Report(), Path.Combine(_campaign, ManifestJson.FileName) + ": file not found");
    }

    [Test]
    public void A_bad_results_cell_is_bad_input_naming_line_and_column()
    {
        string path = Path.Combine(_campaign, ResultsCsv.FileName);
        string[] lines = File.ReadAllLines(path);
        int kvp = Array.IndexOf(lines[0].Split(','), "kvp");
        string[] cells = lines[5].Split(',');
        cells[kvp] = "high";
        lines[5] = string.Join(',', cells);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        AssertBadInput(Report(), $"{path}:6: column 'kvp': 'high' is not a finite number");
    }

    [Test]
    public void A_bad_criteria_file_is_bad_input_naming_line_and_field()
    {
        string criteria = Path.Combine(_dir, "criteria.yaml");
        File.WriteAllText(criteria, "name: x\ncriteria:\n  - id: a\n    name: a\n    metric: rse\n    per: []\n    limits: { max: 1 }\n    source: s\n");
        AssertBadInput(Report("--criteria", criteria), $"{criteria}:5:13: criteria[0].metric: 'rse' is not a metric");
    }

    [Test]
    public void A_results_file_without_rows_is_bad_input()
    {
        ResultsCsv.Write(Path.Combine(_campaign, ResultsCsv.FileName), []);
        AssertBadInput(Report(), "results.csv: no results to report on");
    }

    [Test]
    public void A_criteria_file_given_on_the_command_line_is_evaluated_and_attached()
    {
        var r = Report("--criteria", RepoPaths.Of("reports", "criteria", "esp-lees1997.yaml"));
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        string pdf = Path.Combine(_dir, "out", "report.pdf");
        var attached = PdfInspection.Run("qpdf", "extracts attachments", "--show-attachment=esp-lees1997.yaml", pdf);
        Assert.That(attached.StdoutBytes, Is.EqualTo(File.ReadAllBytes(RepoPaths.Of("reports", "criteria", "esp-lees1997.yaml"))));
        Assert.That(PdfInspection.FlowText(pdf), Does.Contain("R² ≥ 0.998"));
    }

    [Test]
    public void The_order_of_the_rows_does_not_change_a_byte_of_the_report()
    {
        byte[] csv = File.ReadAllBytes(Path.Combine(_campaign, ResultsCsv.FileName));
        byte[] json = File.ReadAllBytes(Path.Combine(_campaign, ManifestJson.FileName));
        string criteriaPath = RepoPaths.Of("reports", "criteria", "default.yaml");
        AcceptanceCriteria criteria = CriteriaFile.Load(criteriaPath);
        CampaignManifest manifest = SmallCampaign.Manifest(_rows);
        byte[] Render(IReadOnlyList<ResultRow> rows) => PdfReportWriter.Render(CertificationReport.Compose(
            new CertificationInput(rows, manifest, criteria, "default.yaml", csv, json, File.ReadAllBytes(criteriaPath))).Document);

        byte[] reference = Render(_rows);
        var random = new Random(3);
        Assert.That(Render(_rows.OrderBy(_ => random.Next()).ToArray()), Is.EqualTo(reference));
    }
}
