using QCFramework.IO.Results;
using QCFramework.Reporting.Documents;
using QCFramework.Results;
using static QCFramework.Reporting.Certification.ReportText;

namespace QCFramework.Reporting.Certification;

/// <summary>The methods appendix: what makes the report's numbers traceable and reproducible, and what each of them means.</summary>
internal static class MethodsAppendix
{
    /// <summary>Scan seeds listed in full up to this many scans; beyond it, the first ones and the count.</summary>
    public const int MaxListedSeeds = 40;

    public static void Add(ReportAssembly report, CertificationInput input)
    {
        CampaignManifest m = input.Manifest;
        ReportDocumentBuilder b = report.Builder;
        b.PageBreak().Heading(1, "Methods appendix");
        b.Heading(2, "Software and campaign");
        report.Table("Software, campaign and files of this report",
        [("Item", CellAlignment.Left), ("Value", CellAlignment.Left)],
        new (string, string)[]
        {
            ("Campaign", m.Campaign),
            ("Software", $"QCFramework {m.SoftwareVersion}"),
            ("Source commit", m.SoftwareCommit),
            ("Campaign SHA-256", m.CampaignSha256),
            ("Master seed", I(m.MasterSeed)),
            ("Campaign defined (UTC)", m.CreatedUtc),
            ("Shard", m.Shard),
            ("Criteria", $"{input.Criteria.Name} ({input.CriteriaFileName}), SHA-256 {Sha256(input.CriteriaYaml)}"),
            (ResultsCsv.FileName, $"{I(input.Rows.Count)} results, SHA-256 {Sha256(input.ResultsCsv)}"),
            (ManifestJson.FileName, $"SHA-256 {Sha256(input.ManifestJson)}"),
        }.Select(p => (IReadOnlyList<TableCell>)[new TableCell(p.Item1, Bold: true), p.Item2]));
        b.Paragraph($"{ResultsCsv.FileName}, {ManifestJson.FileName} and {Path.GetFileName(input.CriteriaFileName)} are attached to this PDF "
            + "byte for byte (PDF/A-3 associated files); the SHA-256 values above identify them.", ParagraphStyle.Note);

        Seeds(report, m);
        Files(report, m);
        Algorithms(report, input);
        Criteria(report, input.Criteria);
        Definitions(report);
    }

    private static void Seeds(ReportAssembly report, CampaignManifest m)
    {
        ReportDocumentBuilder b = report.Builder;
        b.Heading(2, "Seeds");
        b.Paragraph($"Every scan's noise comes from its own seed, derived from the master seed {I(m.MasterSeed)} and the scan's identity, "
            + $"so any scan can be rerun alone. The campaign has {I(m.Scans.Count)} scans"
            + (m.Scans.Count > MaxListedSeeds ? $"; the first {I(MaxListedSeeds)} are listed (all are in {ManifestJson.FileName})." : "."));
        if (m.Scans.Count == 0)
        {
            return;
        }

        report.Table(m.Scans.Count > MaxListedSeeds ? $"Scan seeds (first {I(MaxListedSeeds)} of {I(m.Scans.Count)})" : "Scan seeds",
        [("Scan", CellAlignment.Left), ("Seed", CellAlignment.Right)],
        m.Scans.Take(MaxListedSeeds).Select(s => (IReadOnlyList<TableCell>)[s.ScanId, I(s.Seed)]));
    }

    private static void Files(ReportAssembly report, CampaignManifest m)
    {
        ReportDocumentBuilder b = report.Builder;
        b.Heading(2, "Inputs and outputs");
        var rows = m.Inputs.Select(f => ("input", f)).Concat(m.Outputs.Select(f => ("output", f))).ToArray();
        if (rows.Length == 0)
        {
            b.Paragraph("The manifest lists no input or output files.");
            return;
        }

        // The path and its 64-digit hash share a cell, one per line, so that neither is broken.
        report.Table("Files of the campaign with their SHA-256",
        [("Kind", CellAlignment.Left), ("Path and SHA-256", CellAlignment.Left)],
        rows.Select(r => (IReadOnlyList<TableCell>)[r.Item1, $"{r.f.Path}\n{r.f.Sha256}"]));
    }

    private static void Algorithms(ReportAssembly report, CertificationInput input)
    {
        ReportDocumentBuilder b = report.Builder;
        b.Heading(2, "Algorithms");
        IReadOnlyList<AlgorithmInfo> listed = input.Manifest.Algorithms;
        report.Table("Calibration algorithms of the campaign",
        [("Algorithm", CellAlignment.Left), ("Family", CellAlignment.Left), ("Citation", CellAlignment.Left)],
        listed.Select(a => (IReadOnlyList<TableCell>)[a.Name, a.Family, a.Citation]));
        var unlisted = input.Rows.Select(r => r.Algorithm).Distinct()
            .Where(a => !listed.Any(l => l.Name == a)).Order(ReportOrder.Labels).ToArray();
        if (unlisted.Length > 0)
        {
            b.Paragraph($"Results name algorithms the manifest does not list: {string.Join(", ", unlisted)}.", ParagraphStyle.Note);
        }
    }

    private static void Criteria(ReportAssembly report, AcceptanceCriteria criteria)
    {
        ReportDocumentBuilder b = report.Builder;
        b.Heading(2, "Acceptance criteria");
        if (criteria.Description.Length > 0)
        {
            b.Paragraph(criteria.Description);
        }

        report.Table($"The criteria '{criteria.Name}' and the sources of their limits",
        [
            ("Criterion", CellAlignment.Left), ("Metric", CellAlignment.Left), ("Limit and scope", CellAlignment.Left),
            ("Source", CellAlignment.Left),
        ],
        criteria.Criteria.Select(c => (IReadOnlyList<TableCell>)
        [
            $"{c.Name} ({c.Id})", CriterionMetrics.YamlName(c.Metric),
            $"{c.LimitText}, {c.ScopeText}; algorithms: {(c.Algorithms.Count == 0 ? "all" : string.Join(", ", c.Algorithms))}", c.Source,
        ]));
    }

    private static void Definitions(ReportAssembly report)
    {
        report.Builder.Heading(2, "Definitions of the statistics");
        report.Table("How each statistic of this report is computed, and its source",
        [("Statistic", CellAlignment.Left), ("Definition", CellAlignment.Left), ("Source", CellAlignment.Left)],
        StatisticDefinitions.All.Select(d => (IReadOnlyList<TableCell>)[new TableCell(d.Name, Bold: true), d.Computation, d.Source]));
    }
}
