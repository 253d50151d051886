using QCFramework.Reporting.Charts.Kinds;
using QCFramework.Reporting.Documents;
using QCFramework.Statistics;
using static QCFramework.Reporting.Certification.ReportText;

namespace QCFramework.Reporting.Certification;

/// <summary>The consortium summary of the certification report: how the centers compare.</summary>
internal static class ConsortiumChapter
{
    public static void Add(ReportAssembly report, ConsortiumAnalysis consortium, IReadOnlyList<CenterCompliance> compliance, AcceptanceCriteria criteria)
    {
        ReportDocumentBuilder b = report.Builder;
        b.PageBreak().Heading(1, "Consortium summary");
        b.Paragraph($"{I(compliance.Count)} center{(compliance.Count == 1 ? "" : "s")}, {I(consortium.Algorithms.Count)} algorithm{(consortium.Algorithms.Count == 1 ? "" : "s")}. "
            + "The bias of a center is its mean relative error over its valid results; the inter-center CV compares the mean measured "
            + "values of centers that scanned the same object and vertebra with the same protocol.");
        Bias(report, consortium, criteria);
        Variation(report, consortium);
        League(report, consortium);
        Failures(report, compliance);
    }

    private static void Bias(ReportAssembly report, ConsortiumAnalysis consortium, AcceptanceCriteria criteria)
    {
        report.Builder.Heading(2, "Bias per center");
        report.Table("Bias per center and algorithm: mean relative error over the valid results with its 95 % confidence interval",
        [
            ("Algorithm", CellAlignment.Left), ("Center", CellAlignment.Left), ("n", CellAlignment.Right),
            ("Mean RE (%) [95 % CI]", CellAlignment.Right),
        ],
        consortium.Algorithms.SelectMany(a => consortium.BiasByAlgorithm[a].Select(c => (IReadOnlyList<TableCell>)
            [a, c.Center, I(c.N), WithCi(c.MeanRelativeErrorPct, c.Ci95, 2)])));

        double? acceptance = criteria.Criteria
            .FirstOrDefault(c => c.Metric == CriterionMetric.RelativeErrorPct && c.Limits.OnAbsoluteValue)?.Limits.Max;
        foreach (string algorithm in consortium.Algorithms)
        {
            var bias = consortium.BiasByAlgorithm[algorithm];
            if (bias.Count == 0)
            {
                continue;
            }

            report.Figure(
                CenterBiasChart.Create($"{algorithm}: bias per center", bias.Select(c => c.Center).ToArray(), "Mean RE", "%",
                    bias.Select(c => c.MeanRelativeErrorPct).ToArray(),
                    bias.Select(c => c.Ci95.IsDefined ? c.Ci95.Lower : c.MeanRelativeErrorPct).ToArray(),
                    bias.Select(c => c.Ci95.IsDefined ? c.Ci95.Upper : c.MeanRelativeErrorPct).ToArray(), acceptance),
                $"Mean relative error per center with {algorithm}, with 95 % confidence intervals"
                + (acceptance is double a ? $" and the acceptance range ±{G(a)} %." : "."),
                480, 260, algorithm, "bias per center");
        }
    }

    /// <summary>Per-protocol rows are listed up to this many; beyond, only the summary per algorithm, object and vertebra is.</summary>
    public const int MaxListedVariationRows = 40;

