using MathNet.Numerics.Distributions;
using QCFramework.Results;
using QCFramework.Statistics;

namespace QCFramework.Reporting.Certification;

/// <summary>
/// The comparison of centers: per algorithm the bias of each center (mean RE with its 95 % t-interval),
/// the inter-center CV of the measured values of the same phantom, vertebra and protocol, and a league
/// table of centers by mean |RE| with the criteria each fails.
/// </summary>
internal sealed record ConsortiumAnalysis(
    IReadOnlyList<string> Algorithms,
    IReadOnlyDictionary<string, IReadOnlyList<CenterBias>> BiasByAlgorithm,
    IReadOnlyList<InterCenterVariation> Variation,
    IReadOnlyList<LeagueEntry> League)
{
    /// <summary>Compares the centers.</summary>
    public static ConsortiumAnalysis Of(IReadOnlyList<CenterAnalysis> centers, IReadOnlyList<CenterCompliance> compliance)
    {
        var valid = centers.SelectMany(c => c.ValidRows).ToList();
        string[] algorithms = centers.SelectMany(c => c.Algorithms).Distinct().Order(ReportOrder.Labels).ToArray();
        var bias = new Dictionary<string, IReadOnlyList<CenterBias>>(StringComparer.Ordinal);
        foreach (string algorithm in algorithms)
        {
            bias[algorithm] = centers
                .Select(c => Bias(c.Center, c.ValidRows.Where(r => r.Algorithm == algorithm).ToList()))
                .Where(b => b.N > 0)
                .ToArray();
        }

        return new ConsortiumAnalysis(algorithms, bias, VariationOf(valid), LeagueOf(centers, compliance));
    }

    /// <summary>Mean RE with the t-interval mean ± t(0.975, n − 1)·SD/√n (undefined for n &lt; 2).</summary>
    private static CenterBias Bias(string center, List<ResultRow> rows)
    {
        double[] re = rows.Where(r => r.RelativeErrorPct is not null).Select(r => r.RelativeErrorPct!.Value).ToArray();
        int n = re.Length;
        double mean = Descriptive.Mean(re);
        ConfidenceInterval ci = ConfidenceInterval.Undefined;
        if (n >= 2)
        {
            double half = StudentT.InvCDF(0, 1, n - 1, 0.975) * Descriptive.StandardDeviation(re) / Math.Sqrt(n);
            ci = new ConfidenceInterval(mean - half, mean + half);
        }

        return new CenterBias(center, n, mean, ci);
    }

    /// <summary>Per algorithm, phantom, vertebra and protocol measured at two or more centers: the CV of the center means.</summary>
    private static IReadOnlyList<InterCenterVariation> VariationOf(List<ResultRow> valid) =>
        valid.GroupBy(r => (r.Algorithm, Object: r.Subject.Length > 0 ? $"{r.Phantom} ({r.Subject})" : r.Phantom, r.Vertebra,
                Protocol: CenterAnalysis.ProtocolLabel(r)))
            .Select(g =>
            {
                double[] centerMeans = g.GroupBy(r => r.Center).OrderBy(c => c.Key, StringComparer.Ordinal)
                    .Select(c => c.Average(r => r.MeasuredMgPerCm3!.Value)).ToArray();
                double mean = Descriptive.Mean(centerMeans);
                return new InterCenterVariation(g.Key.Algorithm, g.Key.Object, g.Key.Vertebra, g.Key.Protocol, centerMeans.Length, mean,
                    Descriptive.RelativeStandardDeviationPct(centerMeans));
            })
            .Where(v => v.Centers >= 2)
            .OrderBy(v => v.Algorithm, ReportOrder.Labels).ThenBy(v => v.Object, ReportOrder.Labels)
            .ThenBy(v => v.Vertebra, ReportOrder.Labels).ThenBy(v => v.Protocol, ReportOrder.Labels)
            .ToArray();

    /// <summary>Centers by mean |RE| over all their valid results (ties by name), with their compliance.</summary>
    private static IReadOnlyList<LeagueEntry> LeagueOf(IReadOnlyList<CenterAnalysis> centers, IReadOnlyList<CenterCompliance> compliance)
    {
        var entries = centers.Select(c =>
        {
            double[] absRe = c.ValidRows.Where(r => r.RelativeErrorPct is not null).Select(r => Math.Abs(r.RelativeErrorPct!.Value)).ToArray();
            string scanners = string.Join(", ", c.Rows.Select(r => r.Scanner).Distinct().Order(ReportOrder.Labels));
            return (c.Center, Scanner: scanners, N: absRe.Length, MeanAbsRe: Descriptive.Mean(absRe),
                Compliance: compliance.First(x => x.Center == c.Center));
        })
        .OrderBy(e => double.IsNaN(e.MeanAbsRe) ? 1 : 0).ThenBy(e => e.MeanAbsRe).ThenBy(e => e.Center, ReportOrder.Labels)
        .ToArray();
        return entries.Select((e, i) => new LeagueEntry(i + 1, e.Center, e.Scanner, e.N, e.MeanAbsRe, e.Compliance)).ToArray();
    }
}

