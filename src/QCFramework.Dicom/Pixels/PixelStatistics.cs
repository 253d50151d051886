namespace QCFramework.Dicom.Pixels;

/// <summary>
/// Summary of all pixel samples of an object after the modality rescale (stored × slope +
/// intercept, applied only when both Rescale Slope and Rescale Intercept are present, as pydicom's
/// <c>apply_modality_lut</c> does).
/// </summary>
/// <param name="Min">Smallest rescaled sample.</param>
/// <param name="Max">Largest rescaled sample.</param>
/// <param name="Mean">Mean rescaled sample.</param>
/// <param name="Count">Number of samples (all frames, all samples per pixel).</param>
public sealed record PixelStatistics(double Min, double Max, double Mean, long Count);
