using QCFramework.Measurement;

namespace QCFramework.Calibration;

/// <summary>
/// One image of a dual-energy pair: the energy its CT numbers correspond to, and its mineral scale —
/// hydroxyapatite-in-water's CT number per mg/cm³ and the CT number of zero mineral (water), measured
/// on the calibration rods when they are in view, else from the physics at the energy.
/// </summary>
/// <param name="Image">Image key.</param>
/// <param name="Scale">Its CT-number scale: effective energy, gain and offset.</param>
/// <param name="MineralSlopeHuPerMgPerCm3">CT number per mg HA/cm³ (monoenergetic scale).</param>
/// <param name="WaterHu">CT number of zero mineral (monoenergetic scale), HU.</param>
/// <param name="FromRods">True when the mineral scale was measured on the rods.</param>
public sealed record EnergyImage(string Image, EnergyFit Scale, double MineralSlopeHuPerMgPerCm3, double WaterHu, bool FromRods)
{
    /// <summary>The monoenergetic CT number of a ROI on this image, relative to water, or null when the ROI has no reading on it.</summary>
    public double? WaterReferencedHu(HuReadings roi) => roi.On(Image) is { } r ? Scale.MonoenergeticHu(r.MeanHu) - WaterHu : null;
}
