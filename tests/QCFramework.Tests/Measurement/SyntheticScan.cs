using System.Globalization;
using QCFramework.Imaging;
using QCFramework.IO.Phantoms;
using QCFramework.Numerics;
using QCFramework.Phantoms;
using QCFramework.Physics;

namespace QCFramework.Tests.Measurement;

/// <summary>
/// An idealised CT series of a phantom, for testing measurement and calibration before the scanner
/// simulator is in: exact partial-volume rasterisation of slabs, each region's monoenergetic CT
/// number at an effective energy, a Gaussian blur for the system's resolution and white Gaussian
/// noise from a fixed seed. Because every CT number is a monoenergetic one, a test can compute what a
/// region must read from first principles (mixture rule, HU definition) independently of the code it tests.
/// </summary>
public static class SyntheticScan
{
    /// <summary>How to build a series.</summary>
    /// <param name="EffectiveEnergyKev">Energy at which every material's CT number is taken, keV.</param>
    /// <param name="PixelMm">Pixel spacing, mm (512 × 512 grid).</param>
    /// <param name="SliceMm">Slice thickness, mm (slabs are integrated over it).</param>
    /// <param name="BlurFwhmMm">In-plane resolution, FWHM of the Gaussian blur, mm.</param>
    /// <param name="NoiseHu">Standard deviation of the white noise, HU.</param>
    /// <param name="Seed">Noise seed.</param>
    /// <param name="Kvp">kVp written to the acquisition.</param>
    /// <param name="ImageKind">SINGLE, LOW, HIGH or VMI.</param>
    /// <param name="MonoenergeticKev">Energy of a VMI.</param>
    /// <param name="Iodine">Iodine added per enhancement compartment (mg I/mL): blood, marrow, muscle, organ.</param>
    /// <param name="Contrast">Contrast phase written to the acquisition.</param>
    public sealed record Settings(
        double EffectiveEnergyKev = 65,
        double PixelMm = 0.7,
        double SliceMm = 2,
        double BlurFwhmMm = 0.8,
        double NoiseHu = 10,
        ulong Seed = 1,
        double Kvp = 120,
        string ImageKind = "SINGLE",
        double? MonoenergeticKev = null,
        (double Blood, double Marrow, double Muscle, double Organ)? Iodine = null,
        string? Contrast = null);

    /// <summary>Loads a phantom from phantoms/ by file name, with parameter overrides.</summary>
    public static Phantom Phantom(string file, params (string Name, double Value)[] overrides) =>
        PhantomFile.Load(RepoPaths.Of("phantoms", file),
            overrides.ToDictionary(o => o.Name, o => o.Value.ToString("R", CultureInfo.InvariantCulture)));

    /// <summary>Three contiguous slices at each vertebral level (the QCT protocol), or at each level of a phantom without vertebrae.</summary>
    public static IReadOnlyList<double> QctSlices(Phantom phantom, double sliceMm)
    {
        var levels = phantom.Levels.Any(l => l.IsVertebra) ? phantom.Levels.Where(l => l.IsVertebra) : phantom.Levels;
        return levels.SelectMany(l => new[] { l.ZMm - sliceMm, l.ZMm, l.ZMm + sliceMm }).Order().ToArray();
    }

    /// <summary>The CT number of each region of <paramref name="phantom"/> with the settings' energy and iodine.</summary>
    public static double[] RegionHu(Phantom phantom, Settings settings) =>
        phantom.Regions.Select(r => HounsfieldScale.Monoenergetic(MaterialLibrary.Default.Resolve(MaterialOf(r, settings)), settings.EffectiveEnergyKev)).ToArray();

    /// <summary>A region's material specification with the settings' iodine added.</summary>
    public static string MaterialOf(PhantomRegion region, Settings settings)
    {
        double iodine = settings.Iodine is not { } c ? 0 : region.Enhancement switch
        {
            Enhancement.Blood => c.Blood,
            Enhancement.Marrow => c.Marrow,
            Enhancement.Muscle => c.Muscle,
            Enhancement.Organ => c.Organ,
            _ => 0,
        };
        return iodine > 0 ? $"{region.MaterialSpec}+iodine:{iodine.ToString("R", CultureInfo.InvariantCulture)}" : region.MaterialSpec;
    }

    /// <summary>Rasterises the slices and makes the series.</summary>
    public static CtVolume Build(Phantom phantom, IReadOnlyList<double> sliceZMm, Settings settings)
    {
        var grid = new RasterGrid(512, 512, settings.PixelMm);
        var hu = RegionHu(phantom, settings);
        var slices = new List<float[]>();
        foreach (double z in sliceZMm)
        {
            var fractions = Rasterizer.Rasterize(phantom, grid, z, settings.SliceMm, subRows: 4);
            var image = new float[grid.PixelCount];
            // μ is additive over partial volumes, so is HU + 1000; vacuum reads −1000.
            for (int p = 0; p < image.Length; p++)
            {
                double value = -1000;
                for (int r = 0; r < fractions.Fractions.Count; r++)
                {
                    if (fractions.Fractions[r] is { } f && f[p] != 0)
                    {
                        value += f[p] * (hu[r] + 1000);
                    }
                }

                image[p] = (float)value;
            }

            var blurred = Blur(image, grid, settings.BlurFwhmMm);
            var random = new RandomStream(Seeds.Derive(settings.Seed, $"slice/{z.ToString("R", CultureInfo.InvariantCulture)}/{settings.ImageKind}/{settings.MonoenergeticKev}"));
            for (int p = 0; p < blurred.Length; p++)
            {
                blurred[p] += (float)(settings.NoiseHu * random.NextNormal());
            }

            slices.Add(blurred);
        }

        var acquisition = new AcquisitionInfo(settings.Kvp, 200, "standard", settings.Contrast, "synthetic", "monoenergetic", "synthetic test series",
            settings.ImageKind, settings.MonoenergeticKev);
        return new CtVolume(grid, sliceZMm.ToArray(), settings.SliceMm, slices, acquisition);
    }

    private static float[] Blur(float[] image, RasterGrid grid, double fwhmMm)
    {
        double sigma = fwhmMm / (2 * Math.Sqrt(2 * Math.Log(2))) / grid.PixelSpacingMm;
        int radius = (int)Math.Ceiling(4 * sigma);
        var kernel = new double[2 * radius + 1];
        for (int k = -radius; k <= radius; k++)
        {
            kernel[k + radius] = Math.Exp(-0.5 * k * k / (sigma * sigma));
        }

        double sum = kernel.Sum();
        for (int k = 0; k < kernel.Length; k++)
        {
            kernel[k] /= sum;
        }

        int n = grid.Columns;
        var temp = new float[image.Length];
        var output = new float[image.Length];
        for (int j = 0; j < grid.Rows; j++)
        {
            for (int i = 0; i < n; i++)
            {
                double acc = 0;
                for (int k = -radius; k <= radius; k++)
                {
                    acc += kernel[k + radius] * image[j * n + Math.Clamp(i + k, 0, n - 1)];
                }

                temp[j * n + i] = (float)acc;
            }
        }

        for (int j = 0; j < grid.Rows; j++)
        {
            for (int i = 0; i < n; i++)
            {
                double acc = 0;
                for (int k = -radius; k <= radius; k++)
                {
                    acc += kernel[k + radius] * temp[Math.Clamp(j + k, 0, grid.Rows - 1) * n + i];
                }

                output[j * n + i] = (float)acc;
            }
        }

        return output;
    }
}
