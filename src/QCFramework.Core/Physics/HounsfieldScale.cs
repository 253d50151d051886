namespace QCFramework.Physics;

/// <summary>
/// The Hounsfield scale: HU = 1000·(μ − μwater)/μwater (Hounsfield 1973; the form scanners calibrate
/// to, which puts dry air at −998.9 rather than exactly −1000 because air's μ is not zero).
/// </summary>
public static class HounsfieldScale
{
    /// <summary>HU of linear attenuation <paramref name="muPerCm"/> against water's <paramref name="muWaterPerCm"/>.</summary>
    public static double FromMu(double muPerCm, double muWaterPerCm) => 1000.0 * (muPerCm - muWaterPerCm) / muWaterPerCm;

    /// <summary>Linear attenuation (1/cm) of <paramref name="hu"/> against water's <paramref name="muWaterPerCm"/>.</summary>
    public static double ToMu(double hu, double muWaterPerCm) => muWaterPerCm * (1.0 + hu / 1000.0);

    /// <summary>Monoenergetic CT number of <paramref name="material"/> at <paramref name="energyKev"/>.</summary>
    public static double Monoenergetic(Material material, double energyKev, AttenuationData? data = null)
    {
        var water = MaterialLibrary.Default.Resolve("water");
        return FromMu(material.LinearAttenuationPerCm(energyKev, data), water.LinearAttenuationPerCm(energyKev, data));
    }
}
