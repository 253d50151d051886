namespace QCFramework.Physics;

/// <summary>Mass attenuation coefficients by interaction, cm²/g.</summary>
/// <param name="PhotoCm2PerG">Photoelectric absorption.</param>
/// <param name="IncoherentCm2PerG">Incoherent (Compton) scattering.</param>
/// <param name="CoherentCm2PerG">Coherent (Rayleigh) scattering.</param>
public readonly record struct CrossSections(double PhotoCm2PerG, double IncoherentCm2PerG, double CoherentCm2PerG)
{
    /// <summary>Total mass attenuation coefficient (with coherent scattering), cm²/g.</summary>
    public double TotalCm2PerG => PhotoCm2PerG + IncoherentCm2PerG + CoherentCm2PerG;

    /// <summary>This times a scalar (a mass fraction or a partial density).</summary>
    public CrossSections Scale(double factor) =>
        new(PhotoCm2PerG * factor, IncoherentCm2PerG * factor, CoherentCm2PerG * factor);

    /// <summary>Component-wise sum.</summary>
    public static CrossSections operator +(CrossSections a, CrossSections b) =>
        new(a.PhotoCm2PerG + b.PhotoCm2PerG, a.IncoherentCm2PerG + b.IncoherentCm2PerG, a.CoherentCm2PerG + b.CoherentCm2PerG);
}
