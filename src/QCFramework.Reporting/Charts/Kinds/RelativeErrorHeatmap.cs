namespace QCFramework.Reporting.Charts.Kinds;

/// <summary>
/// Relative error over two protocol factors (e.g. tube voltage × reconstruction kernel), one cell per
/// combination, each printed with its value. The colour scale is symmetric about zero so that zero error
/// always takes the middle colour of viridis and over- and underestimation of equal size look equally far from it.
/// </summary>
public static class RelativeErrorHeatmap
{
    /// <summary>Builds the figure.</summary>
    /// <param name="title">Figure title.</param>
    /// <param name="rowAxis">Name of the factor along the rows, e.g. "Tube voltage".</param>
    /// <param name="rows">Row labels, top to bottom, e.g. "80 kVp".</param>
    /// <param name="columnAxis">Name of the factor along the columns, e.g. "Kernel".</param>
    /// <param name="columns">Column labels, left to right.</param>
    /// <param name="relativeErrorPct">RE in percent, [row, column]; NaN where there is no result.</param>
    public static Figure Create(string title, string rowAxis, IReadOnlyList<string> rows, string columnAxis,
        IReadOnlyList<string> columns, double[,] relativeErrorPct)
    {
        double maxAbs = 0;
        foreach (double v in relativeErrorPct)
        {
            if (double.IsFinite(v))
                maxAbs = Math.Max(maxAbs, Math.Abs(v));
        }
        double limit = maxAbs > 0 ? NiceTicks.NiceNumber(maxAbs, false) : 1;
        return new Figure(title,
            Axis.Categorical(columnAxis, columns),
            Axis.Categorical(rowAxis, rows),
            [
                new HeatCells(null, relativeErrorPct)
                {
                    ScaleLabel = "Relative error",
                    ScaleUnit = "%",
                    ScaleMin = -limit,
                    ScaleMax = limit,
                    ValueFormat = "F1",
                },
            ])
        {
            Description = $"{title}: relative error (%) for each {rowAxis.ToLowerInvariant()} and {columnAxis.ToLowerInvariant()}.",
        };
    }
}
