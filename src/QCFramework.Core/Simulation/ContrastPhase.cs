using System.Globalization;
using QCFramework.Phantoms;

namespace QCFramework.Simulation;

/// <summary>
/// A contrast phase: iodine concentration (mg I/mL) added to each enhancing compartment.
/// Values live in protocols/contrast-phases.yaml with their sources.
/// </summary>
/// <param name="Name">none, arterial, portal.</param>
/// <param name="BloodMgPerMl">Vascular blood.</param>
/// <param name="MarrowMgPerMl">Vertebral marrow.</param>
/// <param name="MuscleMgPerMl">Skeletal muscle.</param>
/// <param name="OrganMgPerMl">Solid organs.</param>
public sealed record ContrastPhase(string Name, double BloodMgPerMl, double MarrowMgPerMl, double MuscleMgPerMl, double OrganMgPerMl)
{
    /// <summary>No contrast.</summary>
    public static readonly ContrastPhase None = new("none", 0, 0, 0, 0);

    /// <summary>True when the phase adds no iodine.</summary>
    public bool IsNone => BloodMgPerMl == 0 && MarrowMgPerMl == 0 && MuscleMgPerMl == 0 && OrganMgPerMl == 0;

    /// <summary>Iodine added to a compartment, mg I/mL.</summary>
    public double IodineFor(Enhancement enhancement) => enhancement switch
    {
        Enhancement.Blood => BloodMgPerMl,
        Enhancement.Marrow => MarrowMgPerMl,
        Enhancement.Muscle => MuscleMgPerMl,
        Enhancement.Organ => OrganMgPerMl,
        _ => 0,
    };

    /// <summary>The material each region has in this phase (the region's own with iodine added where it enhances).</summary>
    public IReadOnlyList<string> MaterialsFor(Phantom phantom) =>
        phantom.Regions.Select(r =>
        {
            double c = IodineFor(r.Enhancement);
            return c > 0 ? $"{r.MaterialSpec}+iodine:{c.ToString("0.####", CultureInfo.InvariantCulture)}" : r.MaterialSpec;
        }).ToArray();
}
