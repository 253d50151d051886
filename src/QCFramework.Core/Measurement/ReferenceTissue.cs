using QCFramework.Physics;

namespace QCFramework.Measurement;

/// <summary>
/// A reference tissue as phantomless calibration models it: a standard composition (ICRP/ICRU, from
/// the material library) and a sanity window on its CT number. Ogo's windows (Bonelab; SCIENCE.md:
/// adipose −100 ± 30, air −1000 −30/+20, blood 20 ± 40, muscle 30 ± 35, cortical bone 1200 ± 250 HU)
/// are centred for about 120 kVp; here the same half-widths are put around the range the composition's
/// CT number spans over effective energies of 40–150 keV, so a 70 kVp scan or a 40 keV VMI is not
/// refused for physics while a mis-sampled region (muscle taken for fat, contrast in the blood) still is.
/// </summary>
/// <param name="Name">Tissue name as reports use it.</param>
/// <param name="MaterialSpec">Standard composition (material library specification), or null for a CT number fixed by convention.</param>
/// <param name="BelowHu">Window half-width below the composition's lowest CT number, HU.</param>
/// <param name="AboveHu">Window half-width above the composition's highest CT number, HU.</param>
/// <param name="FixedHu">The CT number when fixed by convention rather than composition.</param>
public sealed record ReferenceTissue(string Name, string? MaterialSpec, double BelowHu, double AboveHu, double? FixedHu = null)
{
    /// <summary>Lowest effective energy the windows allow for, keV.</summary>
    public const double WindowMinKev = 40;

    /// <summary>Highest effective energy the windows allow for, keV.</summary>
    public const double WindowMaxKev = 150;

    /// <summary>Skeletal muscle (ICRP, NIST composition).</summary>
    public static ReferenceTissue Muscle { get; } = new("muscle", "muscle", 35, 35);

    /// <summary>Adipose tissue (ICRP, NIST composition), for subcutaneous and visceral fat.</summary>
    public static ReferenceTissue Fat { get; } = new("fat", "adipose", 30, 30);

    /// <summary>
    /// Air outside the body: −1000 HU at every energy, because a scanner's air calibration defines it so
    /// (dry air's own μ would give −998.9; Comp2Comp also takes air as −1000 HU).
    /// </summary>
    public static ReferenceTissue Air { get; } = new("air", null, 30, 20, -1000);

    /// <summary>Whole blood (ICRP), unenhanced.</summary>
    public static ReferenceTissue Blood { get; } = new("blood", "blood", 40, 40);

    /// <summary>Cerebrospinal fluid, as water (Ogo has no CSF window: ±20 HU is ours).</summary>
    public static ReferenceTissue Csf { get; } = new("csf", "water", 20, 20);

    /// <summary>Adult cortical bone (ICRU 46).</summary>
    public static ReferenceTissue CorticalBone { get; } = new("corticalBone", "cortical-bone", 250, 250);

    /// <summary>The tissue's monoenergetic CT number at <paramref name="energyKev"/>.</summary>
    public double HuAt(double energyKev) => FixedHu ?? HounsfieldScale.Monoenergetic(MaterialLibrary.Default.Resolve(MaterialSpec!), energyKev);

    /// <summary>The sanity window, HU.</summary>
    public (double LowHu, double HighHu) Window
    {
        get
        {
            double lo = double.MaxValue, hi = double.MinValue;
            for (double e = WindowMinKev; e <= WindowMaxKev; e += 1)
            {
                double hu = HuAt(e);
                lo = Math.Min(lo, hu);
                hi = Math.Max(hi, hu);
            }

            return (lo - BelowHu, hi + AboveHu);
        }
    }
}
