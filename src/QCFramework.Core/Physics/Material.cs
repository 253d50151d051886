using System.Collections.Immutable;

namespace QCFramework.Physics;

/// <summary>
/// A material as the attenuation model sees it: its elements' partial densities. The mixture rule
/// (μ/ρ of a compound is the mass-fraction-weighted sum of its elements' μ/ρ) is then exact:
/// μ(E) = Σ_Z ρ_Z (μ/ρ)_Z(E).
/// </summary>
public sealed class Material
{
    /// <summary>Creates a material from partial densities (merged by element, sorted by Z).</summary>
    public Material(string name, string description, IEnumerable<ElementMass> elements)
    {
        Name = name;
        Description = description;
        Elements = elements
            .GroupBy(e => e.Z)
            .Select(g => new ElementMass(g.Key, g.Sum(e => e.DensityGPerCm3)))
            .Where(e => e.DensityGPerCm3 != 0)
            .OrderBy(e => e.Z)
            .ToImmutableArray();
        DensityGPerCm3 = Elements.Sum(e => e.DensityGPerCm3);
        if (Elements.IsEmpty || !(DensityGPerCm3 > 0))
        {
            throw new InputException($"material '{name}' has no positive density");
        }
    }

    /// <summary>Creates a material from mass fractions (normalised to 1) and a density.</summary>
    public static Material FromMassFractions(string name, string description, double densityGPerCm3, IEnumerable<(int Z, double MassFraction)> fractions)
    {
        var list = fractions.ToList();
        double sum = list.Sum(f => f.MassFraction);
        return new Material(name, description, list.Select(f => new ElementMass(f.Z, densityGPerCm3 * f.MassFraction / sum)));
    }

    /// <summary>Name as the library and phantom files spell it, e.g. "ha-in-resin:200".</summary>
    public string Name { get; }

    /// <summary>What it is and where its composition comes from.</summary>
    public string Description { get; }

    /// <summary>Partial densities by element, sorted by Z.</summary>
    public ImmutableArray<ElementMass> Elements { get; }

    /// <summary>Mass density, g/cm³.</summary>
    public double DensityGPerCm3 { get; }

    /// <summary>Mass fraction of element <paramref name="z"/> (0 when absent).</summary>
    public double MassFraction(int z)
    {
        foreach (var e in Elements)
        {
            if (e.Z == z)
            {
                return e.DensityGPerCm3 / DensityGPerCm3;
            }
        }

        return 0;
    }

    /// <summary>Mass attenuation coefficients by interaction at <paramref name="energyKev"/>, cm²/g.</summary>
    public CrossSections MassAttenuation(double energyKev, AttenuationData? data = null)
    {
        data ??= AttenuationData.Default;
        var sum = default(CrossSections);
        foreach (var e in Elements)
        {
            sum += data.CrossSections(e.Z, energyKev).Scale(e.DensityGPerCm3);
        }

        return sum.Scale(1.0 / DensityGPerCm3);
    }

    /// <summary>Linear attenuation coefficient at <paramref name="energyKev"/>, 1/cm.</summary>
    public double LinearAttenuationPerCm(double energyKev, AttenuationData? data = null) =>
        MassAttenuation(energyKev, data).TotalCm2PerG * DensityGPerCm3;

    /// <summary>Linear attenuation on each energy of <paramref name="energiesKev"/>, 1/cm.</summary>
    public double[] LinearAttenuationPerCm(ReadOnlySpan<double> energiesKev, AttenuationData? data = null)
    {
        var mu = new double[energiesKev.Length];
        for (int i = 0; i < mu.Length; i++)
        {
            mu[i] = LinearAttenuationPerCm(energiesKev[i], data);
        }

        return mu;
    }

    /// <summary>This material renamed (same composition).</summary>
    public Material WithName(string name, string? description = null) => new(name, description ?? Description, Elements);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({DensityGPerCm3:0.####} g/cm³)";
}
