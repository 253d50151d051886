using System.Collections.Concurrent;
using System.Numerics;
using MathNet.Numerics.IntegralTransforms;
using QCFramework.Numerics;
using QCFramework.Phantoms;

namespace QCFramework.Simulation.Reconstruction;

/// <summary>
/// What the reconstruction does to noise, measured on the reconstruction itself: white noise of
/// unit variance on every fan-beam reading is rebinned, filtered and back-projected exactly as a
/// scan is, and the image's pixel variance (the noise gain) and radially averaged noise power
/// spectrum are recorded. Fast mode then synthesises noise with that NPS and the local projection
/// variance, so its noise has the magnitude and texture physics mode would give
/// (Hanson, Med Phys 6 (1979) 441; Wagner &amp; Brown 1985 for NPS of FBP).
/// </summary>
public sealed class NoiseCalibration
{
    private static readonly ConcurrentDictionary<string, NoiseCalibration> Cache = new();

    private NoiseCalibration(double gain, double[] radialNps, double binLpPerMm)
    {
        VarianceGain = gain;
        RadialNps = radialNps;
        BinLpPerMm = binLpPerMm;
    }

    /// <summary>Pixel variance of μ ((1/cm)²) per unit variance of each corrected projection.</summary>
    public double VarianceGain { get; }

    /// <summary>Radially averaged NPS shape (arbitrary units), bin i at frequency i·BinLpPerMm.</summary>
    public IReadOnlyList<double> RadialNps { get; }

    /// <summary>Width of the radial NPS bins, lp/mm.</summary>
    public double BinLpPerMm { get; }

    /// <summary>The calibration for a geometry, kernel and image grid (cached).</summary>
    public static NoiseCalibration For(FanBeamGeometry geometry, ReconstructionKernel kernel, RasterGrid grid) =>
        Cache.GetOrAdd($"{geometry}|{kernel}|{grid.Columns}|{grid.PixelSpacingMm}", _ => Measure(geometry, kernel, grid));

    private static NoiseCalibration Measure(FanBeamGeometry geometry, ReconstructionKernel kernel, RasterGrid grid)
    {
        const int realisations = 2;
        double gainSum = 0;
        int n = grid.Columns;
        int crop = n / 2;
        var power = new double[crop * crop];
        // Only the central quarter of the field is reconstructed: there the rebinned data are complete
        // and the noise is stationary.
        var centre = new RasterGrid(crop, crop, grid.PixelSpacingMm, grid.CenterXMm, grid.CenterYMm);
        for (int r = 0; r < realisations; r++)
        {
            var random = new RandomStream(Seeds.Derive(0x4E4F495345UL, $"noise-calibration/{r}"));
            var sinogram = new float[geometry.ViewsPerRotation * geometry.Channels];
            for (int i = 0; i < sinogram.Length; i++)
            {
                sinogram[i] = (float)random.NextNormal();
            }

            var parallel = FanToParallelRebinner.Rebin(sinogram, geometry);
            double tau = parallel.SampleSpacingMm;
            var image = FilteredBackProjection.Reconstruct(parallel, centre, f => kernel.Window(f, tau));
            double mean = 0;
            for (int i = 0; i < image.Length; i++)
            {
                mean += image[i];
            }

            mean /= crop * crop;
            var block = new Complex[crop * crop];
            double variance = 0;
            for (int j = 0; j < crop; j++)
            {
                for (int i = 0; i < crop; i++)
                {
                    double v = image[j * crop + i] - mean;
                    variance += v * v;
                    block[j * crop + i] = v;
                }
            }

            gainSum += variance / (crop * crop - 1);
            Fft2D.Forward(block, crop, crop);
            for (int k = 0; k < block.Length; k++)
            {
                power[k] += block[k].Magnitude * block[k].Magnitude;
            }
        }

        double bin = 1.0 / (crop * grid.PixelSpacingMm);
        int bins = crop / 2 + 2;
        var sum = new double[bins];
        var count = new int[bins];
        for (int j = 0; j < crop; j++)
        {
            for (int i = 0; i < crop; i++)
            {
                int fy = j <= crop / 2 ? j : j - crop, fx = i <= crop / 2 ? i : i - crop;
                int b = (int)Math.Round(Math.Sqrt(fx * fx + fy * fy));
                if (b < bins)
                {
                    sum[b] += power[j * crop + i];
                    count[b]++;
                }
            }
        }

        var radial = new double[bins];
        for (int b = 0; b < bins; b++)
        {
            radial[b] = count[b] > 0 ? sum[b] / count[b] : 0;
        }

        return new NoiseCalibration(gainSum / realisations, radial, bin);
    }

    /// <summary>The NPS shape at radial frequency <paramref name="lpPerMm"/> (linear interpolation).</summary>
    public double Nps(double lpPerMm)
    {
        double x = lpPerMm / BinLpPerMm;
        int i = (int)Math.Floor(x);
        if (i >= RadialNps.Count - 1)
        {
            return RadialNps[^1];
        }

        double t = x - i;
        return RadialNps[i] + t * (RadialNps[i + 1] - RadialNps[i]);
    }
}
