using QCFramework.Dicom.Data;

namespace QCFramework.Dicom.Pixels;

/// <summary>
/// The modality LUT as a linear rescale, output = stored × <see cref="Slope"/> + <see cref="Intercept"/>
/// (PS3.3 §C.11.1.1.2): for CT the output is in HU. Applied only when both Rescale Slope and
/// Rescale Intercept are present, as pydicom's <c>apply_modality_lut</c> does; otherwise identity.
/// </summary>
/// <param name="Slope">Rescale Slope (0028,1053).</param>
/// <param name="Intercept">Rescale Intercept (0028,1052).</param>
public readonly record struct ModalityRescale(double Slope, double Intercept)
{
    /// <summary>The identity rescale.</summary>
    public static ModalityRescale Identity => new(1, 0);

    /// <summary>Reads the rescale of <paramref name="dataSet"/>; a Modality LUT Sequence is refused rather than ignored.</summary>
    /// <exception cref="DicomException">The data set has a Modality LUT Sequence, or a malformed rescale.</exception>
    public static ModalityRescale From(DicomDataSet dataSet)
    {
        if (dataSet.Find(DicomTags.ModalityLUTSequence) is { Items.Count: > 0 } lut)
        {
            throw new DicomException("a Modality LUT Sequence is not supported (only a linear rescale)", lut.Tag, lut.Offset);
        }

        double? slope = dataSet.GetNumber(DicomTags.RescaleSlope);
        double? intercept = dataSet.GetNumber(DicomTags.RescaleIntercept);
        return slope is { } s && intercept is { } i ? new ModalityRescale(s, i) : Identity;
    }

    /// <summary>Rescales one stored value, in the order pydicom does: (stored × slope) + intercept.</summary>
    public double Apply(double stored) => (stored * Slope) + Intercept;
}
