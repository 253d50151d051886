namespace QCFramework.Measurement;

/// <summary>
/// Body composition at the measured level (the most superior vertebra's mid-level slices, averaged):
/// paraspinal muscle area and density, visceral and subcutaneous fat areas. Not applicable (with the
/// reason) for an object without subcutaneous fat, such as a spine phantom.
/// </summary>
/// <param name="MuscleAreaCm2">Paraspinal muscle area, cm².</param>
/// <param name="MuscleMeanHu">Mean CT number of the paraspinal muscle voxels in the window, HU.</param>
/// <param name="MuscleWindow">The muscle window used, e.g. "-29..150 HU".</param>
/// <param name="VatAreaCm2">Visceral fat area, cm².</param>
/// <param name="SatAreaCm2">Subcutaneous fat area, cm².</param>
/// <param name="VatSatRatio">VAT/SAT.</param>
/// <param name="NotApplicableReason">Why there are no figures, or null.</param>
public sealed record BodyComposition(
    double? MuscleAreaCm2,
    double? MuscleMeanHu,
    string MuscleWindow,
    double? VatAreaCm2,
    double? SatAreaCm2,
    double? VatSatRatio,
    string? NotApplicableReason);
