using QCFramework.Phantoms.Geometry;
using QCFramework.Physics;

namespace QCFramework.Phantoms;

/// <summary>
/// A phantom: solids composed by precedence (later replaces earlier), the named regions they make,
/// and the levels a QCT protocol measures. Everything outside every solid is vacuum to the scanner
/// (its air calibration removes the air around the object) and reads −1000 HU.
/// </summary>
public sealed class Phantom
{
    private readonly Dictionary<string, int> _regionIndex = new(StringComparer.Ordinal);

    /// <summary>Creates a phantom; every material is resolved now so a bad one fails early.</summary>
    public Phantom(string name, string description, string citation, IReadOnlyList<PhantomSolid> solids, IReadOnlyList<MeasurementLevel> levels,
        CalibrationCertificate? certificate = null)
    {
        if (solids.Count == 0)
        {
            throw new InputException($"phantom '{name}' has no solids");
        }

        Name = name;
        Description = description;
        Citation = citation;
        Solids = solids;
        Levels = levels;
        Certificate = certificate;
        var regions = new List<PhantomRegion>();
        var library = MaterialLibrary.Default;
        foreach (var solid in solids)
        {
            if (_regionIndex.TryGetValue(solid.Region, out int existing))
            {
                var r = regions[existing];
                if (r.MaterialSpec != solid.MaterialSpec || r.Enhancement != solid.Enhancement)
                {
                    throw new InputException($"phantom '{name}': region '{solid.Region}' is given two materials ('{r.MaterialSpec}' and '{solid.MaterialSpec}')");
                }

                continue;
            }

            var material = library.Resolve(solid.MaterialSpec);
            _regionIndex[solid.Region] = regions.Count;
            regions.Add(new PhantomRegion(solid.Region, solid.MaterialSpec, solid.Enhancement,
                MaterialLibrary.MineralDensityMgHaPerCm3(solid.MaterialSpec), material.DensityGPerCm3));
        }

        Regions = regions;
        SolidRegion = solids.Select(s => _regionIndex[s.Region]).ToArray();
        ZMinMm = solids.Min(s => s.Geometry.ZMinMm);
        ZMaxMm = solids.Max(s => s.Geometry.ZMaxMm);
    }

    /// <summary>Short name (file stem), e.g. "esp".</summary>
    public string Name { get; }

    /// <summary>What it is.</summary>
    public string Description { get; }

    /// <summary>Where its design comes from.</summary>
    public string Citation { get; }

    /// <summary>The solids in precedence order.</summary>
    public IReadOnlyList<PhantomSolid> Solids { get; }

    /// <summary>Region index of each solid.</summary>
    public IReadOnlyList<int> SolidRegion { get; }

    /// <summary>The regions in order of first appearance.</summary>
    public IReadOnlyList<PhantomRegion> Regions { get; }

    /// <summary>The measurement levels (vertebral mid-levels or object centres).</summary>
    public IReadOnlyList<MeasurementLevel> Levels { get; }

    /// <summary>
    /// What the phantom is made from (its files' contents, parameter values and placement), set by the
    /// loader; equal identities mean equal phantoms, so simulations may share work between them.
    /// Empty when unknown (then only the same instance is the same phantom).
    /// </summary>
    public string Identity { get; init; } = "";

    /// <summary>The certificate of the calibration phantom in this set-up, if any.</summary>
    public CalibrationCertificate? Certificate { get; }

    /// <summary>Lowest z of any solid, mm.</summary>
    public double ZMinMm { get; }

    /// <summary>Highest z of any solid, mm.</summary>
    public double ZMaxMm { get; }

    /// <summary>Index of a region by name, or −1.</summary>
    public int RegionIndex(string name) => _regionIndex.GetValueOrDefault(name, -1);

    /// <summary>The axial section at <paramref name="zMm"/>.</summary>
    public PhantomSection SectionAt(double zMm)
    {
        var items = new List<(Shape2D, int)>();
        for (int i = 0; i < Solids.Count; i++)
        {
            var shape = Solids[i].Geometry.SectionAt(zMm);
            if (shape is not null)
            {
                items.Add((shape, SolidRegion[i]));
            }
        }

        return new PhantomSection(items, Regions.Count);
    }

    /// <summary>In-plane bounds of all solids, mm.</summary>
    public (double XMin, double YMin, double XMax, double YMax) BoundsXY()
    {
        double x0 = double.MaxValue, y0 = double.MaxValue, x1 = double.MinValue, y1 = double.MinValue;
        foreach (var s in Solids)
        {
            for (double z = s.Geometry.ZMinMm; z < s.Geometry.ZMaxMm; z += Math.Max((s.Geometry.ZMaxMm - s.Geometry.ZMinMm) / 16, 1e-3))
            {
                var shape = s.Geometry.SectionAt(z);
                if (shape is null)
                {
                    continue;
                }

                var b = shape.Bounds;
                x0 = Math.Min(x0, b.XMin);
                y0 = Math.Min(y0, b.YMin);
                x1 = Math.Max(x1, b.XMax);
                y1 = Math.Max(y1, b.YMax);
            }
        }

        return (x0, y0, x1, y1);
    }

    /// <summary>
    /// Several phantoms in one scan (e.g. a calibration phantom under a patient): their solids in the
    /// given order, so later phantoms take precedence where they overlap.
    /// </summary>
    public static Phantom Combine(IReadOnlyList<Phantom> parts)
    {
        if (parts.Count == 1)
        {
            return parts[0];
        }

        return new Phantom(
            string.Join("+", parts.Select(p => p.Name)),
            string.Join("; ", parts.Select(p => p.Description)),
            string.Join("; ", parts.Select(p => p.Citation).Distinct()),
            parts.SelectMany(p => p.Solids).ToArray(),
            parts.SelectMany(p => p.Levels).GroupBy(l => l.Label).Select(g => g.First()).ToArray(),
            parts.Select(p => p.Certificate).FirstOrDefault(c => c is not null))
        {
            Identity = parts.All(p => p.Identity.Length > 0) ? string.Join("+", parts.Select(p => p.Identity)) : "",
        };
    }
}
