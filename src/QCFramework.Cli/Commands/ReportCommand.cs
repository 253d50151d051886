using System.CommandLine;
using System.Globalization;
using QCFramework.Cli.Hosting;
using QCFramework.IO.Results;
using QCFramework.Reporting.Certification;
using QCFramework.Reporting.Documents;
using QCFramework.Reporting.Documents.Pdf;
using Spectre.Console;

namespace QCFramework.Cli.Commands;

/// <summary>
/// <c>qcf report DIR --out FILE.pdf [--criteria FILE]</c>: the certification report of a campaign folder
/// (DIR/results.csv and DIR/manifest.json) as PDF/A, with every figure also written to
/// &lt;folder of FILE.pdf&gt;/figures/*.svg. It reports compliance; it does not fail on it (that is
/// <c>qcf certify --fail-on-noncompliance</c>).
/// </summary>
public sealed class ReportCommand : ICommandFactory
{
    /// <inheritdoc />
    public Command Create(CliContext context)
    {
        var dir = new Argument<string>("DIR") { Description = "Campaign output folder with results.csv and manifest.json." };
        var output = new Option<string>("--out") { Description = "The PDF to write; figures go to figures/ beside it.", Required = true };
        var criteria = new Option<string?>("--criteria") { Description = "Acceptance criteria file (default: reports/criteria/default.yaml)." };
        var command = new Command("report", "Certification report of a campaign: per-center compliance, consortium summary, methods; PDF/A with SVG figures.")
        {
            dir, output, criteria,
        };
        command.SetAction(parse =>
        {
            Render(context, parse.GetValue(dir)!, parse.GetValue(output)!, parse.GetValue(criteria));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Renders the report of a campaign folder, prints the verdicts, and returns the compliance per center.</summary>
    public static IReadOnlyList<CenterCompliance> Render(CliContext context, string folder, string pdf, string? criteriaFile)
    {
        if (!Directory.Exists(folder))
        {
            throw new InputException($"{folder}: no such campaign folder (expected {ResultsCsv.FileName} and {ManifestJson.FileName} in it)");
        }

        string resultsPath = Path.Combine(folder, ResultsCsv.FileName);
        string manifestPath = Path.Combine(folder, ManifestJson.FileName);
        string criteriaPath = criteriaFile ?? CriteriaFile.DefaultPath();
        var rows = ResultsCsv.Read(resultsPath);
        var manifest = ManifestJson.Read(manifestPath);
        var acceptance = CriteriaFile.Load(criteriaPath);
        var input = new CertificationInput(rows, manifest, acceptance, Path.GetFileName(criteriaPath),
            File.ReadAllBytes(resultsPath), File.ReadAllBytes(manifestPath), File.ReadAllBytes(criteriaPath));
        ComposedReport report = CertificationReport.Compose(input);

        string pdfPath = Path.GetFullPath(pdf);
        string outDir = Path.GetDirectoryName(pdfPath)!;
        Directory.CreateDirectory(outDir);
        File.WriteAllBytes(pdfPath, PdfReportWriter.Render(report.Document));
        var figures = FigureFiles.Write(Path.Combine(outDir, "figures"), report.Figures);

        var table = new Table().AddColumns("center", "passed", "failed", "n/a", "verdict");
        foreach (CenterCompliance c in report.Compliance)
        {
            table.AddRow(Markup.Escape(c.Center), N(c.Passed), N(c.Failed), N(c.NotApplicable), TableCell.BadgeText(c.Overall));
        }

        context.Console.Write(table);
        context.Output.WriteLine($"wrote {pdfPath} and {figures.Count} figures to {Path.Combine(outDir, "figures")}");
        return report.Compliance;
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
