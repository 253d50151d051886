namespace QCFramework.Physics;

/// <summary>A chemical element with the constants the attenuation model needs.</summary>
/// <param name="Z">Atomic number.</param>
/// <param name="Symbol">Chemical symbol, e.g. "Ca".</param>
/// <param name="AtomicWeight">Standard atomic weight, g/mol (xraylib 4.0.0).</param>
/// <param name="KEdgeKev">K-shell absorption edge, keV (xraylib 4.0.0).</param>
/// <param name="DensityGPerCm3">Density of the element in its natural form, g/cm³ (xraylib 4.0.0 / NIST Table 1).</param>
public sealed record ChemicalElement(int Z, string Symbol, double AtomicWeight, double KEdgeKev, double DensityGPerCm3);
