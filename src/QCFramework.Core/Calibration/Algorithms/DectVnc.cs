using QCFramework.Measurement;

namespace QCFramework.Calibration.Algorithms;

/// <summary>
/// Virtual non-contrast mineral: iodine is removed before the mineral estimate by decomposing each ROI
/// into hydroxyapatite in water (s(E) HU per mg/cm³) and iodine added to it (i(E) HU per mg I/mL):
/// HU = C·s(E) + c_I·i(E) at both energies. BMD = C, what the ROI would read as mineral without its
/// iodine. Marrow fat is not in the basis (as in vendors' VNC-based QCT).
/// </summary>
public sealed class DectVnc : ICalibrationAlgorithm
{
    /// <inheritdoc />
    public string Name => "dect-vnc";

    /// <inheritdoc />
    public AlgorithmFamily Family => AlgorithmFamily.DualEnergy;

    /// <inheritdoc />
    public string Citation => "Virtual non-contrast BMD from dual-energy CT (iodine–mineral decomposition); e.g. Rahn S et al., Sci Rep 14 (2024) 18898 (contrast and calcium imaging of the spine)";

    /// <inheritdoc />
    public string Assumptions => "Each ROI is HA-in-water mineral plus iodine; the images' energies are known (VMIs) or found from tissues.";

    /// <inheritdoc />
    public IReadOnlyList<string> RequiredInputs => ["two virtual monoenergetic images, or low and high kVp images with reference tissues"];

    /// <inheritdoc />
    public CalibrationResult Fit(CalibrationInputs inputs)
    {
        var (pair, reason) = DualEnergyImages.Select(inputs.Series);
        if (pair is not { } images)
        {
            return CalibrationResult.NotApplicable(Name, reason!);
        }

        double el = images.Low.Scale.EnergyKev, eh = images.High.Scale.EnergyKev;
        return CalibrationResult.Fitted(Name, new Decomposition(images.Low, images.High),
        [
            new("lowEnergyKev", el), new("highEnergyKev", eh),
            new("iodineLowHuPerMgPerMl", MineralEquivalence.IodineSlopeHuPerMgPerMl(el)), new("iodineHighHuPerMgPerMl", MineralEquivalence.IodineSlopeHuPerMgPerMl(eh)),
        ]);
    }

    private sealed record Decomposition(EnergyImage Low, EnergyImage High) : ICalibrationModel
    {
        public BmdEstimate Estimate(HuReadings roi)
        {
            if (Low.MonoenergeticHu(roi) is not { } hl || High.MonoenergeticHu(roi) is not { } hh)
            {
                return BmdEstimate.NotApplicable($"the ROI lacks a reading on '{Low.Image}' or '{High.Image}'");
            }

            double el = Low.Scale.EnergyKev, eh = High.Scale.EnergyKev;
            double sL = MineralEquivalence.HaSlopeHuPerMgPerCm3(el), sH = MineralEquivalence.HaSlopeHuPerMgPerCm3(eh);
            double iL = MineralEquivalence.IodineSlopeHuPerMgPerMl(el), iH = MineralEquivalence.IodineSlopeHuPerMgPerMl(eh);
            double det = sL * iH - sH * iL;
            return BmdEstimate.Density((hl * iH - hh * iL) / det);
        }
    }
}
