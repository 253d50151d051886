namespace QCFramework.Phantoms;

/// <summary>A named region of a phantom with its ground truth.</summary>
/// <param name="Name">Region name.</param>
/// <param name="MaterialSpec">Material specification.</param>
/// <param name="Enhancement">Contrast compartment.</param>
/// <param name="MineralDensityMgHaPerCm3">Mineral density the material states, mg HA/cm³ (0 for none).</param>
/// <param name="DensityGPerCm3">Mass density, g/cm³.</param>
public sealed record PhantomRegion(string Name, string MaterialSpec, Enhancement Enhancement, double MineralDensityMgHaPerCm3, double DensityGPerCm3);
