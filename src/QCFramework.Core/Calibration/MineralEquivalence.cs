using QCFramework.Numerics;
using QCFramework.Physics;

namespace QCFramework.Calibration;

/// <summary>
/// The physics that ties CT numbers to mineral at an effective energy, from the material library's
/// compositions and NIST/xraylib cross sections (no fitted constants): hydroxyapatite dispersed in
/// water (the equivalence QCT's HA phantoms define), the Mindways K2HPO4/water rod model, iodine.
/// </summary>
public static class MineralEquivalence
{
    /// <summary>Lowest effective energy searched, keV.</summary>
    public const double MinEnergyKev = 30;

    /// <summary>Highest effective energy searched, keV (the cross-section tables end at 150 keV).</summary>
    public const double MaxEnergyKev = 150;

    /// <summary>QCT PRO's change from the water-referenced to the CT slope: σCT = σref − 0.2174 (QCT PRO User Guide v5.0, as in Bonelab Ogo).</summary>
    public const double MindwaysSlopeOffset = 0.2174;

    /// <summary>QCT PRO's change of intercept: βCT = βref + 999.6 (same source).</summary>
    public const double MindwaysInterceptOffset = 999.6;

    private static readonly Lazy<Material> Water = new(() => MaterialLibrary.Default.Resolve("water"));
    private static readonly Lazy<Material> HaInWater = new(() => MaterialLibrary.Default.Resolve("ha-in-water:1000"));
    private static readonly Lazy<Material> K2hpo4 = new(() => MaterialLibrary.Default.Resolve("k2hpo4"));
    private static readonly Lazy<Material> IodineInWater = new(() => MaterialLibrary.Default.Resolve("iodine-in-water:1"));

    /// <summary>
    /// CT number per mg/cm³ of hydroxyapatite dispersed in water (with volume displacement) at
    /// <paramref name="energyKev"/>: exact by the mixture rule, since μ is linear in the concentration.
    /// </summary>
    public static double HaSlopeHuPerMgPerCm3(double energyKev) => HounsfieldScale.Monoenergetic(HaInWater.Value, energyKev) / 1000;

    /// <summary>CT number per mg I/mL added to water at <paramref name="energyKev"/>.</summary>
    public static double IodineSlopeHuPerMgPerMl(double energyKev) => HounsfieldScale.Monoenergetic(IodineInWater.Value, energyKev);

    /// <summary>
    /// The Mindways water-referenced slope σref at <paramref name="energyKev"/> for rods of K mg K2HPO4
    /// and W mg water per cm³: HU = (W − 1000) + K·(μ/ρ)K2HPO4/(μ/ρ)water, so σref = (μ/ρ)K2HPO4/(μ/ρ)water.
    /// </summary>
    public static double MindwaysSigmaRef(double energyKev) =>
        K2hpo4.Value.MassAttenuation(energyKev).TotalCm2PerG / Water.Value.MassAttenuation(energyKev).TotalCm2PerG;

    /// <summary>
    /// mg HA/cm³ per mg K2HPO4/cm³ of the same CT number at <paramref name="energyKev"/>: σCT/s_HA, the
    /// QCT PRO slope (σref − 0.2174) over hydroxyapatite-in-water's. It rises with energy (0.97 at 40 keV,
    /// 1.08 at 100 keV): the kVp dependence Goodsitt measured (Bone Miner 19 (1992) 145: BMD_K2HPO4/BMD_HA
    /// 0.86 at 80 kVp, 0.81 at 140 kVp for liquid K2HPO4 against solid HA standards).
    /// </summary>
    public static double K2hpo4ToHaFactor(double energyKev) => (MindwaysSigmaRef(energyKev) - MindwaysSlopeOffset) / HaSlopeHuPerMgPerCm3(energyKev);

    /// <summary>The effective energy at which hydroxyapatite in water has slope <paramref name="huPerMgPerCm3"/>, or null outside 30–150 keV.</summary>
    public static double? EnergyOfHaSlope(double huPerMgPerCm3) => Invert(HaSlopeHuPerMgPerCm3, huPerMgPerCm3);

    /// <summary>The effective energy at which the Mindways σref is <paramref name="sigmaRef"/>, or null outside 30–150 keV.</summary>
    public static double? EnergyOfMindwaysSigmaRef(double sigmaRef) => Invert(MindwaysSigmaRef, sigmaRef);

    // Both slopes fall monotonically with energy above the K edges of their elements (Ca 4.0, K 3.6 keV).
    private static double? Invert(Func<double, double> slope, double value)
    {
        double lo = slope(MinEnergyKev) - value, hi = slope(MaxEnergyKev) - value;
        if (!(double.IsFinite(value)) || Math.Sign(lo) == Math.Sign(hi))
        {
            return null;
        }

        return RootFinding.Bisect(e => slope(e) - value, MinEnergyKev, MaxEnergyKev, 1e-6);
    }
}
