namespace QCFramework.Dicom.Info;

/// <summary>
/// What <c>qcf dicom info FILE</c> reports (docs/CONTRACTS.md). Pixel figures are over all
/// samples of all frames after the modality rescale; null for objects without pixel data.
/// </summary>
/// <param name="TransferSyntaxUid">Transfer syntax of the data set.</param>
/// <param name="SopClassUid">SOP Class UID (0008,0016), if present.</param>
/// <param name="Modality">Modality (0008,0060), if present.</param>
/// <param name="Rows">Rows (0028,0010), if present.</param>
/// <param name="Columns">Columns (0028,0011), if present.</param>
/// <param name="Frames">Number of frames of the pixel data; null without pixel data.</param>
/// <param name="BitsAllocated">Bits Allocated (0028,0100), if present.</param>
/// <param name="PixelRepresentation">Pixel Representation (0028,0103), if present.</param>
/// <param name="RescaleSlope">Rescale Slope (0028,1053), if present.</param>
/// <param name="RescaleIntercept">Rescale Intercept (0028,1052), if present.</param>
/// <param name="PixelMin">Smallest rescaled sample.</param>
/// <param name="PixelMax">Largest rescaled sample.</param>
/// <param name="PixelMean">Mean rescaled sample.</param>
public sealed record DicomFileSummary(
    string TransferSyntaxUid,
    string? SopClassUid,
    string? Modality,
    long? Rows,
    long? Columns,
    long? Frames,
    long? BitsAllocated,
    long? PixelRepresentation,
    double? RescaleSlope,
    double? RescaleIntercept,
    double? PixelMin,
    double? PixelMax,
    double? PixelMean);
