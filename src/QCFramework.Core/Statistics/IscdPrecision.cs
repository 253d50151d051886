using System.Runtime.InteropServices;

namespace QCFramework.Statistics;

/// <summary>
/// Precision as the ISCD asks for it (ISCD Official Positions, precision assessment; Glüer et al.
/// 1995, Osteoporos Int 5:262): per subject j the SD over its nⱼ repeats (nⱼ − 1 divisor) and
/// CVⱼ = SDⱼ/meanⱼ; RMS-SD = √(Σ SDⱼ²/m) and RMS-CV = √(Σ CVⱼ²/m) over the m subjects; the least
/// significant change LSC = 2.77 × precision (2.77 = 1.96·√2, 95% confidence); degrees of freedom
/// Σ(nⱼ − 1) (e.g. 15 subjects × 3 scans or 30 × 2 give 30).
/// </summary>
public static class IscdPrecision
{
    /// <summary>The ISCD multiplier for the least significant change, 1.96·√2 rounded as ISCD publishes it.</summary>
    public const double LscFactor = 2.77;

    /// <summary>
    /// Precision from long-format data: <paramref name="subjects"/>[i] names the subject of
    /// <paramref name="values"/>[i]. Subjects are taken in order of first appearance.
    /// </summary>
    /// <exception cref="InputException">No subjects, or a subject with fewer than two measurements.</exception>
    public static PrecisionResult Compute(IReadOnlyList<string> subjects, ReadOnlySpan<double> values)
    {
        if (subjects.Count != values.Length)
        {
            throw new ArgumentException($"Subjects and values differ in length ({subjects.Count} and {values.Length}).");
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        var groups = new List<List<double>>();
        for (int i = 0; i < values.Length; i++)
        {
            if (!index.TryGetValue(subjects[i], out int g))
            {
                g = groups.Count;
                index.Add(subjects[i], g);
                names.Add(subjects[i]);
                groups.Add([]);
            }

            groups[g].Add(values[i]);
        }

        Descriptive.RequireCount(groups.Count, 1, "Precision (subjects)");
        double sumVar = 0, sumCv2 = 0;
        int df = 0;
        for (int g = 0; g < groups.Count; g++)
        {
            var repeats = groups[g];
            if (repeats.Count < 2)
            {
                throw new InputException($"Precision: subject '{names[g]}' has {repeats.Count} measurement; every subject needs at least two.");
            }

            var span = CollectionsMarshal.AsSpan(repeats);
            double variance = Descriptive.Variance(span);
            double mean = Descriptive.Mean(span);
            sumVar += variance;
            sumCv2 += mean > 0 ? variance / (mean * mean) : double.NaN;
            df += repeats.Count - 1;
        }

        int m = groups.Count;
        double rmsSd = Math.Sqrt(sumVar / m);
        double rmsCvPct = 100 * Math.Sqrt(sumCv2 / m);
        return new PrecisionResult(m, values.Length, rmsSd, rmsCvPct, LscFactor * rmsSd, LscFactor * rmsCvPct, df);
    }
}
