namespace QCFramework.Reporting.Charts.Layout;

/// <summary>Maps an axis coordinate (a data value, or a category index) to a position in points.</summary>
internal abstract class AxisScale
{
    /// <summary>Position of <paramref name="value"/> along the axis, in figure points.</summary>
    public abstract double ToPt(double value);
}

/// <summary>A linear map from [DomainMin, DomainMax] onto [From, To] (To &lt; From for a y axis drawn upwards).</summary>
internal sealed class LinearAxisScale(double domainMin, double domainMax, double fromPt, double toPt) : AxisScale
{
    public double DomainMin { get; } = domainMin;

    public double DomainMax { get; } = domainMax;

    public override double ToPt(double value) => fromPt + (value - DomainMin) / (DomainMax - DomainMin) * (toPt - fromPt);
}

/// <summary>Equal bands, category 0 at <c>fromPt</c>; a category index maps to its band's centre.</summary>
internal sealed class BandAxisScale(int count, double fromPt, double toPt) : AxisScale
{
    public int Count { get; } = count;

    /// <summary>Band width in points (positive).</summary>
    public double BandPt => Math.Abs(toPt - fromPt) / Count;

    public override double ToPt(double value) => fromPt + (value + 0.5) * (toPt - fromPt) / Count;

    /// <summary>The two edges of band <paramref name="index"/> (in ascending order).</summary>
    public (double Low, double High) Band(int index)
    {
        double a = fromPt + index * (toPt - fromPt) / Count;
        double b = fromPt + (index + 1) * (toPt - fromPt) / Count;
        return (Math.Min(a, b), Math.Max(a, b));
    }
}
