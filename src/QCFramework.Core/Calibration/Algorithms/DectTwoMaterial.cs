using QCFramework.Measurement;
using QCFramework.Physics;

namespace QCFramework.Calibration.Algorithms;

/// <summary>
/// Dual-energy two-material decomposition into hydroxyapatite and water: at each image's energy
/// μ = ρ_HA·(μ/ρ)_HA + ρ_water·(μ/ρ)_water, two equations for two partial densities; BMD = ρ_HA.
/// Marrow fat is not in the basis: it reads as less mineral (the classical dual-energy fat error is
/// smaller than single energy's, not zero).
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
        var (pair, reason) = DualEnergyImages.Select(inputs.Series);
        if (pair is not { } images)
        {
            return CalibrationResult.NotApplicable(Name, reason!);
        }

        var library = MaterialLibrary.Default;
        var ha = library.Resolve("hydroxyapatite");
        var water = library.Resolve("water");
        var model = new Decomposition(images.Low, images.High, ha, water);
        return CalibrationResult.Fitted(Name, model,
        [
            new("lowEnergyKev", images.Low.Scale.EnergyKev), new("highEnergyKev", images.High.Scale.EnergyKev),
        ]);
    }

    private sealed record Decomposition(EnergyImage Low, EnergyImage High, Material Ha, Material Water) : ICalibrationModel
    {
        public BmdEstimate Estimate(HuReadings roi)
        {
            if (Low.MonoenergeticHu(roi) is not { } hl || High.MonoenergeticHu(roi) is not { } hh)
            {
                return BmdEstimate.NotApplicable($"the ROI lacks a reading on '{Low.Image}' or '{High.Image}'");
            }

            double el = Low.Scale.EnergyKev, eh = High.Scale.EnergyKev;
            double muL = Water.LinearAttenuationPerCm(el) * (1 + hl / 1000), muH = Water.LinearAttenuationPerCm(eh) * (1 + hh / 1000);
            double aL = Ha.MassAttenuation(el).TotalCm2PerG, aH = Ha.MassAttenuation(eh).TotalCm2PerG;
            double wL = Water.MassAttenuation(el).TotalCm2PerG, wH = Water.MassAttenuation(eh).TotalCm2PerG;
            double rhoHa = (muL * wH - muH * wL) / (aL * wH - aH * wL);
            return BmdEstimate.Density(rhoHa * 1000);
        }
    }
}
