namespace QCFramework.Dicom.Ct;

/// <summary>
/// Who and what the series is: Patient, General Study and General Series attributes
/// (PS3.3 §C.7.1.1, §C.7.2.1, §C.7.3.1). Dates and times are passed in, never read from a clock,
/// so that rewriting a series gives identical bytes.
/// </summary>
public sealed record CtIdentity
{
    /// <summary>The UIDs of the study, series and frame of reference.</summary>
    public required CtUids Uids { get; init; }

    /// <summary>Patient's Name (0010,0010). The writer makes sure it says SYNTHETIC.</summary>
    public string? PatientName { get; init; }

    /// <summary>Patient ID (0010,0020).</summary>
    public string? PatientId { get; init; }

    /// <summary>Patient Position (0018,5100), e.g. "HFS" (head first, supine).</summary>
    public string? PatientPosition { get; init; }

    /// <summary>Study Date (0008,0020) and Study Time (0008,0030).</summary>
    public DateTime? StudyDateTime { get; init; }

    /// <summary>Series Date (0008,0021) and Series Time (0008,0031); also the content date and time.</summary>
    public DateTime? SeriesDateTime { get; init; }

    /// <summary>Study ID (0020,0010).</summary>
    public string? StudyId { get; init; }

    /// <summary>Study Description (0008,1030).</summary>
    public string? StudyDescription { get; init; }

    /// <summary>Series Description (0008,103E). The writer makes sure it says SYNTHETIC.</summary>
    public string? SeriesDescription { get; init; }

    /// <summary>Series Number (0020,0011).</summary>
    public int? SeriesNumber { get; init; }

    /// <summary>Body Part Examined (0018,0015), e.g. "LSPINE".</summary>
    public string? BodyPartExamined { get; init; }

    /// <summary>Image Comments (0020,4000): free text; we put the simulation protocol id there.</summary>
    public string? ImageComment { get; init; }
}
