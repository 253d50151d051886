using QCFramework.Reporting.Charts.Kinds;
using QCFramework.Reporting.Documents;
using QCFramework.Results;
using QCFramework.Statistics;
using static QCFramework.Reporting.Certification.ReportText;

namespace QCFramework.Reporting.Certification;

/// <summary>One center's chapter of the certification report.</summary>
internal static class CenterChapter
{
    private const string Bmd = "BMD";
    private const string BmdUnit = "mg HA/cm³";

    public static void Add(ReportAssembly report, CenterAnalysis center, CenterCompliance compliance, AcceptanceCriteria criteria, CampaignManifest manifest)
    {
        ReportDocumentBuilder b = report.Builder;
        b.PageBreak().Heading(1, center.Center);
        int valid = center.ValidRows.Count();
        b.Paragraph($"{Scanners(center, manifest)} {I(center.Rows.Select(r => r.ScanId).Distinct().Count())} scans gave "
            + $"{I(center.Rows.Count)} results (scan × vertebra × algorithm), of which {I(valid)} are valid. "
            + $"Verdict: {TableCell.BadgeText(compliance.Overall)} ({I(compliance.Passed)} passed, {I(compliance.Failed)} failed, "
            + $"{I(compliance.NotApplicable)} not applicable).");

        Protocols(report, center);
        Criteria(report, compliance);
        AccuracyAndPrecision(report, center);
        LinearityAndAgreement(report, center);
        Figures(report, center, criteria);
        NotValid(report, center);
    }

    private static string Scanners(CenterAnalysis center, CampaignManifest manifest)
    {
        var info = manifest.Centers.Where(c => c.Name == center.Center).ToArray();
        if (info.Length == 0)
        {
            return $"Scanner: {string.Join(", ", center.Rows.Select(r => r.Scanner).Distinct().Order(ReportOrder.Labels))}.";
        }

        return "Scanner: " + string.Join("; ", info.Select(c => $"{c.Scanner} ({c.Manufacturer} {c.Model})")) + ".";
    }

    private static void Protocols(ReportAssembly report, CenterAnalysis center)
    {
        report.Builder.Heading(2, "Scanner and protocols");
        report.Table($"Protocols scanned at {center.Center}",
        [
            ("Scanner", CellAlignment.Left), ("kVp", CellAlignment.Right), ("mAs", CellAlignment.Right),
            ("Kernel", CellAlignment.Left), ("Slice (mm)", CellAlignment.Right), ("Contrast", CellAlignment.Left),
            ("Dual energy", CellAlignment.Left), ("Mode", CellAlignment.Left), ("Phantoms", CellAlignment.Left),
            ("Repeats", CellAlignment.Right), ("Scans", CellAlignment.Right),
        ],
        center.Protocols.Select(p => (IReadOnlyList<TableCell>)
        [
            p.Scanner, G(p.Kvp), G(p.Mas), p.Kernel, G(p.SliceMm), p.Contrast, p.DualEnergy, p.Mode, p.Phantoms,
            I(p.Repeats), I(p.Scans),
        ]));
    }

    private static void Criteria(ReportAssembly report, CenterCompliance compliance)
    {
        report.Builder.Heading(2, "Acceptance criteria");
        report.Table($"Criteria at {compliance.Center}: the measured value of each group against the limit",
        [
            ("Criterion", CellAlignment.Left), ("Group", CellAlignment.Left), ("Limit", CellAlignment.Left),
            ("Measured", CellAlignment.Right), ("Valid results", CellAlignment.Right), ("Result", CellAlignment.Center),
            ("Note", CellAlignment.Left),
        ],
        compliance.Outcomes.Select(o => (IReadOnlyList<TableCell>)
        [
            NoBreak(o.Criterion.Name), NoBreak(o.GroupLabel), NoBreak(o.Criterion.LimitText), NoBreak(MeasuredText(o)),
            NoBreak($"{I(o.ValidResults)} of {I(o.Results)}"), TableCell.Of(o.Verdict), o.Note,
        ]));
    }

    /// <summary>The measured value with its unit, as printed in criteria tables.</summary>
    public static string MeasuredText(CriterionOutcome o)
    {
        string unit = CriterionMetrics.Unit(o.Criterion.Metric);
        string value = F(o.Value, CriterionMetrics.Decimals(o.Criterion.Metric));
        return double.IsFinite(o.Value) && unit.Length > 0 ? $"{value} {unit}" : value;
    }

