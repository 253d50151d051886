namespace QCFramework.Dicom.Info;

/// <summary>What <c>qcf dicom info FOLDER</c> reports for each series (docs/CONTRACTS.md).</summary>
/// <param name="SeriesInstanceUid">Series Instance UID.</param>
/// <param name="Slices">Number of slices.</param>
/// <param name="Rows">Rows per slice.</param>
/// <param name="Columns">Columns per slice.</param>
/// <param name="PixelSpacingMm">Pixel spacing, mm: row spacing, then column spacing.</param>
/// <param name="SliceSpacingMm">Distance between slice centres, mm, if known.</param>
/// <param name="Kvp">Peak tube voltage, kV, if given.</param>
/// <param name="Kernel">Convolution kernel, if given.</param>
public sealed record DicomSeriesSummary(
    string SeriesInstanceUid,
    int Slices,
    int Rows,
    int Columns,
    IReadOnlyList<double> PixelSpacingMm,
    double? SliceSpacingMm,
    double? Kvp,
    string? Kernel);
