using QCFramework.Results;

namespace QCFramework.Campaigns.Running;

/// <summary>One algorithm's accuracy over a results file.</summary>
/// <param name="Algorithm">Algorithm.</param>
/// <param name="Values">Rows with a value.</param>
/// <param name="Failures">Rows without one (not applicable or failed).</param>
/// <param name="RmseMgPerCm3">Root-mean-square error, mg HA/cm³.</param>
/// <param name="MeanAbsoluteRelativeErrorPct">Mean |RE|, %.</param>
/// <param name="BiasMgPerCm3">Mean error, mg HA/cm³.</param>
public sealed record AlgorithmAccuracy(string Algorithm, int Values, int Failures, double RmseMgPerCm3, double MeanAbsoluteRelativeErrorPct, double BiasMgPerCm3);

/// <summary>A regression found by comparing current with baseline results.</summary>
/// <param name="Algorithm">Algorithm.</param>
/// <param name="Metric">What got worse.</param>
/// <param name="Baseline">Baseline value.</param>
/// <param name="Current">Current value.</param>
/// <param name="Tolerance">Allowed worsening.</param>
public sealed record Regression(string Algorithm, string Metric, double Baseline, double Current, double Tolerance);

/// <summary>The outcome of a comparison.</summary>
/// <param name="Baseline">Accuracy per algorithm in the baseline.</param>
/// <param name="Current">Accuracy per algorithm now.</param>
/// <param name="Regressions">What got worse beyond tolerance (empty: no regression).</param>
public sealed record ComparisonResult(IReadOnlyList<AlgorithmAccuracy> Baseline, IReadOnlyList<AlgorithmAccuracy> Current, IReadOnlyList<Regression> Regressions);

/// <summary>Tolerances of a comparison, per algorithm (a default applies to the rest).</summary>
/// <param name="RmseMg">Allowed rise of RMSE, mg HA/cm³.</param>
/// <param name="RelativeErrorPct">Allowed rise of mean |RE|, percentage points.</param>
public sealed record Tolerance(double RmseMg, double RelativeErrorPct);

/// <summary>
/// Regression gate for algorithm developers: per algorithm, the RMSE and mean |RE| against truth and
/// the number of scans without a value, baseline versus current. An algorithm regresses when its RMSE
/// or mean |RE| rises beyond its tolerance, when it gives values for fewer rows, or when it disappears.
/// </summary>
public static class ResultComparison
{
    /// <summary>Accuracy per algorithm.</summary>
    public static IReadOnlyList<AlgorithmAccuracy> Accuracy(IEnumerable<ResultRow> rows) =>
        rows.GroupBy(r => r.Algorithm).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var ok = g.Where(r => r.MeasuredMgPerCm3 is not null).ToArray();
            double rmse = ok.Length > 0 ? Math.Sqrt(ok.Average(r => r.ErrorMgPerCm3!.Value * r.ErrorMgPerCm3.Value)) : double.NaN;
            double re = ok.Where(r => r.RelativeErrorPct is not null).Select(r => Math.Abs(r.RelativeErrorPct!.Value)).DefaultIfEmpty(double.NaN).Average();
            double bias = ok.Length > 0 ? ok.Average(r => r.ErrorMgPerCm3!.Value) : double.NaN;
            return new AlgorithmAccuracy(g.Key, ok.Length, g.Count() - ok.Length, rmse, re, bias);
        }).ToArray();

    /// <summary>Compares current with baseline rows.</summary>
    public static ComparisonResult Compare(IReadOnlyList<ResultRow> baseline, IReadOnlyList<ResultRow> current, Tolerance defaults,
        IReadOnlyDictionary<string, Tolerance>? perAlgorithm = null)
    {
        var before = Accuracy(baseline);
        var after = Accuracy(current).ToDictionary(a => a.Algorithm);
        var regressions = new List<Regression>();
        foreach (var b in before)
        {
            var tolerance = perAlgorithm?.GetValueOrDefault(b.Algorithm) ?? defaults;
            if (!after.TryGetValue(b.Algorithm, out var a))
            {
                regressions.Add(new Regression(b.Algorithm, "rows with a value (algorithm missing)", b.Values, 0, 0));
                continue;
            }

            if (a.Values < b.Values)
            {
                regressions.Add(new Regression(b.Algorithm, "rows with a value", b.Values, a.Values, 0));
            }

            if (Worse(b.RmseMgPerCm3, a.RmseMgPerCm3, tolerance.RmseMg))
            {
                regressions.Add(new Regression(b.Algorithm, "RMSE (mg/cm³)", b.RmseMgPerCm3, a.RmseMgPerCm3, tolerance.RmseMg));
            }

            if (Worse(b.MeanAbsoluteRelativeErrorPct, a.MeanAbsoluteRelativeErrorPct, tolerance.RelativeErrorPct))
            {
                regressions.Add(new Regression(b.Algorithm, "mean |RE| (%)", b.MeanAbsoluteRelativeErrorPct, a.MeanAbsoluteRelativeErrorPct, tolerance.RelativeErrorPct));
            }
        }

        return new ComparisonResult(before, after.Values.OrderBy(a => a.Algorithm, StringComparer.Ordinal).ToArray(), regressions);
    }

    private static bool Worse(double baseline, double current, double tolerance) =>
        double.IsNaN(baseline) ? false : double.IsNaN(current) || current - baseline > tolerance;
}