    private static void AccuracyAndPrecision(ReportAssembly report, CenterAnalysis center)
    {
        report.Builder.Heading(2, "Accuracy and precision");
        report.Table($"Accuracy and precision at {center.Center} per algorithm and vertebra (valid results)",
        [
            ("Algorithm", CellAlignment.Left), ("Vertebra", CellAlignment.Left), ("n", CellAlignment.Right),
            ("Truth (mg HA/cm³)", CellAlignment.Right), ("Mean measured (mg HA/cm³)", CellAlignment.Right),
            ("RE (%)", CellAlignment.Right), ("RSD (%)", CellAlignment.Right), ("Repeat sets", CellAlignment.Right),
            ("RMSE (mg HA/cm³)", CellAlignment.Right),
        ],
        center.ByVertebra.Select(v => (IReadOnlyList<TableCell>)
        [
            v.Algorithm, v.Vertebra, I(v.Metrics.N), (v.Metrics.SingleTruth || v.Metrics.N == 0 ? "" : "mean ") + F(v.Metrics.MeanTruthMgPerCm3, 1),
            F(v.Metrics.MeanMeasuredMgPerCm3, 2), F(v.Metrics.RelativeErrorPct, 2), F(v.Metrics.RsdPct, 2), I(v.Metrics.RepeatSets),
            F(v.Metrics.RmseMgPerCm3, 2),
        ]));
    }

    private static void LinearityAndAgreement(ReportAssembly report, CenterAnalysis center)
    {
        ReportDocumentBuilder b = report.Builder;
        b.Heading(2, "Linearity and agreement with truth");
        report.Table($"Least-squares regression of measured on nominal BMD at {center.Center} (all vertebrae), with 95 % confidence intervals",
        [
            ("Algorithm", CellAlignment.Left), ("n", CellAlignment.Right), ("Slope [95 % CI]", CellAlignment.Right),
            ("Intercept (mg HA/cm³) [95 % CI]", CellAlignment.Right), ("R²", CellAlignment.Right), ("SEE (mg HA/cm³)", CellAlignment.Right),
        ],
        center.ByAlgorithm.Select(a => a.Metrics.Regression is { } r
            ? (IReadOnlyList<TableCell>)
            [
                a.Algorithm, I(r.N), WithCi(r.Slope, r.SlopeCi, 3), WithCi(r.Intercept, r.InterceptCi, 2), F(r.RSquared, 4),
                F(r.StandardErrorOfEstimate, 2),
            ]
            : [a.Algorithm, I(a.Metrics.N), NotAvailable, NotAvailable, NotAvailable, NotAvailable]));
        Unavailable(b, center.ByAlgorithm.Where(a => a.Metrics.Regression is null)
            .Select(a => $"{a.Algorithm}: no regression ({a.Metrics.Unavailable(CriterionMetric.Slope)})."));

        report.Table($"Bland–Altman agreement of measured with true BMD at {center.Center} (difference measured − true, mg HA/cm³), with 95 % confidence intervals",
        [
            ("Algorithm", CellAlignment.Left), ("n", CellAlignment.Right), ("Bias [95 % CI]", CellAlignment.Right),
            ("Lower limit [95 % CI]", CellAlignment.Right), ("Upper limit [95 % CI]", CellAlignment.Right),
        ],
        center.ByAlgorithm.Select(a => a.Agreement is { } ba
            ? (IReadOnlyList<TableCell>)
            [
                a.Algorithm, I(ba.N), WithCi(ba.MeanDifference, ba.BiasCi, 2), WithCi(ba.LoaLower, ba.LoaLowerCi, 2),
                WithCi(ba.LoaUpper, ba.LoaUpperCi, 2),
            ]
            : [a.Algorithm, I(a.Metrics.N), NotAvailable, NotAvailable, NotAvailable]));
        Unavailable(b, center.ByAlgorithm.Where(a => a.Agreement is null).Select(a => $"{a.Algorithm}: no Bland–Altman analysis ({a.AgreementUnavailable})."));

        if (center.HasSubjects)
        {
            report.Table($"Agreement of the osteoporosis classes (< 80, 80–120, > 120 mg HA/cm³; ACR 2013) of measured and true BMD at {center.Center}, per scan and subject",
            [
                ("Algorithm", CellAlignment.Left), ("Pairs", CellAlignment.Right), ("Agreement (%)", CellAlignment.Right),
                ("κ [95 % CI]", CellAlignment.Right), ("Weighted κ [95 % CI]", CellAlignment.Right),
            ],
            center.ByAlgorithm.Select(a => a.Classes is { } c
                ? (IReadOnlyList<TableCell>)
                [
                    a.Algorithm, I(c.N), F(100 * c.Kappa.ObservedAgreement, 1), WithCi(c.Kappa.Kappa, c.Kappa.KappaCi, 3),
                    WithCi(c.Kappa.WeightedKappa, c.Kappa.WeightedKappaCi, 3),
                ]
                : [a.Algorithm, "0", NotAvailable, NotAvailable, NotAvailable]));
        }
    }

