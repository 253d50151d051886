namespace QCFramework.Statistics;

/// <summary>A fitted straight line y = Intercept + Slope · x.</summary>
/// <param name="Slope">Slope (NaN when undefined).</param>
/// <param name="Intercept">Intercept, in y units (NaN when undefined).</param>
public readonly record struct LineFit(double Slope, double Intercept)
{
    /// <summary>The line's value at <paramref name="x"/>.</summary>
    public double At(double x) => Intercept + Slope * x;
}
