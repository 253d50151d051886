using QCFramework.Numerics;

namespace QCFramework.Physics;

/// <summary>
/// The quality of a beam as physicists state it.
/// </summary>
/// <param name="Kvp">Tube potential, kVp.</param>
/// <param name="MeanEnergyKev">Fluence-weighted mean photon energy, keV.</param>
/// <param name="Hvl1MmAl">First half-value layer, mm Al: the aluminium that halves the air kerma.</param>
/// <param name="Hvl2MmAl">Second half-value layer, mm Al: the further aluminium that halves it again.</param>
/// <param name="EffectiveEnergyKev">Energy of the monoenergetic beam with the same first HVL, keV.</param>
public sealed record BeamQuality(double Kvp, double MeanEnergyKev, double Hvl1MmAl, double Hvl2MmAl, double EffectiveEnergyKev)
{
    /// <summary>Homogeneity coefficient HVL1/HVL2 (1 for a monoenergetic beam).</summary>
    public double HomogeneityCoefficient => Hvl1MmAl / Hvl2MmAl;

    /// <summary>
    /// Computes the beam quality of <paramref name="spectrum"/>. HVLs are defined on air kerma
    /// (IEC 60601-1-3; ICRU Report 74): K(t) ∝ Σ Φ(E)·E·(μen/ρ)air(E)·exp(−μAl(E)·t), with NIST's
    /// (μen/ρ) of dry air and aluminium at 2.6989 g/cm³.
    /// </summary>
    public static BeamQuality Of(Spectrum spectrum, AttenuationData? data = null)
    {
        data ??= AttenuationData.Default;
        var bins = spectrum.NonZeroBins().ToArray();
        var kermaWeight = new double[bins.Length];
        var muAl = new double[bins.Length];
        var aluminium = MaterialLibrary.Default.Resolve("aluminium");
        for (int i = 0; i < bins.Length; i++)
        {
            var (e, f) = bins[i];
            kermaWeight[i] = f * e * data.AirMassEnergyAbsorption(e);
            muAl[i] = aluminium.LinearAttenuationPerCm(e, data) / 10.0; // per mm
        }

        double Kerma(double mmAl)
        {
            double k = 0;
            for (int i = 0; i < kermaWeight.Length; i++)
            {
                k += kermaWeight[i] * Math.Exp(-muAl[i] * mmAl);
            }

            return k;
        }

        double k0 = Kerma(0);
        double half = RootFinding.Bisect(t => Kerma(t) - 0.5 * k0, 0, 200, 1e-9);
        double quarter = RootFinding.Bisect(t => Kerma(t) - 0.25 * k0, half, 400, 1e-9);
        double muEff = Math.Log(2) / half * 10.0; // 1/cm
        double effective = RootFinding.Bisect(e => aluminium.LinearAttenuationPerCm(e, data) - muEff, 2.0, 150.0, 1e-9);
        return new BeamQuality(spectrum.Kvp, spectrum.MeanEnergyKev, half, quarter - half, effective);
    }
}