    private static void Unavailable(ReportDocumentBuilder b, IEnumerable<string> reasons)
    {
        string text = string.Join(" ", reasons);
        if (text.Length > 0)
        {
            b.Paragraph(text, ParagraphStyle.Note);
        }
    }

    private static void Figures(ReportAssembly report, CenterAnalysis center, AcceptanceCriteria criteria)
    {
        ReportDocumentBuilder b = report.Builder;
        foreach (AlgorithmSummary algorithm in center.ByAlgorithm)
        {
            // The heading is followed directly by a figure, so the two always share a page.
            b.Heading(2, $"Figures: {algorithm.Algorithm}");
            var valid = center.ValidRows.Where(r => r.Algorithm == algorithm.Algorithm).ToList();
            if (valid.Count == 0)
            {
                b.Paragraph($"{algorithm.Algorithm} gave no valid results at {center.Center}; there is nothing to plot.", ParagraphStyle.Note);
                continue;
            }

            string who = $"{center.Center} · {algorithm.Algorithm}";
            var groups = valid.GroupBy(r => r.Kvp).OrderBy(g => g.Key)
                .Select(g => new MeasuredVsNominalChart.Group($"{G(g.Key)} kVp", g.Select(r => r.TruthMgPerCm3).ToArray(),
                    g.Select(r => r.MeasuredMgPerCm3!.Value).ToArray()))
                .ToArray();
            LinearRegressionResult? fit = algorithm.Metrics.Regression;
            report.Figure(
                MeasuredVsNominalChart.Create($"{who}: measured against nominal BMD", Bmd, BmdUnit, groups,
                    fit is null ? null : new MeasuredVsNominalChart.Fit(fit.Slope, fit.Intercept, "Least-squares")),
                $"Measured against nominal BMD at {center.Center} with {algorithm.Algorithm}, by tube voltage, with the identity line"
                + (fit is null ? "." : " and the least-squares line."),
                400, 300, center.Center, algorithm.Algorithm, "measured vs nominal");

            if (algorithm.Agreement is { } ba)
            {
                report.Figure(
                    BlandAltmanChart.Create($"{who}: Bland–Altman", Bmd, BmdUnit,
                        valid.Select(r => 0.5 * (r.TruthMgPerCm3 + r.MeasuredMgPerCm3!.Value)).ToArray(),
                        valid.Select(r => r.MeasuredMgPerCm3!.Value - r.TruthMgPerCm3).ToArray(),
                        new BlandAltmanChart.Agreement(ba.MeanDifference, ba.LoaLower, ba.LoaUpper, Interval(ba.BiasCi),
                            Interval(ba.LoaLowerCi), Interval(ba.LoaUpperCi)),
                        "measured − true", "F2"),
                    $"Bland–Altman plot of measured against true BMD at {center.Center} with {algorithm.Algorithm}: bias and 95 % limits of agreement with their 95 % confidence intervals.",
                    480, 270, center.Center, algorithm.Algorithm, "bland altman");
            }
            else
            {
                b.Paragraph($"No Bland–Altman plot for {algorithm.Algorithm}: {algorithm.AgreementUnavailable}.", ParagraphStyle.Note);
            }

            Heatmap(report, center, algorithm.Algorithm, valid);
            Precision(report, center, algorithm.Algorithm, criteria);
        }

    }

