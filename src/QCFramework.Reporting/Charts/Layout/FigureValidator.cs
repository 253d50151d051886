namespace QCFramework.Reporting.Charts.Layout;

/// <summary>Checks that a figure's series fit its axes before anything is laid out.</summary>
internal static class FigureValidator
{
    public static void Validate(Figure figure)
    {
        Axis x = figure.XAxis, y = figure.YAxis;
        foreach (Axis axis in new[] { x, y })
        {
            if (axis.IsCategorical && axis.Categories!.Count == 0)
                throw new ArgumentException($"Categorical axis '{axis.Label}' has no categories.");
            if (axis.Min is double lo && axis.Max is double hi && !(hi > lo))
                throw new ArgumentException($"Axis '{axis.Label}' has fixed limits [{lo}, {hi}]; max must exceed min.");
        }
        foreach (Series series in figure.Series)
        {
            switch (series)
            {
                case ScatterSeries s:
                    SameLength(s.Name, s.X.Count, s.Y.Count);
                    break;
                case LineSeries s:
                    SameLength(s.Name, s.X.Count, s.Y.Count);
                    break;
                case ErrorBarSeries s:
                    SameLength(s.Name, s.X.Count, s.Y.Count);
                    SameLength(s.Name, s.X.Count, s.Low.Count);
                    SameLength(s.Name, s.X.Count, s.High.Count);
                    break;
                case StraightLine s when x.IsCategorical || y.IsCategorical:
                    throw new ArgumentException($"Straight line '{s.Name}' needs two linear axes.");
                case HorizontalBand s when y.IsCategorical:
                    throw new ArgumentException($"Band '{s.Name}' needs a linear y axis.");
                case HorizontalBand s when !(s.High >= s.Low):
                    throw new ArgumentException($"Band '{s.Name}' has High {s.High} below Low {s.Low}.");
                case BarSeries s when !x.IsCategorical || y.IsCategorical:
                    throw new ArgumentException($"Bar series '{s.Name}' needs a categorical x axis and a linear y axis.");
                case BarSeries s when s.Values.Count != x.Categories!.Count:
                    throw new ArgumentException($"Bar series '{s.Name}' has {s.Values.Count} values for {x.Categories!.Count} categories.");
                case BarSeries s when !(s.BandFraction > 0 && s.BandFraction <= 1):
                    throw new ArgumentException($"Bar series '{s.Name}' has band fraction {s.BandFraction}; expected (0, 1].");
                case HeatCells s when !x.IsCategorical || !y.IsCategorical:
                    throw new ArgumentException($"Heat cells '{s.Name}' need two categorical axes.");
                case HeatCells s when s.Values.GetLength(0) != y.Categories!.Count || s.Values.GetLength(1) != x.Categories!.Count:
                    throw new ArgumentException(
                        $"Heat cells '{s.Name}' are {s.Values.GetLength(0)}×{s.Values.GetLength(1)}; the axes have {y.Categories!.Count} rows × {x.Categories!.Count} columns.");
            }
        }
        int heatCount = 0;
        foreach (Series series in figure.Series)
        {
            if (series is HeatCells)
                heatCount++;
        }
        if (heatCount > 1)
            throw new ArgumentException("A figure can hold one heat-cell grid (one colour bar).");
    }

    private static void SameLength(string? name, int a, int b)
    {
        if (a != b)
            throw new ArgumentException($"Series '{name}' has coordinate lists of different lengths ({a} and {b}).");
    }
}
