using QCFramework.Measurement;

namespace QCFramework.Calibration.Algorithms;

/// <summary>
/// Dual-energy two-material decomposition into hydroxyapatite and water. On each image the ROI's
/// water-referenced CT number is C·s(E) + 1000·Δw: C mg HA/cm³ dispersed in water (s, the mineral's CT
/// number per mg/cm³) and Δw g/cm³ of water beyond what the mineral displaces (water's CT number per
/// g/cm³ is 1000 at every energy) — the same decomposition as μ = ρ_HA·(μ/ρ)_HA + ρ_w·(μ/ρ)_w in mass
/// units. Two energies, two unknowns: C = (HU_low − HU_high)/(s_low − s_high). Marrow fat is not in the
/// basis: it reads as less mineral (the classical dual-energy fat error is smaller than single energy's, not zero).
/// </summary>
public sealed class DectTwoMaterial : ICalibrationAlgorithm
{
    /// <inheritdoc />
    public string Name => "dect-two-material";

    /// <inheritdoc />
    public AlgorithmFamily Family => AlgorithmFamily.DualEnergy;

    /// <inheritdoc />
    public string Citation => "Two-material (HA–water) dual-energy decomposition: Alvarez RE, Macovski A, Phys Med Biol 21 (1976) 733; Gluer CC, Genant HK, J Comput Assist Tomogr 13 (1989) 1023";

    /// <inheritdoc />
    public string Assumptions => "Each ROI is hydroxyapatite plus water; the images' energies are known (VMIs) or found from tissues (low/high kVp).";

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

        return CalibrationResult.Fitted(Name, new Decomposition(images.Low, images.High), DualEnergyImages.Diagnostics(images.Low, images.High));
    }

    private sealed record Decomposition(EnergyImage Low, EnergyImage High) : ICalibrationModel
    {
        public BmdEstimate Estimate(HuReadings roi)
        {
            if (Low.WaterReferencedHu(roi) is not { } hl || High.WaterReferencedHu(roi) is not { } hh)
            {
                return BmdEstimate.NotApplicable($"the ROI lacks a reading on '{Low.Image}' or '{High.Image}'");
            }

            return BmdEstimate.Density((hl - hh) / (Low.MineralSlopeHuPerMgPerCm3 - High.MineralSlopeHuPerMgPerCm3));
        }
    }
}
