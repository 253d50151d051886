using QCFramework.Measurement;

namespace QCFramework.Calibration;

/// <summary>A single-energy calibration: mg HA/cm³ = Slope · HU + Intercept on one image.</summary>
/// <param name="Image">The image whose CT numbers it takes.</param>
/// <param name="SlopeMgPerCm3PerHu">mg HA/cm³ per HU.</param>
/// <param name="InterceptMgPerCm3">mg HA/cm³ at 0 HU.</param>
public sealed record LinearHuModel(string Image, double SlopeMgPerCm3PerHu, double InterceptMgPerCm3) : ICalibrationModel
{
    /// <summary>BMD of a CT number, mg HA/cm³.</summary>
    public double Predict(double hu) => SlopeMgPerCm3PerHu * hu + InterceptMgPerCm3;

    /// <inheritdoc />
    public BmdEstimate Estimate(HuReadings roi) => roi.On(Image) is { } reading
        ? BmdEstimate.Density(Predict(reading.MeanHu))
        : BmdEstimate.NotApplicable($"the ROI has no reading on image '{Image}'");

    /// <summary>The model of HU = σ·ρ + β solved for ρ, times <paramref name="factor"/> (a change of mineral).</summary>
    public static LinearHuModel FromLine(string image, double slopeHuPerMgPerCm3, double interceptHu, double factor = 1) =>
        new(image, factor / slopeHuPerMgPerCm3, -factor * interceptHu / slopeHuPerMgPerCm3);
}
