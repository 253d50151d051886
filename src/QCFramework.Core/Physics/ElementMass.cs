namespace QCFramework.Physics;

/// <summary>The mass of one element per unit volume of a material (its partial density).</summary>
/// <param name="Z">Atomic number.</param>
/// <param name="DensityGPerCm3">Grams of this element per cm³ of the material. Negative only in
/// "equivalent" materials defined as linear combinations (e.g. a Mindways rod's certificate values).</param>
public readonly record struct ElementMass(int Z, double DensityGPerCm3);
