namespace QCFramework.Statistics;

/// <summary>
/// Campaign-level accuracy summaries for the reports: per group of results, the mean error, RE%
/// (<see cref="ErrorMetrics"/>), RMSE, and the RSD of the measured values over repeats
/// (<see cref="Descriptive.RelativeStandardDeviationPct"/>).
/// </summary>
public static class Accuracy
{
    /// <summary>Summarises paired measured and nominal values.</summary>
    /// <exception cref="InputException">No values.</exception>
    public static AccuracySummary Summarize(ReadOnlySpan<double> measured, ReadOnlySpan<double> nominal)
    {
        Descriptive.RequireSameLength(measured, nominal);
        Descriptive.RequireCount(measured.Length, 1, "Accuracy summary");
        int n = measured.Length;
        double error = 0, absError = 0, re = 0, absRe = 0;
        for (int i = 0; i < n; i++)
        {
            double e = ErrorMetrics.Error(measured[i], nominal[i]);
            double r = ErrorMetrics.RelativeErrorPct(measured[i], nominal[i]);
            error += e;
            absError += Math.Abs(e);
            re += r;
            absRe += Math.Abs(r);
        }

        return new AccuracySummary(
            n,
            Descriptive.Mean(measured),
            Descriptive.Mean(nominal),
            error / n,
            absError / n,
            re / n,
            absRe / n,
            ErrorMetrics.Rmse(measured, nominal),
            Descriptive.StandardDeviation(measured),
            Descriptive.RelativeStandardDeviationPct(measured));
    }

    /// <summary>
    /// One summary per distinct key of <paramref name="groups"/>, ordered by key (ordinal), so the
    /// output does not depend on row order; values keep their row order within a group.
    /// </summary>
    public static IReadOnlyList<GroupAccuracy> ByGroup(IReadOnlyList<string> groups, ReadOnlySpan<double> measured, ReadOnlySpan<double> nominal)
    {
        Descriptive.RequireSameLength(measured, nominal);
        if (groups.Count != measured.Length)
        {
            throw new ArgumentException($"Group keys and values differ in length ({groups.Count} and {measured.Length}).");
        }

        var rows = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < groups.Count; i++)
        {
            if (!rows.TryGetValue(groups[i], out var list))
            {
                list = [];
                rows.Add(groups[i], list);
            }

            list.Add(i);
        }

        var result = new List<GroupAccuracy>(rows.Count);
        foreach (var (key, indices) in rows)
        {
            var m = new double[indices.Count];
            var t = new double[indices.Count];
            for (int j = 0; j < indices.Count; j++)
            {
                m[j] = measured[indices[j]];
                t[j] = nominal[indices[j]];
            }

            result.Add(new GroupAccuracy(key, Summarize(m, t)));
        }

        return result;
    }
}
