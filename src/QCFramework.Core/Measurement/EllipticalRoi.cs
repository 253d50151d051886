namespace QCFramework.Measurement;

/// <summary>An elliptical region in the axial plane, in patient coordinates.</summary>
/// <param name="CenterXMm">Centre x (towards the patient's left), mm.</param>
/// <param name="CenterYMm">Centre y (posterior), mm.</param>
/// <param name="SemiAxisLateralMm">Half-width along the left–right axis of the ellipse, mm.</param>
/// <param name="SemiAxisApMm">Half-depth along the anterior–posterior axis of the ellipse, mm.</param>
/// <param name="RotationDeg">Rotation of the left–right axis from +x towards +y, degrees.</param>
public sealed record EllipticalRoi(double CenterXMm, double CenterYMm, double SemiAxisLateralMm, double SemiAxisApMm, double RotationDeg)
{
    /// <summary>Area, mm².</summary>
    public double AreaMm2 => Math.PI * SemiAxisLateralMm * SemiAxisApMm;

    /// <summary>True when the point lies inside the ellipse.</summary>
    public bool Contains(double xMm, double yMm)
    {
        double theta = RotationDeg * Math.PI / 180;
        double dx = xMm - CenterXMm, dy = yMm - CenterYMm;
        double u = dx * Math.Cos(theta) + dy * Math.Sin(theta);
        double v = -dx * Math.Sin(theta) + dy * Math.Cos(theta);
        double a = u / SemiAxisLateralMm, b = v / SemiAxisApMm;
        return a * a + b * b <= 1;
    }
}
