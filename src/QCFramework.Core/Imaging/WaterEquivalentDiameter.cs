using QCFramework.Phantoms;

namespace QCFramework.Imaging;

/// <summary>
/// The water-equivalent diameter of an axial CT image (AAPM Report 220, 2014):
/// A_w = Σ (HU/1000 + 1)·pixel area over the patient, D_w = 2·√(A_w/π). Air adds nothing to A_w but its
/// noise would, so pixels at or below −900 HU are left out (aerated lung, about −850 HU, stays in).
/// </summary>
public static class WaterEquivalentDiameter
{
    /// <summary>Pixels at or below this CT number count as air outside the patient.</summary>
    public const double AirThresholdHu = -900;

    /// <summary>D_w of one image in mm.</summary>
    public static double Of(ReadOnlySpan<float> hu, RasterGrid grid)
    {
        double sum = 0;
        foreach (float v in hu)
        {
            if (v > AirThresholdHu)
            {
                sum += v / 1000.0 + 1;
            }
        }

        double areaMm2 = sum * grid.PixelSpacingMm * grid.PixelSpacingMm;
        return 2 * Math.Sqrt(areaMm2 / Math.PI);
    }
}
