namespace QCFramework.Measurement;

/// <summary>The reference tissues of one series (each sampled at the vertebrae's mid-level slices).</summary>
/// <param name="Muscle">Paraspinal muscle (its core, 2 mm inside).</param>
/// <param name="SubcutaneousFat">Subcutaneous fat (its core, 2 mm inside).</param>
/// <param name="VisceralFat">Visceral fat (its core, 2 mm inside).</param>
/// <param name="Air">Air outside the body.</param>
/// <param name="Blood">Aortic blood, when it reads as unenhanced blood.</param>
/// <param name="Csf">Cerebrospinal fluid in the spinal canal.</param>
/// <param name="CorticalBone">The cores of the thickest cortical structures (posterior elements, ribs).</param>
/// <param name="Aorta">The aorta's lumen whatever it reads (the contrast correction uses it), or not applicable when no aorta was found.</param>
public sealed record ReferenceTissues(
    TissueReading Muscle,
    TissueReading SubcutaneousFat,
    TissueReading VisceralFat,
    TissueReading Air,
    TissueReading Blood,
    TissueReading Csf,
    TissueReading CorticalBone,
    TissueReading Aorta)
{
    /// <summary>The tissues by their names, for listing.</summary>
    public IReadOnlyList<TissueReading> All => [Muscle, SubcutaneousFat, VisceralFat, Air, Blood, Csf, CorticalBone, Aorta];
}
