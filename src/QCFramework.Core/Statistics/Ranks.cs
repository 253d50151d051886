namespace QCFramework.Statistics;

/// <summary>Ranks with ties given their mean rank (midranks), 1-based.</summary>
public static class Ranks
{
    /// <summary>The midrank of every value, in input order.</summary>
    public static double[] Midranks(ReadOnlySpan<double> values)
    {
        int n = values.Length;
        var order = new int[n];
        var keys = values.ToArray();
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
        }

        Array.Sort(keys, order);
        var ranks = new double[n];
        int start = 0;
        while (start < n)
        {
            int end = start + 1;
            while (end < n && keys[end] == keys[start])
            {
                end++;
            }

            // Positions start..end−1 (0-based) share the mean of ranks start+1..end.
            double midrank = 0.5 * (start + 1 + end);
            for (int i = start; i < end; i++)
            {
                ranks[order[i]] = midrank;
            }

            start = end;
        }

        return ranks;
    }
}
