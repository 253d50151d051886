namespace QCFramework.Reporting.Charts.Layout;

/// <summary>The smallest and largest finite value seen along one axis.</summary>
internal struct DataExtent
{
    public double Min { get; private set; }

    public double Max { get; private set; }

    public bool Any { get; private set; }

    public void Add(double value)
    {
        if (!double.IsFinite(value))
            return;
        if (!Any)
        {
            Min = Max = value;
            Any = true;
            return;
        }
        Min = Math.Min(Min, value);
        Max = Math.Max(Max, value);
    }

    public void Add(IReadOnlyList<double> values)
    {
        for (int i = 0; i < values.Count; i++)
            Add(values[i]);
    }

    /// <summary>The extents of a figure's data along x and y (linear axes only need them).</summary>
    public static (DataExtent X, DataExtent Y) Of(Figure figure)
    {
        var x = new DataExtent();
        var y = new DataExtent();
        foreach (Series series in figure.Series)
        {
            switch (series)
            {
                case ScatterSeries s:
                    x.Add(s.X);
                    y.Add(s.Y);
                    break;
                case LineSeries s:
                    x.Add(s.X);
                    y.Add(s.Y);
                    break;
                case ErrorBarSeries s:
                    x.Add(s.X);
                    y.Add(s.Y);
                    y.Add(s.Low);
                    y.Add(s.High);
                    break;
                case BarSeries s:
                    y.Add(s.Values);
                    y.Add(0);
                    break;
                case ReferenceLine { Orientation: LineOrientation.Horizontal } s:
                    y.Add(s.Value);
                    break;
                case ReferenceLine s:
                    x.Add(s.Value);
                    break;
                case HorizontalBand s:
                    y.Add(s.Low);
                    y.Add(s.High);
                    break;
            }
        }
        foreach (TextAnnotation a in figure.Annotations)
        {
            x.Add(a.X);
            y.Add(a.Y);
        }
        return (x, y);
    }
}
