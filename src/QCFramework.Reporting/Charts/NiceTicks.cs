namespace QCFramework.Reporting.Charts;

/// <summary>
/// Heckbert's "nice numbers for graph labels" (Graphics Gems, 1990, pp. 61–63): round the range to a
/// nice number, take a nice step near range / (n − 1), and label every multiple of the step.
/// </summary>
public static class NiceTicks
{
    /// <summary>
    /// Loose labelling: ticks from floor(min/step)·step to ceil(max/step)·step, so the first and last tick
    /// enclose the data.
    /// </summary>
    /// <param name="min">Smallest data value.</param>
    /// <param name="max">Largest data value (≥ <paramref name="min"/>).</param>
    /// <param name="targetCount">Roughly how many ticks are wanted (≥ 2).</param>
    public static TickSet Loose(double min, double max, int targetCount)
    {
        Validate(min, max, targetCount);
        double step = Step(min, max, targetCount);
        long first = (long)Math.Floor(min / step), last = (long)Math.Ceiling(max / step);
        // k·step is rounded to the nearest double; step outwards if that rounding put an end tick inside the data.
        if (first * step > min)
            first--;
        if (last * step < max)
            last++;
        return Build(first, last, step);
    }

    /// <summary>
    /// Ticks inside a fixed range [<paramref name="min"/>, <paramref name="max"/>]: the nice multiples of the
    /// step that fall within it (for axes whose limits the caller fixed). The step is the nice number
    /// nearest range / (n − 1); rounding the range first, as loose labelling does, would waste a fixed range's ticks.
    /// </summary>
    public static TickSet Within(double min, double max, int targetCount)
    {
        Validate(min, max, targetCount);
        double step = NiceNumber((max - min) / (targetCount - 1), true);
        while (true)
        {
            // A relative slack of 1e-9 step keeps a limit that is itself a multiple of the step despite rounding.
            long first = (long)Math.Ceiling(min / step - 1e-9), last = (long)Math.Floor(max / step + 1e-9);
            if (last - first >= 1)
                return Build(first, last, step);
            // Fewer than two ticks fit: take the next smaller nice step (10 → 5 → 2 → 1 × 10^k).
            step = NextSmallerNice(step);
        }
    }

    private static double NextSmallerNice(double step)
    {
        double exponent = Math.Floor(Math.Log10(step) + 1e-9);
        double mantissa = Math.Round(step / Math.Pow(10, exponent));
        return mantissa switch
        {
            >= 5 => 2 * Math.Pow(10, exponent),
            >= 2 => Math.Pow(10, exponent),
            _ => 5 * Math.Pow(10, exponent - 1),
        };
    }

    /// <summary>Heckbert's nicenum: the nice number (1, 2, 5 × 10^k; rounded or ceiling) closest to <paramref name="x"/>.</summary>
    public static double NiceNumber(double x, bool round)
    {
        if (!(x > 0) || double.IsInfinity(x))
            throw new ArgumentOutOfRangeException(nameof(x), x, "A nice number needs a positive finite value.");
        double exponent = Math.Floor(Math.Log10(x));
        double fraction = x / Math.Pow(10, exponent);
        double nice = round
            ? fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
            : fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * Math.Pow(10, exponent);
    }

    private static double Step(double min, double max, int targetCount)
    {
        double range = NiceNumber(max - min, false);
        return NiceNumber(range / (targetCount - 1), true);
    }

    /// <summary>Ticks k·step for k = <paramref name="first"/> … <paramref name="last"/>.</summary>
    private static TickSet Build(long first, long last, double step)
    {
        var values = new double[last - first + 1];
        for (int i = 0; i < values.Length; i++)
        {
            // Multiply rather than accumulate so that no rounding error builds up along the axis.
            values[i] = (first + i) * step;
        }
        int fractionDigits = Math.Max(-(int)Math.Floor(Math.Log10(step) + 1e-9), 0);
        return new TickSet(values, step, fractionDigits);
    }

    private static void Validate(double min, double max, int targetCount)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max) || !(max > min))
            throw new ArgumentException($"Ticks need a finite range with max > min, got [{min}, {max}].");
        if (targetCount < 2)
            throw new ArgumentOutOfRangeException(nameof(targetCount), targetCount, "At least two ticks are needed.");
    }
}
