using QCFramework.Phantoms;
using QCFramework.Physics;

namespace QCFramework.Simulation;

/// <summary>
/// A phantom as one scan sees it: each region's material in the scan's contrast phase, and the
/// distinct materials as the basis groups of the projector (regions of the same material share a
/// group, so the polychromatic loop runs over as few materials as possible).
/// </summary>
public sealed class ScanScene
{
    /// <summary>Resolves the scene's materials.</summary>
    public ScanScene(Phantom phantom, ContrastPhase contrast)
    {
        Phantom = phantom;
        Contrast = contrast;
        RegionMaterials = contrast.MaterialsFor(phantom);
        var groups = RegionMaterials.Distinct(StringComparer.Ordinal).ToList();
        RegionGroup = RegionMaterials.Select(m => groups.IndexOf(m)).ToArray();
        GroupMaterials = groups;
        Materials = groups.Select(MaterialLibrary.Default.Resolve).ToArray();
    }

    /// <summary>The phantom.</summary>
    public Phantom Phantom { get; }

    /// <summary>The contrast phase.</summary>
    public ContrastPhase Contrast { get; }

    /// <summary>Each region's material specification in this phase.</summary>
    public IReadOnlyList<string> RegionMaterials { get; }

    /// <summary>Basis group of each region.</summary>
    public IReadOnlyList<int> RegionGroup { get; }

    /// <summary>Material specification of each group.</summary>
    public IReadOnlyList<string> GroupMaterials { get; }

    /// <summary>Resolved material of each group.</summary>
    public IReadOnlyList<Material> Materials { get; }

    /// <summary>The z planes and weights of a slice (slice sensitivity profile).</summary>
    public IReadOnlyList<(double ZMm, double Weight)> Planes(double zMm, SliceProfile profile) =>
        ZQuadrature.Planes(Phantom, zMm - profile.HalfWidthMm, zMm + profile.HalfWidthMm, dz => profile.Weight(dz - zMm));
}
