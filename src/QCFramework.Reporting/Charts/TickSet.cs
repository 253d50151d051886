using System.Globalization;

namespace QCFramework.Reporting.Charts;

/// <summary>
/// Tick marks for a linear axis: evenly spaced "nice" values (1, 2 or 5 × 10^k apart) and the number of
/// decimals that shows each of them exactly.
/// </summary>
/// <param name="Values">Tick values in ascending order.</param>
/// <param name="Step">Distance between ticks.</param>
/// <param name="FractionDigits">Decimals to print so that consecutive labels differ.</param>
public sealed record TickSet(IReadOnlyList<double> Values, double Step, int FractionDigits)
{
    /// <summary>Formats a value with this tick set's decimals (invariant culture; never "-0").</summary>
    public string Format(double value)
    {
        // Values within a billionth of a step of zero are zero; this avoids printing "-0.0" from rounding.
        if (Math.Abs(value) < Step * 1e-9)
            value = 0;
        return value.ToString("F" + FractionDigits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }
}
