namespace QCFramework.Reporting.Charts.Layout;

/// <summary>The value range of a heat-cell grid and its mapping onto viridis.</summary>
internal sealed class ColorScaleLayout
{
    public ColorScaleLayout(HeatCells cells, AxisTicks ticks)
    {
        Cells = cells;
        Ticks = ticks;
    }

    public HeatCells Cells { get; }

    public AxisTicks Ticks { get; }

    /// <summary>The colour of a finite value; values outside the domain take the end colours.</summary>
    public Rgb ColorOf(double value) => Viridis.At((value - Ticks.DomainMin) / (Ticks.DomainMax - Ticks.DomainMin));

    /// <summary>Smallest and largest finite cell values (or the fixed scale limits).</summary>
    public static (double Min, double Max, bool Auto) Range(HeatCells cells)
    {
        var extent = new DataExtent();
        foreach (double v in cells.Values)
            extent.Add(v);
        double min = cells.ScaleMin ?? (extent.Any ? extent.Min : 0);
        double max = cells.ScaleMax ?? (extent.Any ? extent.Max : 1);
        if (max == min)
        {
            double half = min == 0 ? 1 : Math.Abs(min) * 0.1;
            min -= half;
            max += half;
        }
        if (!(max > min))
            throw new ArgumentException($"Heat cells '{cells.Name}' have a colour scale [{min}, {max}]; max must exceed min.");
        return (min, max, cells.ScaleMin is null && cells.ScaleMax is null);
    }
}
