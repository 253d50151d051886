using System.Globalization;
using QCFramework.Results;
using QCFramework.Statistics;

namespace QCFramework.Reporting.Certification;

/// <summary>
/// Accuracy, precision and linearity of one group of valid results (status ok), the numbers both the
/// acceptance criteria and the report's tables use:
/// <list type="bullet">
/// <item>RE% = mean over the results of (measured − truth)/truth × 100, RMSE and mean error (<see cref="Accuracy"/>);</item>
/// <item>RSD% = the root-mean-square CV over repeat sets (results that differ only in their repeat and
/// seed: same center, scanner, protocol, day, phantom, subject, vertebra and algorithm), the ISCD
/// combination of precision over several sets (<see cref="IscdPrecision"/>; Glüer et al. 1995);</item>
/// <item>the least-squares line of measured on nominal values with its 95 % intervals and R²
/// (<see cref="LinearRegression"/>), when there are three results at two or more truth values.</item>
/// </list>
/// A statistic that the group cannot give is NaN (or null), with the reason in <see cref="Unavailable"/>.
/// </summary>
public sealed record GroupMetrics
{
    private GroupMetrics()
    {
    }

    /// <summary>Number of valid results.</summary>
    public int N { get; private init; }

    /// <summary>Mean truth, mg HA/cm³.</summary>
    public double MeanTruthMgPerCm3 { get; private init; } = double.NaN;

    /// <summary>True when every result has the same truth.</summary>
    public bool SingleTruth { get; private init; }

    /// <summary>Mean measured value, mg HA/cm³.</summary>
    public double MeanMeasuredMgPerCm3 { get; private init; } = double.NaN;

    /// <summary>Mean signed error, mg HA/cm³.</summary>
    public double MeanErrorMgPerCm3 { get; private init; } = double.NaN;

    /// <summary>Mean signed relative error, %.</summary>
    public double RelativeErrorPct { get; private init; } = double.NaN;

    /// <summary>Root-mean-square error, mg HA/cm³.</summary>
    public double RmseMgPerCm3 { get; private init; } = double.NaN;

    /// <summary>RMS-CV over the repeat sets, %.</summary>
    public double RsdPct { get; private init; } = double.NaN;

    /// <summary>Number of repeat sets with at least two results (those <see cref="RsdPct"/> is over).</summary>
    public int RepeatSets { get; private init; }

    /// <summary>Measured on nominal, or null.</summary>
    public LinearRegressionResult? Regression { get; private init; }

    private string? NoResults { get; init; }

    private string? NoRelativeError { get; init; }

    private string? NoRsd { get; init; }

    private string? NoRegression { get; init; }

    /// <summary>The metrics of <paramref name="validRows"/> (rows with status ok).</summary>
    /// <exception cref="ArgumentException">A row without a measured value.</exception>
    public static GroupMetrics Of(IReadOnlyList<ResultRow> validRows)
    {
        int n = validRows.Count;
        if (n == 0)
        {
            return new GroupMetrics { NoResults = "no valid results" };
        }

        var measured = new double[n];
        var truth = new double[n];
        bool anyZeroTruth = false;
        for (int i = 0; i < n; i++)
        {
            measured[i] = validRows[i].MeasuredMgPerCm3
                ?? throw new ArgumentException($"Result of scan {validRows[i].ScanId} ({validRows[i].Vertebra}, {validRows[i].Algorithm}) has no measured value.");
            truth[i] = validRows[i].TruthMgPerCm3;
            anyZeroTruth |= truth[i] == 0;
        }

        AccuracySummary accuracy = Accuracy.Summarize(measured, truth);
        int distinctTruths = truth.Distinct().Count();
        var (rsd, sets, noRsd) = Precision(validRows, measured);
        LinearRegressionResult? regression = null;
        string? noRegression = null;
        if (n < 3)
        {
            noRegression = $"{n} result{(n == 1 ? "" : "s")}; a regression needs at least 3";
        }
        else if (distinctTruths < 2)
        {
            noRegression = "every result has the same truth; a slope needs at least two truth values";
        }
        else
        {
            regression = LinearRegression.Fit(truth, measured);
        }

        return new GroupMetrics
        {
            N = n,
            MeanTruthMgPerCm3 = accuracy.MeanNominal,
            SingleTruth = distinctTruths == 1,
            MeanMeasuredMgPerCm3 = accuracy.MeanMeasured,
            MeanErrorMgPerCm3 = accuracy.MeanError,
            RelativeErrorPct = anyZeroTruth ? double.NaN : accuracy.MeanRelativeErrorPct,
            NoRelativeError = anyZeroTruth ? "a truth value is 0, so the relative error is undefined" : null,
            RmseMgPerCm3 = accuracy.Rmse,
            RsdPct = rsd,
            RepeatSets = sets,
            NoRsd = noRsd,
            Regression = regression,
            NoRegression = noRegression,
        };
    }

