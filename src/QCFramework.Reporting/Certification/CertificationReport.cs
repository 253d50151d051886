using QCFramework.IO.Results;
using QCFramework.Reporting.Documents;
using QCFramework.Results;
using static QCFramework.Reporting.Certification.ReportText;

namespace QCFramework.Reporting.Certification;

/// <summary>
/// Composes the certification report of a campaign (project issue #7): a summary of every center's
/// compliance; a chapter per center (scanner and protocols, acceptance criteria with the measured values,
/// accuracy, precision, linearity, agreement and classification statistics, figures, and the results that
/// are not valid with their reasons); a consortium summary (bias per center, inter-center CV, league
/// table, failures by center); and a methods appendix (software, campaign hash, seeds, inputs, algorithms
/// with citations, criteria, definitions of every statistic). results.csv, manifest.json and the criteria
/// file are attached. The same input gives the same document: its date is the manifest's creation time
/// and its identity is derived from the campaign hash and the attached files.
/// </summary>
public static class CertificationReport
{
    /// <summary>Composes the report.</summary>
    /// <exception cref="InputException">The manifest's creation time is not ISO 8601, or there are no results.</exception>
    public static ComposedReport Compose(CertificationInput input)
    {
        if (input.Rows.Count == 0)
        {
            throw new InputException($"{ResultsCsv.FileName}: no results to report on; the file has a header but no rows");
        }

        CampaignManifest manifest = input.Manifest;
        // Canonical order, so that every sum is taken in the same order whatever order the rows came in.
        IReadOnlyList<ResultRow> rows = ResultsCsv.Sort(input.Rows);
        IReadOnlyList<CenterCompliance> compliance = Compliance.Evaluate(rows, input.Criteria);
        var centers = compliance
            .Select(c => CenterAnalysis.Of(c.Center, rows.Where(r => r.Center == c.Center).ToArray()))
            .ToArray();
        var consortium = ConsortiumAnalysis.Of(centers, compliance);

        string software = $"QCFramework {manifest.SoftwareVersion} (commit {manifest.SoftwareCommit})";
        var metadata = new DocumentMetadata(
            $"QCT certification report: {manifest.Campaign}",
            "QCFramework certification",
            $"Certification of QCT bone mineral density measurement at {centers.Length} center{(centers.Length == 1 ? "" : "s")} against the criteria '{input.Criteria.Name}'",
            "QCT, vBMD, BMD, certification, acceptance criteria, phantom, calibration",
            software,
            ManifestJson.CreatedAt(manifest),
            $"campaign:{manifest.CampaignSha256}/certification/results:{Sha256(input.ResultsCsv)}/manifest:{Sha256(input.ManifestJson)}/criteria:{Sha256(input.CriteriaYaml)}");
        var titlePage = new TitlePage("QCT certification report", $"Campaign {manifest.Campaign}",
        [
            new("Campaign", manifest.Campaign),
            new("Centers", string.Join(", ", compliance.Select(c => c.Center))),
            new("Compliant", $"{I(compliance.Count(c => c.Compliant))} of {I(compliance.Count)} centers"),
            new("Acceptance criteria", $"{input.Criteria.Name} ({input.CriteriaFileName}, {I(input.Criteria.Criteria.Count)} criteria)"),
            new("Results", $"{I(input.Rows.Count)} results of {I(input.Rows.Select(r => r.ScanId).Distinct().Count())} scans"),
            new("Campaign defined", manifest.CreatedUtc),
            new("Software", software),
            new("Campaign SHA-256", manifest.CampaignSha256),
        ]);

        var report = new ReportAssembly(new ReportDocumentBuilder(metadata, titlePage));
        Summary(report, input, compliance);
        foreach (CenterAnalysis center in centers)
        {
            CenterChapter.Add(report, center, compliance.First(c => c.Center == center.Center), input.Criteria, manifest);
        }

        ConsortiumChapter.Add(report, consortium, compliance, input.Criteria);
        MethodsAppendix.Add(report, input);

        report.Builder
            .Attach(ResultsCsv.FileName, input.ResultsCsv, "text/csv", "Campaign results: one row per scan × vertebra × algorithm", AttachmentRelationship.Data)
            .Attach(ManifestJson.FileName, input.ManifestJson, "application/json", "Campaign manifest: software, hashes, seeds", AttachmentRelationship.Supplement)
            .Attach(Path.GetFileName(input.CriteriaFileName), input.CriteriaYaml, "application/yaml", "Acceptance criteria the report evaluates", AttachmentRelationship.Source);
        return new ComposedReport(report.Builder.Build(), report.Figures, compliance);
    }

    private static void Summary(ReportAssembly report, CertificationInput input, IReadOnlyList<CenterCompliance> compliance)
    {
        int valid = input.Rows.Count(r => r.Status == ResultsCsv.StatusOk);
        report.Builder.Heading(1, "Summary").Paragraph(
            $"This report evaluates {I(compliance.Count)} center{(compliance.Count == 1 ? "" : "s")} of campaign {input.Manifest.Campaign} "
            + $"against the acceptance criteria '{input.Criteria.Name}'. Each criterion is evaluated within each center, separately for each group "
            + "of results its scope names (e.g. each vertebra and algorithm), on the valid results of that group. It passes (PASS) when the "
            + "measured value lies within its limits, fails (FAIL) when it does not, and is not applicable (N/A) when the group gives no value. "
            + "A center complies when at least one criterion was evaluated and none fails. "
            + $"Of {I(input.Rows.Count)} results, {I(valid)} are valid; the others are counted and listed with their reasons in each center's chapter.");
        report.Table("Compliance of each center",
        [
            ("Center", CellAlignment.Left), ("Scanner", CellAlignment.Left), ("Valid results", CellAlignment.Right),
            ("Passed", CellAlignment.Right), ("Failed", CellAlignment.Right), ("N/A", CellAlignment.Right),
            ("Verdict", CellAlignment.Center),
        ],
        compliance.Select(c =>
        {
            var rows = input.Rows.Where(r => r.Center == c.Center).ToArray();
            return (IReadOnlyList<TableCell>)
            [
                c.Center, string.Join(", ", rows.Select(r => r.Scanner).Distinct().Order(ReportOrder.Labels)),
                $"{I(rows.Count(r => r.Status == ResultsCsv.StatusOk))} of {I(rows.Length)}",
                I(c.Passed), I(c.Failed), I(c.NotApplicable), TableCell.Of(c.Overall),
            ];
        }));
        report.Table($"Acceptance criteria '{input.Criteria.Name}' (definitions and sources in the methods appendix)",
        [
            ("Criterion", CellAlignment.Left), ("Limit", CellAlignment.Left), ("Evaluated", CellAlignment.Left),
            ("Algorithms", CellAlignment.Left),
        ],
        input.Criteria.Criteria.Select(c => (IReadOnlyList<TableCell>)
            [c.Name, c.LimitText, c.ScopeText, c.Algorithms.Count == 0 ? "all" : string.Join(", ", c.Algorithms)]));
    }
}
