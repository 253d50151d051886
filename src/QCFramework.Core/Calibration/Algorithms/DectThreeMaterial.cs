using QCFramework.Measurement;

namespace QCFramework.Calibration.Algorithms;

/// <summary>
/// Dual-energy three-material decomposition of trabecular bone into mineral, fat and water, correcting
/// the marrow-fat error of single-energy QCT. The mineral is hydroxyapatite dispersed in water (the
/// equivalence of HA phantoms: s(E) HU per mg/cm³); the rest of the volume is marrow, a mix of its fat
/// (ICRU 46 yellow marrow) and water-rich (ICRU 46 red marrow) components whose fractions sum to one.
/// At each energy HU = C·s(E) + φ·HU_yellow(E) + (1 − φ)·HU_red(E): two equations for the mineral C
/// and the fat fraction φ. This is the form of Bonelab's three-material analysis on 40/90 keV VMIs
/// (basis marrow −149/−100 HU, oedema 85/36 HU, HA 3360/980 HU per 1000 mg/cm³), with the marrow
/// components' CT numbers computed from their compositions instead of measured ones.
/// </summary>
public sealed class DectThreeMaterial : ICalibrationAlgorithm
{
    /// <inheritdoc />
    public string Name => "dect-three-material";

    /// <inheritdoc />
    public AlgorithmFamily Family => AlgorithmFamily.DualEnergy;

    /// <inheritdoc />
    public string Citation => "Three-material (mineral–fat–water) DEQCT: Goodsitt MM, Rosenthal DI et al., Invest Radiol 22 (1987) 209; Bonelab DECT_BoneAnalysis (40/90 keV basis values); ICRU Report 46 marrow compositions";

    /// <inheritdoc />
    public string Assumptions => "Trabecular ROI = HA-in-water mineral + marrow of ICRU 46 red and yellow components; the images' energies are known (VMIs) or found from tissues.";

    /// <inheritdoc />
    public IReadOnlyList<string> RequiredInputs => ["two virtual monoenergetic images, or low and high kVp images with reference tissues"];

    /// <inheritdoc />
    public CalibrationResult Fit(CalibrationInputs inputs)
    {
        var (pair, reason) = DualEnergyImages.Select(inputs);
        if (pair is not { } images)
        {
            return CalibrationResult.NotApplicable(Name, reason!);
        }

        var fat = new ReferenceTissue("yellow-marrow", "yellow-marrow", 0, 0);
        var water = new ReferenceTissue("red-marrow", "red-marrow", 0, 0);
        var model = new Decomposition(images.Low, images.High, fat, water);
        double el = images.Low.Scale.EnergyKev, eh = images.High.Scale.EnergyKev;
        return CalibrationResult.Fitted(Name, model,
        [
            .. DualEnergyImages.Diagnostics(images.Low, images.High),
            new("yellowMarrowLowHu", fat.HuAt(el)), new("yellowMarrowHighHu", fat.HuAt(eh)), new("redMarrowLowHu", water.HuAt(el)), new("redMarrowHighHu", water.HuAt(eh)),
        ]);
    }

    private sealed record Decomposition(EnergyImage Low, EnergyImage High, ReferenceTissue Fat, ReferenceTissue Water) : ICalibrationModel
    {
        public BmdEstimate Estimate(HuReadings roi)
        {
            if (Low.WaterReferencedHu(roi) is not { } hl || High.WaterReferencedHu(roi) is not { } hh)
            {
                return BmdEstimate.NotApplicable($"the ROI lacks a reading on '{Low.Image}' or '{High.Image}'");
            }

            double el = Low.Scale.EnergyKev, eh = High.Scale.EnergyKev;
            double sL = Low.MineralSlopeHuPerMgPerCm3, sH = High.MineralSlopeHuPerMgPerCm3;
            double wL = Water.HuAt(el), wH = Water.HuAt(eh);
            double fL = Fat.HuAt(el) - wL, fH = Fat.HuAt(eh) - wH;
            double yL = hl - wL, yH = hh - wH;
            double det = sL * fH - sH * fL;
            return BmdEstimate.Density((yL * fH - yH * fL) / det);
        }
    }
}
