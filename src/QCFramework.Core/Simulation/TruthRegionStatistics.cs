using QCFramework.Imaging;
using QCFramework.Phantoms;

namespace QCFramework.Simulation;

/// <summary>CT-number statistics of one truth region in an image.</summary>
/// <param name="Name">Region name.</param>
/// <param name="Material">Material specification (in the scan's contrast phase).</param>
/// <param name="TruthDensityMgPerCm3">Mineral density, mg HA/cm³.</param>
/// <param name="MeanHu">Mean CT number, HU.</param>
/// <param name="SdHu">Standard deviation, HU.</param>
/// <param name="Voxels">Number of voxels.</param>
public sealed record RegionHuSummary(string Name, string Material, double TruthDensityMgPerCm3, double MeanHu, double SdHu, int Voxels);

/// <summary>
/// QA statistics of a scan against its truth: for each region, the voxels whose whole 2 mm
/// neighbourhood (in plane) lies in that region on that slice — the region eroded by 2 mm, so partial
/// volume and edge blur stay out — and their CT numbers' mean and SD over all slices.
/// </summary>
public static class TruthRegionStatistics
{
    /// <summary>Summarises <paramref name="volume"/> per region of <paramref name="scene"/>.</summary>
    public static IReadOnlyList<RegionHuSummary> Summarise(ScanScene scene, CtVolume volume, double erosionMm = 2.0)
    {
        var phantom = scene.Phantom;
        var grid = volume.Grid;
        int radius = (int)Math.Ceiling(erosionMm / grid.PixelSpacingMm);
        var sums = new double[phantom.Regions.Count];
        var squares = new double[phantom.Regions.Count];
        var counts = new int[phantom.Regions.Count];
        var profile = new SliceProfile(volume.SliceThicknessMm);
        for (int s = 0; s < volume.SliceCount; s++)
        {
            var fractions = Rasterizer.Rasterize(phantom, grid, volume.SliceZMm[s], scene.Planes(volume.SliceZMm[s], profile));
            var hu = volume.SlicesHu[s];
            for (int r = 0; r < phantom.Regions.Count; r++)
            {
                var f = fractions.Fractions[r];
                if (f is null)
                {
                    continue;
                }

                var full = new bool[f.Length];
                for (int i = 0; i < f.Length; i++)
                {
                    full[i] = f[i] >= 0.999f;
                }

                for (int j = radius; j < grid.Rows - radius; j++)
                {
                    for (int i = radius; i < grid.Columns - radius; i++)
                    {
                        if (Inside(full, grid.Columns, i, j, radius))
                        {
                            double v = hu[j * grid.Columns + i];
                            sums[r] += v;
                            squares[r] += v * v;
                            counts[r]++;
                        }
                    }
                }
            }
        }

        var result = new List<RegionHuSummary>();
        for (int r = 0; r < phantom.Regions.Count; r++)
        {
            if (counts[r] == 0)
            {
                continue;
            }

            double mean = sums[r] / counts[r];
            double variance = counts[r] > 1 ? (squares[r] - counts[r] * mean * mean) / (counts[r] - 1) : 0;
            result.Add(new RegionHuSummary(phantom.Regions[r].Name, scene.RegionMaterials[r], phantom.Regions[r].MineralDensityMgHaPerCm3,
                mean, Math.Sqrt(Math.Max(variance, 0)), counts[r]));
        }

        return result;
    }

    private static bool Inside(bool[] full, int columns, int i, int j, int radius)
    {
        for (int dj = -radius; dj <= radius; dj++)
        {
            for (int di = -radius; di <= radius; di++)
            {
                if (di * di + dj * dj <= radius * radius && !full[(j + dj) * columns + i + di])
                {
                    return false;
                }
            }
        }

        return true;
    }
}
