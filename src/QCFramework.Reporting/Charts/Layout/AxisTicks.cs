namespace QCFramework.Reporting.Charts.Layout;

/// <summary>The ticks chosen for one axis: where they are (axis coordinates), what they say, and the axis domain.</summary>
/// <param name="Values">Tick positions as data values (linear) or category indices (categorical).</param>
/// <param name="Labels">Printed labels, one per value.</param>
/// <param name="LabelLines">Each label as the lines it is printed on (category labels may wrap).</param>
/// <param name="DomainMin">Lower end of a linear axis (unused for categories).</param>
/// <param name="DomainMax">Upper end of a linear axis (unused for categories).</param>
/// <param name="VerticalLabels">True when category labels are rotated to fit.</param>
/// <param name="IsGrid">True when grid lines are drawn at the ticks (linear axes).</param>
internal sealed record AxisTicks(IReadOnlyList<double> Values, IReadOnlyList<string> Labels, IReadOnlyList<IReadOnlyList<string>> LabelLines,
    double DomainMin, double DomainMax, bool VerticalLabels, bool IsGrid)
{
    /// <summary>Ticks whose labels are single lines.</summary>
    public static AxisTicks SingleLine(IReadOnlyList<double> values, IReadOnlyList<string> labels, double domainMin, double domainMax,
        bool verticalLabels, bool isGrid)
    {
        var lines = new IReadOnlyList<string>[labels.Count];
        for (int i = 0; i < lines.Length; i++)
            lines[i] = [labels[i]];
        return new AxisTicks(values, labels, lines, domainMin, domainMax, verticalLabels, isGrid);
    }

    /// <summary>Most lines any label is printed on.</summary>
    public int MaxLineCount
    {
        get
        {
            int n = 1;
            foreach (IReadOnlyList<string> l in LabelLines)
                n = Math.Max(n, l.Count);
            return n;
        }
    }
}
