namespace QCFramework.Dicom.Ct;

/// <summary>
/// A CT series as this project exchanges it with DICOM: the CT numbers of each slice with its
/// position, the shared geometry, and the acquisition, equipment and identity metadata.
/// <see cref="ICtSeriesCodec"/> writes it as one CT Image Storage file per slice and reads it back.
/// </summary>
public sealed record CtSeries
{
    /// <summary>The image grid and slice geometry.</summary>
    public required CtGeometry Geometry { get; init; }

    /// <summary>The slices; as read, sorted along the slice normal.</summary>
    public required IReadOnlyList<CtSlice> Slices { get; init; }

    /// <summary>Acquisition and reconstruction parameters.</summary>
    public required CtAcquisition Acquisition { get; init; }

    /// <summary>The (simulated) scanner.</summary>
    public required CtEquipment Equipment { get; init; }

    /// <summary>Patient, study and series identity.</summary>
    public required CtIdentity Identity { get; init; }

    /// <summary>The display window, or null when the files give none.</summary>
    public DisplayWindow? Window { get; init; }
}