    /// <summary>Mean RE per tube voltage (rows) and kernel (columns; kernel and contrast phase when the center scanned several phases).</summary>
    private static void Heatmap(ReportAssembly report, CenterAnalysis center, string algorithm, List<ResultRow> valid)
    {
        bool byContrast = valid.Select(r => r.Contrast).Distinct().Count() > 1;
        string Column(ResultRow r) => byContrast ? $"{r.Kernel} / {r.Contrast}" : r.Kernel;
        double[] kvps = valid.Select(r => r.Kvp).Distinct().Order().ToArray();
        string[] columns = valid.Select(Column).Distinct().Order(ReportOrder.Labels).ToArray();
        var values = new double[kvps.Length, columns.Length];
        for (int i = 0; i < kvps.Length; i++)
        {
            for (int j = 0; j < columns.Length; j++)
            {
                var cell = valid.Where(r => r.Kvp == kvps[i] && Column(r) == columns[j] && r.RelativeErrorPct is not null).ToArray();
                values[i, j] = cell.Length == 0 ? double.NaN : cell.Average(r => r.RelativeErrorPct!.Value);
            }
        }

        // Many columns get vertical labels, which need room below the cells.
        double height = Math.Clamp(110 + 32 * kvps.Length + (columns.Length > 6 ? 50 : 0), 180, 420);
        double width = columns.Length > 4 ? 480 : 400;
        report.Figure(
            RelativeErrorHeatmap.Create($"{center.Center} · {algorithm}: mean RE by protocol", "Tube voltage",
                kvps.Select(k => $"{G(k)} kVp").ToArray(), byContrast ? "Kernel / contrast" : "Kernel", columns, values),
            $"Mean relative error (%) at {center.Center} with {algorithm} for each tube voltage and kernel"
            + (byContrast ? " and contrast phase" : "") + ", over vertebrae and repeats; n/a where the protocol was not scanned.",
            width, height, center.Center, algorithm, "re heatmap");
    }

    /// <summary>RSD per vertebra for one algorithm, against the first RSD criterion's limit.</summary>
    private static void Precision(ReportAssembly report, CenterAnalysis center, string algorithm, AcceptanceCriteria criteria)
    {
        var vertebrae = center.ByVertebra.Where(v => v.Algorithm == algorithm).ToArray();
        if (!vertebrae.Any(v => double.IsFinite(v.Metrics.RsdPct)))
        {
            report.Builder.Paragraph($"No precision plot for {algorithm}: no protocol gave it repeated valid results at {center.Center}.", ParagraphStyle.Note);
            return;
        }

        double? limit = criteria.Criteria.FirstOrDefault(c => c.Metric == CriterionMetric.RsdPct && !c.Limits.OnAbsoluteValue)?.Limits.Max;
        bool gaps = vertebrae.Any(v => !double.IsFinite(v.Metrics.RsdPct));
        report.Figure(
            PrecisionChart.Create($"{center.Center} · {algorithm}: precision over repeated scans", "Vertebra",
                vertebrae.Select(v => v.Vertebra).ToArray(), "RSD", "%", vertebrae.Select(v => v.Metrics.RsdPct).ToArray(), limit),
            $"Relative standard deviation over repeated scans (RMS CV over repeat sets) at {center.Center} with {algorithm}, per vertebra"
            + (limit is null ? "" : ", with the acceptance limit") + (gaps ? "; no bar where a vertebra has no repeated valid results." : "."),
            400, 240, center.Center, algorithm, "precision");
    }

    private static void NotValid(ReportAssembly report, CenterAnalysis center)
    {
        ReportDocumentBuilder b = report.Builder;
        b.Heading(2, "Results not applicable or failed");
        if (center.NotValid.Count == 0)
        {
            b.Paragraph($"All {I(center.Rows.Count)} results at {center.Center} are valid.");
            return;
        }

        int count = center.NotValid.Sum(g => g.Count);
        b.Paragraph($"{I(count)} of {I(center.Rows.Count)} results at {center.Center} have no value. They are excluded from every statistic "
            + "above and counted in the notes of the criteria they belong to.");
        report.Table($"Results without a value at {center.Center}, by algorithm, vertebra, status and reason",
        [
            ("Algorithm", CellAlignment.Left), ("Vertebra", CellAlignment.Left), ("Status", CellAlignment.Left),
            ("Reason", CellAlignment.Left), ("Results", CellAlignment.Right), ("First scan", CellAlignment.Left),
        ],
        center.NotValid.Select(g => (IReadOnlyList<TableCell>)
            [g.Algorithm, g.Vertebra, g.Status, g.Reason.Length > 0 ? g.Reason : "(no reason given)", I(g.Count), g.FirstScan]));
    }

    private static BlandAltmanChart.Interval? Interval(ConfidenceInterval ci) => ci.IsDefined ? new(ci.Lower, ci.Upper) : null;
}
