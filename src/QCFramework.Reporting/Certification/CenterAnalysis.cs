using QCFramework.IO.Results;
using QCFramework.Results;
using QCFramework.Statistics;

namespace QCFramework.Reporting.Certification;

/// <summary>Everything the report says about one center, computed from its rows.</summary>
internal sealed record CenterAnalysis(string Center, IReadOnlyList<ResultRow> Rows, IReadOnlyList<ProtocolSummary> Protocols,
    IReadOnlyList<AlgorithmVertebraSummary> ByVertebra, IReadOnlyList<AlgorithmSummary> ByAlgorithm, IReadOnlyList<NotValidGroup> NotValid)
{
    /// <summary>Valid results (status ok).</summary>
    public IEnumerable<ResultRow> ValidRows => Rows.Where(r => r.Status == ResultsCsv.StatusOk);

    /// <summary>The algorithms in report order.</summary>
    public IEnumerable<string> Algorithms => ByAlgorithm.Select(a => a.Algorithm);

    /// <summary>True when some results belong to cohort subjects.</summary>
    public bool HasSubjects => Rows.Any(r => r.Subject.Length > 0);

    /// <summary>Analyses one center's rows.</summary>
    public static CenterAnalysis Of(string center, IReadOnlyList<ResultRow> rows)
    {
        var byVertebra = new List<AlgorithmVertebraSummary>();
        var byAlgorithm = new List<AlgorithmSummary>();
        foreach (var algorithm in rows.GroupBy(r => r.Algorithm).OrderBy(g => g.Key, ReportOrder.Labels))
        {
            foreach (var vertebra in algorithm.GroupBy(r => r.Vertebra).OrderBy(g => g.Key, ReportOrder.Labels))
            {
                byVertebra.Add(new AlgorithmVertebraSummary(algorithm.Key, vertebra.Key, GroupMetrics.Of(Valid(vertebra))));
            }

            var valid = Valid(algorithm);
            var (agreement, unavailable) = AgreementWithTruth(valid);
            byAlgorithm.Add(new AlgorithmSummary(algorithm.Key, GroupMetrics.Of(valid), agreement, unavailable, Classes(valid)));
        }

        return new CenterAnalysis(center, rows, ProtocolsOf(rows), byVertebra, byAlgorithm, NotValidGroups(rows));
    }

    /// <summary>The protocol of a result as printed: "120 kVp · 200 mAs · standard · 1 mm · no contrast" (with dual energy and mode when set).</summary>
    public static string ProtocolLabel(ResultRow r)
    {
        var parts = new List<string>
        {
            GroupingFactors.Value(GroupingFactor.Kvp, r), GroupingFactors.Value(GroupingFactor.Mas, r), r.Kernel,
            GroupingFactors.Value(GroupingFactor.SliceMm, r), r.Contrast == "none" ? "no contrast" : r.Contrast,
        };
        if (r.DualEnergy is not ("none" or ""))
        {
            parts.Add("DE " + r.DualEnergy);
        }

        return string.Join(" · ", parts);
    }

    private static List<ResultRow> Valid(IEnumerable<ResultRow> rows) => rows.Where(r => r.Status == ResultsCsv.StatusOk).ToList();

    private static IReadOnlyList<ProtocolSummary> ProtocolsOf(IReadOnlyList<ResultRow> rows) =>
        rows.GroupBy(r => (r.Scanner, r.Kvp, r.Mas, r.Kernel, r.SliceMm, r.Contrast, r.DualEnergy, r.Mode))
            .Select(g => new ProtocolSummary(g.Key.Scanner, g.Key.Kvp, g.Key.Mas, g.Key.Kernel, g.Key.SliceMm, g.Key.Contrast,
                g.Key.DualEnergy, g.Key.Mode,
                PhantomsText(g),
                g.Select(r => r.Repeat).Distinct().Count(),
                g.Select(r => r.ScanId).Distinct().Count()))
            .OrderBy(p => p.Scanner, ReportOrder.Labels).ThenBy(p => p.Kvp).ThenBy(p => p.Mas).ThenBy(p => p.Kernel, ReportOrder.Labels)
            .ThenBy(p => p.SliceMm).ThenBy(p => p.Contrast, ReportOrder.Labels).ThenBy(p => p.DualEnergy, ReportOrder.Labels)
            .ThenBy(p => p.Mode, ReportOrder.Labels)
            .ToArray();

    /// <summary>"esp, 8 cohort subjects": the phantoms scanned, with the subjects of a cohort counted rather than named.</summary>
    private static string PhantomsText(IEnumerable<ResultRow> rows)
    {
        var parts = rows.Where(r => r.Subject.Length == 0).Select(r => r.Phantom).Distinct().Order(ReportOrder.Labels).ToList();
        int subjects = rows.Where(r => r.Subject.Length > 0).Select(r => r.Subject).Distinct().Count();
        if (subjects > 0)
        {
            parts.Add($"{subjects} cohort subject{(subjects == 1 ? "" : "s")}");
        }

        return string.Join(", ", parts);
    }

    /// <summary>Bland–Altman of measured against true values (differences measured − truth).</summary>
    private static (BlandAltmanResult?, string?) AgreementWithTruth(List<ResultRow> valid)
    {
        if (valid.Count < 3)
        {
            return (null, $"{valid.Count} valid result{(valid.Count == 1 ? "" : "s")}; Bland–Altman needs at least 3");
        }

        double[] truth = valid.Select(r => r.TruthMgPerCm3).ToArray();
        double[] measured = valid.Select(r => r.MeasuredMgPerCm3!.Value).ToArray();
        double firstMean = 0.5 * (truth[0] + measured[0]);
        bool allMeansEqual = true;
        for (int i = 1; i < truth.Length; i++)
        {
            allMeansEqual &= 0.5 * (truth[i] + measured[i]) == firstMean;
        }

        return allMeansEqual
            ? (null, "every pair has the same mean, so the proportional-bias regression is undefined")
            : (BlandAltman.Compute(truth, measured), null);
    }

    /// <summary>
    /// Classes (ACR 2013: &lt; 80, 80–120, &gt; 120 mg HA/cm³) of true and measured BMD per scan and subject,
    /// on the mean of L1 and L2 where the scan has them and of all its vertebrae otherwise; null without subjects.
    /// </summary>
    private static ClassAgreementResult? Classes(List<ResultRow> valid)
    {
        var truth = new List<double>();
        var measured = new List<double>();
        foreach (var scan in valid.Where(r => r.Subject.Length > 0).GroupBy(r => (r.ScanId, r.Subject))
                     .OrderBy(g => g.Key.ScanId, StringComparer.Ordinal).ThenBy(g => g.Key.Subject, StringComparer.Ordinal))
        {
            var lumbar = scan.Where(r => r.Vertebra is "L1" or "L2").ToList();
            var used = lumbar.Count > 0 ? lumbar : scan.ToList();
            truth.Add(used.Average(r => r.TruthMgPerCm3));
            measured.Add(used.Average(r => r.MeasuredMgPerCm3!.Value));
        }

        return truth.Count == 0 ? null : ClassAgreement.Compute(truth.ToArray(), measured.ToArray(), ClassThresholds.Default);
    }

    private static IReadOnlyList<NotValidGroup> NotValidGroups(IReadOnlyList<ResultRow> rows) =>
        rows.Where(r => r.Status != ResultsCsv.StatusOk)
            .GroupBy(r => (r.Algorithm, r.Vertebra, r.Status, r.Reason))
            .Select(g => new NotValidGroup(g.Key.Algorithm, g.Key.Vertebra, g.Key.Status, g.Key.Reason, g.Count(),
                g.Select(r => r.ScanId).Order(StringComparer.Ordinal).First()))
            .OrderBy(g => g.Algorithm, ReportOrder.Labels).ThenBy(g => g.Vertebra, ReportOrder.Labels)
            .ThenBy(g => g.Status, StringComparer.Ordinal).ThenBy(g => g.Reason, StringComparer.Ordinal)
            .ToArray();
}