    /// <summary>The value of <paramref name="metric"/>; NaN when the group cannot give it.</summary>
    public double Value(CriterionMetric metric) => metric switch
    {
        CriterionMetric.RelativeErrorPct => RelativeErrorPct,
        CriterionMetric.RsdPct => RsdPct,
        CriterionMetric.Slope => Regression?.Slope ?? double.NaN,
        CriterionMetric.InterceptMgPerCm3 => Regression?.Intercept ?? double.NaN,
        CriterionMetric.RSquared => Regression?.RSquared ?? double.NaN,
        CriterionMetric.RmseMgPerCm3 => RmseMgPerCm3,
        CriterionMetric.MeanErrorMgPerCm3 => MeanErrorMgPerCm3,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, null),
    };

    /// <summary>Why <paramref name="metric"/> is not available, or null when it is.</summary>
    public string? Unavailable(CriterionMetric metric)
    {
        if (NoResults is not null)
        {
            return NoResults;
        }

        string? reason = metric switch
        {
            CriterionMetric.RelativeErrorPct => NoRelativeError,
            CriterionMetric.RsdPct => NoRsd,
            CriterionMetric.Slope or CriterionMetric.InterceptMgPerCm3 or CriterionMetric.RSquared => NoRegression,
            _ => null,
        };
        return reason ?? (double.IsFinite(Value(metric)) ? null : "the statistic is undefined for these results");
    }

    /// <summary>The key of a result's repeat set: everything but the repeat index, the seed and the scan id.</summary>
    private static string RepeatSetKey(ResultRow r) => string.Join('\u001f',
        r.Campaign, r.Center, r.Scanner, R(r.Kvp), R(r.Mas), r.Kernel, R(r.SliceMm), r.Contrast, r.DualEnergy, r.Mode,
        R(r.Day), r.Phantom, r.Subject, r.Vertebra, R(r.TruthMgPerCm3), r.Algorithm);

    private static (double RsdPct, int Sets, string? Unavailable) Precision(IReadOnlyList<ResultRow> rows, double[] measured)
    {
        var keys = new string[rows.Count];
        var sizes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < rows.Count; i++)
        {
            keys[i] = RepeatSetKey(rows[i]);
            sizes[keys[i]] = sizes.GetValueOrDefault(keys[i]) + 1;
        }

        var setKeys = new List<string>();
        var values = new List<double>();
        for (int i = 0; i < rows.Count; i++)
        {
            if (sizes[keys[i]] >= 2)
            {
                setKeys.Add(keys[i]);
                values.Add(measured[i]);
            }
        }

        if (setKeys.Count == 0)
        {
            return (double.NaN, 0, "no repeated scans (every protocol was scanned once)");
        }

        PrecisionResult precision = IscdPrecision.Compute(setKeys, values.ToArray());
        return double.IsFinite(precision.RmsCvPct)
            ? (precision.RmsCvPct, precision.Subjects, null)
            : (double.NaN, precision.Subjects, "a repeat set has a mean that is not positive, so its CV is undefined");
    }

    private static string R(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
