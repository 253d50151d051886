using QCFramework.Measurement;

namespace QCFramework.Calibration;

/// <summary>One image of a dual-energy pair with the energy its CT numbers correspond to.</summary>
/// <param name="Image">Image key.</param>
/// <param name="Scale">Its CT-number scale: effective energy, gain and offset.</param>
public sealed record EnergyImage(string Image, EnergyFit Scale)
{
    /// <summary>The monoenergetic CT number of a ROI on this image, or null when the ROI has no reading on it.</summary>
    public double? MonoenergeticHu(HuReadings roi) => roi.On(Image) is { } r ? Scale.MonoenergeticHu(r.MeanHu) : null;
}
