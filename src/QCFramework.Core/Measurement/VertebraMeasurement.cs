namespace QCFramework.Measurement;

/// <summary>
/// The trabecular reading of one vertebra: where the ROI is, what it covers, and the CT numbers in it
/// on every image of the series.
/// </summary>
/// <param name="Label">Vertebral level as anatomy names it (L1, T12) or, without a way to tell, V1, V2, … superior to inferior.</param>
/// <param name="LabelSource">How the label was found: "hint" (given), "phantom-order" (three levels of a spine phantom) or "unlabelled".</param>
/// <param name="Hu">ROI readings on every image (all ROI voxels of every slice pooled).</param>
/// <param name="Roi">The ROI on the mid-level slice.</param>
/// <param name="RoiAreaMm2">ROI area per slice, mm² (mean over the slices).</param>
/// <param name="TrabecularAreaMm2">Area inside the cortex on the mid-level slice, mm².</param>
/// <param name="CoverageFraction">ROI area over trabecular area.</param>
/// <param name="SliceZMm">z of the slices averaged, mm.</param>
/// <param name="MidLevelZMm">Mid-vertebral level: the middle of the slices where the body's trabecular core was found, mm.</param>
public sealed record VertebraMeasurement(
    string Label,
    string LabelSource,
    HuReadings Hu,
    EllipticalRoi Roi,
    double RoiAreaMm2,
    double TrabecularAreaMm2,
    double CoverageFraction,
    IReadOnlyList<double> SliceZMm,
    double MidLevelZMm)
{
    /// <summary>Mean CT number on the reference image, HU.</summary>
    public double MeanHu => Hu.MeanHu;

    /// <summary>Standard deviation on the reference image, HU.</summary>
    public double SdHu => Hu.SdHu;

    /// <summary>Number of slices averaged.</summary>
    public int Slices => SliceZMm.Count;
}
