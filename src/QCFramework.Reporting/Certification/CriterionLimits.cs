using System.Globalization;

namespace QCFramework.Reporting.Certification;

/// <summary>
/// The accepted range of a criterion's metric, inclusive at both ends: [<see cref="Min"/>, <see cref="Max"/>]
/// with either end open when null, applied to the absolute value when <see cref="OnAbsoluteValue"/> is set
/// (|RE| ≤ 5 % is <c>Max = 5, OnAbsoluteValue = true</c>).
/// </summary>
/// <param name="Min">Lowest accepted value, or null.</param>
/// <param name="Max">Highest accepted value, or null.</param>
/// <param name="OnAbsoluteValue">Compare |value| instead of the value.</param>
public sealed record CriterionLimits(double? Min, double? Max, bool OnAbsoluteValue)
{
    /// <summary>True when <paramref name="value"/> (a finite number) lies within the limits.</summary>
    public bool Accepts(double value)
    {
        double x = OnAbsoluteValue ? Math.Abs(value) : value;
        return (Min is not double lo || x >= lo) && (Max is not double hi || x <= hi);
    }

    /// <summary>The limits as printed, e.g. "|RE| ≤ 5 %", "0.95 ≤ slope ≤ 1.05", "R² ≥ 0.998".</summary>
    public string Describe(string label, string unit)
    {
        string u = unit.Length > 0 ? " " + unit : "";
        string subject = OnAbsoluteValue ? $"|{label}|" : label;
        return (Min, Max) switch
        {
            (double lo, double hi) => $"{F(lo)}{u} ≤ {subject} ≤ {F(hi)}{u}",
            (double lo, null) => $"{subject} ≥ {F(lo)}{u}",
            (null, double hi) => $"{subject} ≤ {F(hi)}{u}",
            _ => $"{subject}: any value",
        };
    }

    private static string F(double v) => v.ToString("0.######", CultureInfo.InvariantCulture);
}
