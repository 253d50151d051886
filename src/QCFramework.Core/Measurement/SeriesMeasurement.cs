namespace QCFramework.Measurement;

/// <summary>
/// Everything measured automatically on one CT series, as <c>qcf measure --json</c> reports it:
/// the vertebrae's trabecular readings, the calibration rods, the reference tissues and body composition.
/// Built from the images alone (and what a physicist supplies); never from a phantom's truth.
/// </summary>
/// <param name="Images">The series' images; the first is the reference image on which regions were found.</param>
/// <param name="PixelSpacingMm">In-plane pixel spacing, mm.</param>
/// <param name="SliceThicknessMm">Nominal slice thickness, mm.</param>
/// <param name="SliceCount">Number of slices.</param>
/// <param name="Vertebrae">Vertebrae superior to inferior.</param>
/// <param name="Rods">Calibration rods in increasing x (empty when none are expected or found).</param>
/// <param name="Tissues">Reference tissues.</param>
/// <param name="BodyComposition">Body composition at the measured level.</param>
/// <param name="Notes">What the measurement could not do as the rules ask, in words.</param>
/// <param name="WaterEquivalentDiameterMm">The scanned object's water-equivalent diameter at the measured
/// level (AAPM Report 220; everything in the field of view above −900 HU, a table included), mm; null when
/// not measured from images.</param>
public sealed record SeriesMeasurement(
    IReadOnlyList<SeriesImage> Images,
    double PixelSpacingMm,
    double SliceThicknessMm,
    int SliceCount,
    IReadOnlyList<VertebraMeasurement> Vertebrae,
    IReadOnlyList<RodMeasurement> Rods,
    ReferenceTissues Tissues,
    BodyComposition BodyComposition,
    IReadOnlyList<string> Notes,
    double? WaterEquivalentDiameterMm = null)
{
    /// <summary>The reference image.</summary>
    public SeriesImage ReferenceImage => Images[0];

    /// <summary>The image with key <paramref name="key"/>, or null.</summary>
    public SeriesImage? Image(string key) => Images.FirstOrDefault(i => string.Equals(i.Key, key, StringComparison.Ordinal));
}
