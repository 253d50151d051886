namespace QCFramework.Measurement.Imaging;

/// <summary>Order statistics and a two-class split of CT numbers.</summary>
internal static class Histogram
{
    /// <summary>The <paramref name="q"/>-quantile (0–1) of the values (linear interpolation between order statistics).</summary>
    public static double Quantile(List<float> values, double q)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.ToArray();
        Array.Sort(sorted);
        double position = q * (sorted.Length - 1);
        int lo = (int)Math.Floor(position);
        int hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (position - lo) * (sorted[hi] - sorted[lo]);
    }

    /// <summary>
    /// Otsu's threshold between two classes of the values, and the classes' means (Otsu N., IEEE Trans SMC 9 (1979) 62),
    /// on 1 HU bins.
    /// </summary>
    public static (double Threshold, double LowerMean, double UpperMean) Otsu(List<float> values, double lowHu, double highHu)
    {
        int bins = Math.Max(2, (int)Math.Ceiling(highHu - lowHu) + 1);
        var counts = new double[bins];
        foreach (float v in values)
        {
            int b = Math.Clamp((int)Math.Floor(v - lowHu), 0, bins - 1);
            counts[b]++;
        }

        double total = values.Count, sumAll = 0;
        for (int b = 0; b < bins; b++)
        {
            sumAll += (lowHu + b + 0.5) * counts[b];
        }

        double w0 = 0, sum0 = 0, best = -1, threshold = lowHu, m0Best = 0, m1Best = 0;
        for (int b = 0; b < bins - 1; b++)
        {
            w0 += counts[b];
            sum0 += (lowHu + b + 0.5) * counts[b];
            double w1 = total - w0;
            if (w0 == 0 || w1 == 0)
            {
                continue;
            }

            double m0 = sum0 / w0, m1 = (sumAll - sum0) / w1;
            double between = w0 * w1 * (m0 - m1) * (m0 - m1);
            if (between > best)
            {
                best = between;
                threshold = lowHu + b + 1;
                m0Best = m0;
                m1Best = m1;
            }
        }

        return (threshold, m0Best, m1Best);
    }

    /// <summary>
    /// How deep the valley at a split is: the lowest count between the highest peak below
    /// <paramref name="split"/> and the highest at or above it, over the lower of those two peaks, on
    /// 2 HU bins from <paramref name="lowHu"/> to <paramref name="highHu"/>. Near 1 for one population
    /// (its mode lies next to the split); 1 when either side is empty.
    /// </summary>
    public static double ValleyRatio(List<float> values, double lowHu, double highHu, double split)
    {
        const double binHu = 2;
        int bins = Math.Max(2, (int)Math.Ceiling((highHu - lowHu) / binHu));
        var counts = new int[bins];
        foreach (float v in values)
        {
            int b = (int)Math.Floor((v - lowHu) / binHu);
            if (b >= 0 && b < bins)
            {
                counts[b]++;
            }
        }

        int at = Math.Clamp((int)Math.Floor((split - lowHu) / binHu), 1, bins - 1);
        int lowerPeak = 0, upperPeak = at;
        for (int b = 0; b < at; b++)
        {
            lowerPeak = counts[b] > counts[lowerPeak] ? b : lowerPeak;
        }

        for (int b = at; b < bins; b++)
        {
            upperPeak = counts[b] > counts[upperPeak] ? b : upperPeak;
        }

        int valley = int.MaxValue;
        for (int b = lowerPeak; b <= upperPeak; b++)
        {
            valley = Math.Min(valley, counts[b]);
        }

        int peak = Math.Min(counts[lowerPeak], counts[upperPeak]);
        return peak > 0 ? (double)valley / peak : 1;
    }
}
