using System.Globalization;
using System.Text;
using QCFramework.Reporting.Documents;

namespace QCFramework.Tests.Reporting;

/// <summary>A report with one of everything: title page, headings on three levels, paragraphs, a table long enough to continue on a second page, every chart kind, and two attachments.</summary>
public static class SampleReport
{
    public const string Title = "QCT certification report — Centre A & B";
    public static readonly DateTimeOffset CreatedAt = new(2024, 5, 6, 7, 8, 9, TimeSpan.Zero);

    public static readonly byte[] ResultsCsv = Encoding.UTF8.GetBytes(
        "center,scanner,kvp,vertebra,truthMgPerCm3,algorithm,measuredMgPerCm3,relativeErrorPct\n"
        + "A,SOMATOM Force,120,L1,150,phantom,151.3,0.87\n"
        + "A,SOMATOM Force,120,L2,\"1,0\",phantom,\"quoted, with comma\",-0.40\n");

    public static readonly byte[] ManifestJson = Encoding.UTF8.GetBytes("{\n  \"softwareVersion\": \"0.1.0\",\n  \"campaignHash\": \"deadbeef\",\n  \"seeds\": [1, 2, 3]\n}\n");

    /// <summary>Numbered headings in document order, with their level.</summary>
    public static readonly (string Text, int Level)[] Headings =
    [
        ("1 Summary", 1),
        ("1.1 Acceptance criteria", 2),
        ("1.2 Figures", 2),
        ("1.2.1 Agreement with truth", 3),
        ("2 Consortium summary", 1),
        ("3 Methods", 1),
        ("3.1 Statistics", 2),
    ];

    public static readonly string[] Algorithms = ["Phantom-based", "Internal calibration", "Dual-energy"];

    public const int CriteriaRows = 60;

    /// <summary>The acceptance table's rows: criterion, vertebra, algorithm, limit, measured, verdict.</summary>
    public static IReadOnlyList<IReadOnlyList<TableCell>> CriteriaTable()
    {
        var rows = new List<IReadOnlyList<TableCell>>();
        for (int i = 0; i < CriteriaRows; i++)
        {
            Verdict verdict = i % 7 == 0 ? Verdict.Fail : i % 11 == 0 ? Verdict.NotApplicable : Verdict.Pass;
            rows.Add(
            [
                i % 3 == 0 ? "|RE| ≤ 5 %" : i % 3 == 1 ? "RSD ≤ 2 %" : "Slope 0.95–1.05",
                $"L{1 + i % 4}",
                Algorithms[i % 3],
                i % 3 == 0 ? "5.0 %" : i % 3 == 1 ? "2.0 %" : "0.95–1.05",
                Measured(i),
                TableCell.Of(verdict),
            ]);
        }
        return rows;
    }

    public static string Measured(int row) => (1.0 + row * 0.07).ToString("F2", CultureInfo.InvariantCulture);

    public static ReportDocument Build(string identity = "campaign:deadbeef/report:centre-a")
    {
        var meta = new DocumentMetadata(Title, "QCFramework consortium", "Certification of QCT bone mineral density measurement",
            "QCT, BMD, certification", "QCFramework 0.1.0 (commit abc1234)", CreatedAt, identity);
        var titlePage = new TitlePage("QCT certification report", "Centre A — Siemens SOMATOM Force",
        [
            new("Centre", "Centre A"),
            new("Campaign", "demo-2024 (hash deadbeef)"),
            new("Report date", "2024-05-06"),
            new("Software", "QCFramework 0.1.0 (commit abc1234)"),
        ]);
        var b = new ReportDocumentBuilder(meta, titlePage);
        b.Heading(1, "Summary")
            .Paragraph("This report certifies the bone mineral density measurement chain of Centre A against synthetic phantoms "
                + "with known truth. Each criterion below is evaluated per vertebra and algorithm; a criterion passes when the "
                + "measured value lies within its limit. " + string.Concat(Enumerable.Repeat(
                    "The campaign repeats every protocol with independent noise so that precision and accuracy are separated. ", 6)));
        b.Heading(2, "Acceptance criteria");
        b.Table(
        [
            new TableColumn("Criterion"), new TableColumn("Vertebra"), new TableColumn("Algorithm"),
            new TableColumn("Limit", CellAlignment.Right), new TableColumn("Measured", CellAlignment.Right),
            new TableColumn("Result", CellAlignment.Center),
        ], CriteriaTable(), "Acceptance criteria per vertebra and algorithm");
        b.Heading(2, "Figures")
            .Figure(SampleFigures.MeasuredVsNominal(), "Measured against nominal BMD, identity line and Deming fit.")
            .Figure(SampleFigures.Heatmap(), "Relative error by tube voltage and kernel.", 400, 260)
            .Figure(SampleFigures.Precision(), "Short-term precision per algorithm against the 2 % criterion.", 400, 240);
        b.Heading(3, "Agreement with truth")
            .Figure(SampleFigures.BlandAltman(), "Bland–Altman plot of measured against true BMD.");
        b.Heading(1, "Consortium summary")
            .Figure(SampleFigures.CenterBias(), "Mean relative error per centre with 95 % confidence intervals.");
        b.PageBreak();
        b.Heading(1, "Methods").Heading(2, "Statistics")
            .Paragraph("Relative error RE = (measured − true) / true × 100 %. Precision is the root-mean-square standard "
                + "deviation of repeated scans divided by the mean (RSD).", ParagraphStyle.Note);
        b.Attach("results.csv", ResultsCsv, "text/csv", "Campaign results", AttachmentRelationship.Data);
        b.Attach("manifest.json", ManifestJson, "application/json", "Campaign manifest", AttachmentRelationship.Supplement);
        return b.Build();
    }
}
