using System.Globalization;

namespace QCFramework.Statistics;

/// <summary>
/// Cut-offs that split a continuous value into ordered classes. With the default 80 and 120 mg HA/cm³
/// (ACR 2013 practice parameter for QCT; SCIENCE.md): &lt; 80 osteoporosis, 80–120 osteopenia (low bone
/// mass), &gt; 120 normal. A value exactly at a cut-off goes to the middle range: the lowest cut-off
/// is the first value that is not osteoporotic ("&lt; 80"), and the highest is still osteopenic ("&gt; 120"
/// is normal). In general class 0 is x &lt; t₁, and otherwise the class is max(1, #{tᵢ : x &gt; tᵢ}).
/// </summary>
public sealed record ClassThresholds
{
    /// <summary>Creates the cut-offs; they must be finite and strictly increasing.</summary>
    /// <exception cref="InputException">Empty, non-finite or not strictly increasing.</exception>
    public ClassThresholds(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            throw new InputException("Class thresholds: give at least one cut-off.");
        }

        for (int i = 0; i < values.Count; i++)
        {
            if (!double.IsFinite(values[i]) || (i > 0 && values[i] <= values[i - 1]))
            {
                throw new InputException($"Class thresholds must be finite and strictly increasing; got {string.Join(",", values)}.");
            }
        }

        Values = values.ToArray();
    }

    /// <summary>The ACR/ISCD QCT cut-offs 80 and 120 mg HA/cm³.</summary>
    public static ClassThresholds Default { get; } = new([80.0, 120.0]);

    /// <summary>The cut-offs, increasing.</summary>
    public IReadOnlyList<double> Values { get; }

    /// <summary>Number of classes (cut-offs + 1).</summary>
    public int ClassCount => Values.Count + 1;

    /// <summary>The class index of <paramref name="value"/>, 0 for the lowest (osteoporosis with the defaults).</summary>
    public int Classify(double value)
    {
        if (value < Values[0])
        {
            return 0;
        }

        int above = 0;
        foreach (double t in Values)
        {
            if (value > t)
            {
                above++;
            }
        }

        return Math.Max(1, above);
    }

    /// <summary>A short label of class <paramref name="index"/>, e.g. "&lt;80", "80-120", "&gt;120".</summary>
    public string Label(int index)
    {
        string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);
        if (index == 0)
        {
            return "<" + F(Values[0]);
        }

        if (index == Values.Count)
        {
            return ">" + F(Values[^1]);
        }

        return F(Values[index - 1]) + "-" + F(Values[index]);
    }
}
