using QCFramework.Phantoms;

namespace QCFramework.Imaging;

/// <summary>
/// What the measurement sees of a CT series, whether simulated or read from a scanner's DICOM:
/// axial slices of CT numbers (HU) on a square-pixel grid, their z positions, and the acquisition
/// as the files state it. Rows run along +y (posterior), columns along +x (patient's left).
/// </summary>
/// <param name="Grid">The in-plane grid (pixel spacing, size, centre in patient coordinates).</param>
/// <param name="SliceZMm">Each slice's z, mm, increasing.</param>
/// <param name="SliceThicknessMm">Nominal slice thickness, mm.</param>
/// <param name="SlicesHu">The CT numbers of each slice, row-major.</param>
/// <param name="Acquisition">The acquisition as stated.</param>
public sealed record CtVolume(RasterGrid Grid, IReadOnlyList<double> SliceZMm, double SliceThicknessMm, IReadOnlyList<float[]> SlicesHu, AcquisitionInfo Acquisition)
{
    /// <summary>Number of slices.</summary>
    public int SliceCount => SlicesHu.Count;
}

/// <summary>The acquisition of a series as its files state it (every field may be unknown for real data).</summary>
/// <param name="Kvp">Tube potential, kVp (for a dual-energy image, that image's kVp).</param>
/// <param name="ExposureMas">Exposure, mAs.</param>
/// <param name="Kernel">Reconstruction kernel name.</param>
/// <param name="Contrast">Contrast agent / phase description, or null for none.</param>
/// <param name="Manufacturer">Scanner manufacturer.</param>
/// <param name="Model">Scanner model.</param>
/// <param name="SeriesDescription">Series description.</param>
/// <param name="ImageKind">What the image is: "SINGLE", "LOW", "HIGH" or "VMI" (dual energy).</param>
/// <param name="MonoenergeticKev">For a virtual monoenergetic image, its energy, keV.</param>
public sealed record AcquisitionInfo(
    double? Kvp = null,
    double? ExposureMas = null,
    string? Kernel = null,
    string? Contrast = null,
    string? Manufacturer = null,
    string? Model = null,
    string? SeriesDescription = null,
    string ImageKind = "SINGLE",
    double? MonoenergeticKev = null);
