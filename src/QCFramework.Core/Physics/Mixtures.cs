namespace QCFramework.Physics;

/// <summary>
/// Ways of combining materials. All are the mixture rule on partial densities; they differ only in
/// how much of the base material a solute displaces.
/// </summary>
public static class Mixtures
{
    /// <summary>
    /// Parts by volume fraction (they need not sum to 1: a fraction below 1 leaves void).
    /// Partial densities add: ρ_Z = Σ_i v_i ρ_i w_i,Z.
    /// </summary>
    public static Material ByVolume(string name, string description, params (Material Material, double VolumeFraction)[] parts) =>
        new(name, description, parts.SelectMany(p => p.Material.Elements.Select(e => e with { DensityGPerCm3 = e.DensityGPerCm3 * p.VolumeFraction })));

    /// <summary>
    /// Parts by mass fraction with the density from additive partial volumes,
    /// 1/ρ = Σ_i w_i/ρ_i (ideal mixing: no volume change on mixing).
    /// </summary>
    public static Material ByMassIdeal(string name, string description, params (Material Material, double MassFraction)[] parts)
    {
        double specificVolume = parts.Sum(p => p.MassFraction / p.Material.DensityGPerCm3);
        double density = parts.Sum(p => p.MassFraction) / specificVolume;
        return new Material(name, description, parts.SelectMany(p =>
            p.Material.Elements.Select(e => e with { DensityGPerCm3 = density * p.MassFraction * e.DensityGPerCm3 / p.Material.DensityGPerCm3 })));
    }

    /// <summary>
    /// A solute dispersed in a base at <paramref name="soluteMgPerCm3"/> with volume displacement:
    /// each gram of solute takes 1/ρ_solute cm³ (its crystalline density), and the base fills the
    /// rest, so ρ_Z = c·w_solute,Z + (1 − c/ρ_solute)·ρ_base·w_base,Z. This is the partial-volume
    /// model of tissue substitutes (White, Phys Med Biol 22 (1977) 889; ICRU Report 44, 1989) and is
    /// exact for a powder fully dispersed in a void-free resin; for salts dissolved in water it
    /// neglects the excess volume of solution.
    /// </summary>
    public static Material SoluteWithDisplacement(string name, string description, Material solute, double soluteMgPerCm3, Material baseMaterial)
    {
        double c = soluteMgPerCm3 / 1000.0;
        double baseVolume = 1.0 - c / solute.DensityGPerCm3;
        if (baseVolume < 0)
        {
            throw new InputException($"'{name}': {soluteMgPerCm3} mg/cm³ exceeds the density of {solute.Name} ({solute.DensityGPerCm3 * 1000:0} mg/cm³)");
        }

        return ByVolume(name, description, (solute, c / solute.DensityGPerCm3), (baseMaterial, baseVolume));
    }

    /// <summary>
    /// A solute added to a base without displacing it: ρ_Z = c·w_solute,Z + ρ_base·w_base,Z.
    /// This is how XCIST defines iodine in water (water_20C_iodine_10mg: 998.19 mg water plus
    /// 10 mg iodine per mL gives 1.00819 g/mL); contrast agents at mg I/mL are dilute enough that the
    /// difference from displacement is below 0.1% of the density.
    /// </summary>
    public static Material SoluteWithoutDisplacement(string name, string description, Material solute, double soluteMgPerCm3, Material baseMaterial) =>
        new(name, description, baseMaterial.Elements.Concat(solute.Elements.Select(e => e with
        {
            DensityGPerCm3 = e.DensityGPerCm3 / solute.DensityGPerCm3 * soluteMgPerCm3 / 1000.0,
        })));
}
