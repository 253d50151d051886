namespace QCFramework.Measurement;

/// <summary>The CT numbers inside one region of interest on one image of the series.</summary>
/// <param name="Image">The image's key (see <see cref="SeriesImage.Key"/>), e.g. "single", "low", "vmi-70kev".</param>
/// <param name="MeanHu">Mean CT number, HU.</param>
/// <param name="SdHu">Standard deviation of the voxels' CT numbers, HU.</param>
/// <param name="Voxels">Number of voxels averaged.</param>
public sealed record HuReading(string Image, double MeanHu, double SdHu, int Voxels);

/// <summary>
/// One region's readings on every image of the series, the same voxels in each (dual-energy and
/// monoenergetic images share the geometry). The first reading is the reference image's, on which
/// the region was found.
/// </summary>
/// <param name="ByImage">Readings, the reference image first.</param>
public sealed record HuReadings(IReadOnlyList<HuReading> ByImage)
{
    /// <summary>The reference image's reading.</summary>
    public HuReading Primary => ByImage[0];

    /// <summary>Mean CT number on the reference image, HU.</summary>
    public double MeanHu => Primary.MeanHu;

    /// <summary>Standard deviation on the reference image, HU.</summary>
    public double SdHu => Primary.SdHu;

    /// <summary>The reading on image <paramref name="image"/>, or null when the series has no such image.</summary>
    public HuReading? On(string image)
    {
        foreach (var reading in ByImage)
        {
            if (string.Equals(reading.Image, image, StringComparison.Ordinal))
            {
                return reading;
            }
        }

        return null;
    }
}
