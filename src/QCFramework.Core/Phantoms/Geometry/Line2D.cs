namespace QCFramework.Phantoms.Geometry;

/// <summary>A line in the axial plane: origin (mm) and unit direction; points are origin + t·direction.</summary>
public readonly record struct Line2D(double OriginXMm, double OriginYMm, double DirectionX, double DirectionY)
{
    /// <summary>The line through (x, y) along (dx, dy), normalised.</summary>
    public static Line2D Through(double xMm, double yMm, double dx, double dy)
    {
        double n = Math.Sqrt(dx * dx + dy * dy);
        return new Line2D(xMm, yMm, dx / n, dy / n);
    }
}

/// <summary>A parameter interval [Enter, Exit] along a line, mm.</summary>
public readonly record struct Interval(double Enter, double Exit)
{
    /// <summary>Length, mm.</summary>
    public double Length => Exit - Enter;
}
