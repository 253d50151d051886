namespace QCFramework.Phantoms;

/// <summary>
/// A phantom rasterised on one slice: for each region, the fraction of each pixel's slab volume it
/// fills (exact partial volume; see <see cref="Rasterizer"/>). Regions absent from the slice have no image.
/// </summary>
public sealed class RegionFractionImage
{
    internal RegionFractionImage(RasterGrid grid, float[]?[] fractions, double zCenterMm)
    {
        Grid = grid;
        Fractions = fractions;
        ZCenterMm = zCenterMm;
    }

    /// <summary>The grid.</summary>
    public RasterGrid Grid { get; }

    /// <summary>Slice centre, mm.</summary>
    public double ZCenterMm { get; }

    /// <summary>Per region (by index), the fraction image (row-major) or null where the region is absent.</summary>
    public IReadOnlyList<float[]?> Fractions { get; }

    /// <summary>Area of a region on this slice (slab-averaged), mm².</summary>
    public double AreaMm2(int region)
    {
        var f = Fractions[region];
        if (f is null)
        {
            return 0;
        }

        double sum = 0;
        foreach (float v in f)
        {
            sum += v;
        }

        return sum * Grid.PixelAreaMm2;
    }

    /// <summary>The region filling most of a pixel (−1 for vacuum), for label maps.</summary>
    public int DominantRegion(int pixel)
    {
        int best = -1;
        float bestFraction = 0;
        for (int r = 0; r < Fractions.Count; r++)
        {
            var f = Fractions[r];
            if (f is not null && f[pixel] > bestFraction)
            {
                bestFraction = f[pixel];
                best = r;
            }
        }

        return best;
    }
}
