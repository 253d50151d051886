using QCFramework.Phantoms;

namespace QCFramework.Calibration;

/// <summary>
/// The calibration rods of a series paired with their certificate values on one density scale, as
/// single-density fits need them. HA certificates give (mg HA/cm³, HU). Mindways certificates state
/// each rod as K mg K2HPO4 plus W mg water per cm³; QCT PRO's equation HU − W = σref·K + βref with
/// σCT = σref − 0.2174 and βCT = βref + 999.6 means HU − W + 999.6 − 0.2174·K = σCT·K + βCT, so each
/// rod's CT number corrected that way lies on the K2HPO4-solution line (mg K2HPO4/cm³, HU).
/// </summary>
/// <param name="Image">The image the rods were read on.</param>
/// <param name="Kind">The certificate's mineral.</param>
/// <param name="DensityMgPerCm3">Each rod's mineral density.</param>
/// <param name="Hu">Each rod's CT number (water-corrected for Mindways rods).</param>
public sealed record RodPoints(string Image, CertificateKind Kind, IReadOnlyList<double> DensityMgPerCm3, IReadOnlyList<double> Hu)
{
    /// <summary>Pairs the series' rods with the certificate on <paramref name="image"/>, or gives the reason it cannot.</summary>
    public static (RodPoints? Points, string? Reason) From(CalibrationInputs inputs, string image)
    {
        if (inputs.Certificate is not { } certificate)
        {
            return (null, "no calibration phantom certificate given (rods cannot be assigned densities)");
        }

        var rods = inputs.Series.Rods;
        if (rods.Count == 0)
        {
            return (null, "no calibration rods found in view");
        }

        if (rods.Count != certificate.Rods.Count)
        {
            return (null, $"{rods.Count} rods found, the certificate of '{certificate.Phantom}' lists {certificate.Rods.Count}");
        }

        var density = new double[rods.Count];
        var hu = new double[rods.Count];
        for (int i = 0; i < rods.Count; i++)
        {
            if (rods[i].Hu.On(image) is not { } reading)
            {
                return (null, $"the rods have no reading on image '{image}'");
            }

            var rod = certificate.Rods[i];
            switch (certificate.Kind)
            {
                case CertificateKind.Hydroxyapatite when rod.HaMgPerCm3 is { } ha:
                    density[i] = ha;
                    hu[i] = reading.MeanHu;
                    break;
                case CertificateKind.K2hpo4Water when rod is { K2hpo4MgPerCm3: { } k, WaterMgPerCm3: { } w }:
                    density[i] = k;
                    hu[i] = reading.MeanHu - w + MineralEquivalence.MindwaysInterceptOffset - MineralEquivalence.MindwaysSlopeOffset * k;
                    break;
                default:
                    return (null, $"certificate rod '{rod.Region}' lacks its {(certificate.Kind == CertificateKind.Hydroxyapatite ? "HA" : "K2HPO4 and water")} value");
            }
        }

        return (new RodPoints(image, certificate.Kind, density, hu), null);
    }

    /// <summary>
    /// The model of the fitted line HU = σ·ρ + β in mg HA/cm³: directly for HA rods; for K2HPO4 rods
    /// converted at the effective energy where the physics gives the fitted σ (see
    /// <see cref="MineralEquivalence.K2hpo4ToHaFactor"/>). Adds the conversion's diagnostics.
    /// </summary>
    public (LinearHuModel? Model, string? Reason) ModelOf(double slopeHuPerMgPerCm3, double interceptHu, List<FitDiagnostic> diagnostics)
    {
        if (!(slopeHuPerMgPerCm3 > 0))
        {
            return (null, $"the rods' CT numbers do not rise with density (slope {slopeHuPerMgPerCm3:0.###} HU per mg/cm³)");
        }

        if (Kind == CertificateKind.Hydroxyapatite)
        {
            if (MineralEquivalence.EnergyOfHaSlope(slopeHuPerMgPerCm3) is { } e)
            {
                diagnostics.Add(new FitDiagnostic("effectiveEnergyKev", e));
            }

            return (LinearHuModel.FromLine(Image, slopeHuPerMgPerCm3, interceptHu), null);
        }

        double sigmaRef = slopeHuPerMgPerCm3 + MineralEquivalence.MindwaysSlopeOffset;
        if (MineralEquivalence.EnergyOfMindwaysSigmaRef(sigmaRef) is not { } energy)
        {
            return (null, $"the K2HPO4 slope {slopeHuPerMgPerCm3:0.###} HU per mg/cm³ matches no effective energy in 30–150 keV: no HA conversion");
        }

        double factor = MineralEquivalence.K2hpo4ToHaFactor(energy);
        diagnostics.Add(new FitDiagnostic("effectiveEnergyKev", energy));
        diagnostics.Add(new FitDiagnostic("k2hpo4ToHaFactor", factor));
        return (LinearHuModel.FromLine(Image, slopeHuPerMgPerCm3, interceptHu, factor), null);
    }
}