    private static void Variation(ReportAssembly report, ConsortiumAnalysis consortium)
    {
        ReportDocumentBuilder b = report.Builder;
        b.Heading(2, "Inter-center variability");
        if (consortium.Variation.Count == 0)
        {
            b.Paragraph("No object and vertebra was scanned with the same protocol at two or more centers, so there is no inter-center CV.");
            return;
        }

        var summary = consortium.Variation.GroupBy(v => (v.Algorithm, v.Object, v.Vertebra)).ToArray();
        report.Table("Inter-center CV per algorithm, object and vertebra over the protocols scanned at two or more centers",
        [
            ("Algorithm", CellAlignment.Left), ("Object", CellAlignment.Left), ("Vertebra", CellAlignment.Left),
            ("Protocols", CellAlignment.Right), ("Median CV (%)", CellAlignment.Right), ("Highest CV (%)", CellAlignment.Right),
            ("Protocol with the highest CV", CellAlignment.Left),
        ],
        summary.Select(g =>
        {
            double[] cv = g.Select(v => v.CvPct).ToArray();
            InterCenterVariation highest = g.OrderByDescending(v => v.CvPct).First();
            return (IReadOnlyList<TableCell>)
                [g.Key.Algorithm, g.Key.Object, g.Key.Vertebra, I(cv.Length), F(Descriptive.Median(cv), 2), F(highest.CvPct, 2), highest.Protocol];
        }));

        if (consortium.Variation.Count > MaxListedVariationRows)
        {
            b.Paragraph($"The {I(consortium.Variation.Count)} per-protocol values are summarised above; each can be recomputed from the attached results.csv.",
                ParagraphStyle.Note);
            return;
        }

        report.Table("Inter-center CV: the spread of the centers' mean measured BMD for the same object, vertebra and protocol",
        [
            ("Algorithm", CellAlignment.Left), ("Object", CellAlignment.Left), ("Vertebra", CellAlignment.Left),
            ("Centers", CellAlignment.Right), ("Mean (mg HA/cm³)", CellAlignment.Right), ("CV (%)", CellAlignment.Right),
            ("Protocol", CellAlignment.Left),
        ],
        consortium.Variation.Select(v => (IReadOnlyList<TableCell>)
            [v.Algorithm, v.Object, v.Vertebra, I(v.Centers), F(v.MeanMgPerCm3, 2), F(v.CvPct, 2), v.Protocol]));
    }

    private static void League(ReportAssembly report, ConsortiumAnalysis consortium)
    {
        report.Builder.Heading(2, "League table");
        report.Table("Centers ranked by mean |RE| over all their valid results (all algorithms), with the criteria each fails",
        [
            ("Rank", CellAlignment.Right), ("Center", CellAlignment.Left), ("Scanner", CellAlignment.Left),
            ("Valid results", CellAlignment.Right), ("Mean |RE| (%)", CellAlignment.Right), ("Failed criteria", CellAlignment.Left),
            ("Verdict", CellAlignment.Center),
        ],
        consortium.League.Select(e => (IReadOnlyList<TableCell>)
        [
            I(e.Rank), e.Center, e.Scanner, I(e.Results), F(e.MeanAbsRelativeErrorPct, 2), FailedCriteria(e.Compliance), TableCell.Of(e.Compliance.Overall),
        ]));
    }

    /// <summary>"|RE| ≤ 5 % (2 of 6 groups)", one line per failed criterion, or "none".</summary>
    private static string FailedCriteria(CenterCompliance c)
    {
        var failed = c.Outcomes.Where(o => o.Verdict == Verdict.Fail).GroupBy(o => o.Criterion).ToArray();
        if (failed.Length == 0)
        {
            return "none";
        }

        return string.Join("\n", failed.Select(g =>
            $"{g.Key.Name} ({I(g.Count())} of {I(c.Outcomes.Count(o => o.Criterion == g.Key))} groups)"));
    }

    private static void Failures(ReportAssembly report, IReadOnlyList<CenterCompliance> compliance)
    {
        ReportDocumentBuilder b = report.Builder;
        b.Heading(2, "Failures by center");
        var failed = compliance.SelectMany(c => c.Outcomes).Where(o => o.Verdict == Verdict.Fail).ToArray();
        if (failed.Length == 0)
        {
            b.Paragraph("No center fails any criterion.");
            return;
        }

        report.Table("Every failed criterion, by center",
        [
            ("Center", CellAlignment.Left), ("Criterion", CellAlignment.Left), ("Group", CellAlignment.Left),
            ("Measured", CellAlignment.Right), ("Limit", CellAlignment.Left),
        ],
        failed.Select(o => (IReadOnlyList<TableCell>)
            [o.Center, NoBreak(o.Criterion.Name), NoBreak(o.GroupLabel), NoBreak(CenterChapter.MeasuredText(o)), NoBreak(o.Criterion.LimitText)]));
    }
}
