using QCFramework.Phantoms;

namespace QCFramework.Measurement.Imaging;

/// <summary>
/// A set of pixels of one slice with its area and moment ellipse: centroid and the ellipse with the
/// same second moments (for a filled ellipse, the variance along a semi-axis a is a²/4).
/// </summary>
internal sealed class PixelRegion
{
    public PixelRegion(int[] pixels, RasterGrid grid)
    {
        Pixels = pixels;
        double sx = 0, sy = 0;
        foreach (int p in pixels)
        {
            sx += grid.X(p % grid.Columns);
            sy += grid.Y(p / grid.Columns);
        }

        int n = Math.Max(1, pixels.Length);
        CenterXMm = sx / n;
        CenterYMm = sy / n;
        double cxx = 0, cyy = 0, cxy = 0;
        foreach (int p in pixels)
        {
            double dx = grid.X(p % grid.Columns) - CenterXMm, dy = grid.Y(p / grid.Columns) - CenterYMm;
            cxx += dx * dx;
            cyy += dy * dy;
            cxy += dx * dy;
        }

        // A pixel is a uniform square: add its own variance h²/12 per axis.
        double h2 = grid.PixelSpacingMm * grid.PixelSpacingMm / 12;
        cxx = cxx / n + h2;
        cyy = cyy / n + h2;
        cxy /= n;
        double mean = 0.5 * (cxx + cyy);
        double diff = Math.Sqrt(0.25 * (cxx - cyy) * (cxx - cyy) + cxy * cxy);
        double major = mean + diff, minor = Math.Max(mean - diff, 0);
        SemiMajorMm = 2 * Math.Sqrt(major);
        SemiMinorMm = 2 * Math.Sqrt(minor);
        MajorAngleRad = 0.5 * Math.Atan2(2 * cxy, cxx - cyy);
        AreaMm2 = pixels.Length * grid.PixelAreaMm2;
    }

    /// <summary>Pixel indices (row-major).</summary>
    public int[] Pixels { get; }

    public double CenterXMm { get; }

    public double CenterYMm { get; }

    public double SemiMajorMm { get; }

    public double SemiMinorMm { get; }

    /// <summary>Direction of the major axis from +x towards +y, radians.</summary>
    public double MajorAngleRad { get; }

    public double AreaMm2 { get; }

    /// <summary>Area over the moment ellipse's area: 1 for a filled ellipse, less for ragged or hollow shapes.</summary>
    public double FillRatio => AreaMm2 / (Math.PI * SemiMajorMm * Math.Max(SemiMinorMm, 1e-9));

    /// <summary>
    /// The moment ellipse with its axes named anatomically: the lateral axis is the one closer to x.
    /// </summary>
    public EllipticalRoi AsAnatomicalEllipse()
    {
        double angle = MajorAngleRad;
        bool majorIsLateral = Math.Abs(Math.Cos(angle)) >= Math.Abs(Math.Sin(angle));
        double lateral = majorIsLateral ? SemiMajorMm : SemiMinorMm;
        double ap = majorIsLateral ? SemiMinorMm : SemiMajorMm;
        double lateralAngle = majorIsLateral ? angle : angle + Math.PI / 2;
        // Keep the lateral axis within ±90° of +x, so the AP axis (rotated +90°) points posterior (+y).
        while (lateralAngle > Math.PI / 2)
        {
            lateralAngle -= Math.PI;
        }

        while (lateralAngle <= -Math.PI / 2)
        {
            lateralAngle += Math.PI;
        }

        return new EllipticalRoi(CenterXMm, CenterYMm, lateral, ap, lateralAngle * 180 / Math.PI);
    }
}
