using System.Text.Json;
using QCFramework.Cli.Output;
using QCFramework.IO.Images;
using QCFramework.Phantoms;
using QCFramework.Physics;

namespace QCFramework.Cli.Commands;

/// <summary>Writes what <c>qcf phantom render</c> produces.</summary>
public static class PhantomRenderer
{
    /// <summary>Display window of the previews, HU.</summary>
    public const double WindowMinHu = -200, WindowMaxHu = 1000;

    /// <summary>Pixel size of the previews, mm.</summary>
    public const double PreviewPixelMm = 0.5;

    /// <summary>Metadata of the label volume (labels.json).</summary>
    public sealed record LabelVolume(int Columns, int Rows, int Slices, double PixelSpacingMm, double SliceSpacingMm,
        double[] FirstVoxelCenterMm, IReadOnlyList<string> Labels, string Encoding);

    /// <summary>Metadata of one preview (LEVEL.json).</summary>
    public sealed record Preview(string Level, double ZMm, int Columns, int Rows, double PixelSpacingMm, double[] FirstPixelCenterMm,
        double EnergyKev, double WindowMinHu, double WindowMaxHu);

    /// <summary>Renders the phantom into <paramref name="outDir"/>; returns the files written.</summary>
    public static IReadOnlyList<string> Render(Phantom phantom, string outDir, double pixelMm, double sliceMm)
    {
        var written = new List<string>();
        var (x0, y0, x1, y1) = phantom.BoundsXY();
        const double margin = 5;
        x0 -= margin; y0 -= margin; x1 += margin; y1 += margin;

        // Label volume: the region filling most of each voxel, 0 for vacuum.
        int columns = (int)Math.Ceiling((x1 - x0) / pixelMm), rows = (int)Math.Ceiling((y1 - y0) / pixelMm);
        int slices = Math.Max(1, (int)Math.Floor((phantom.ZMaxMm - phantom.ZMinMm) / sliceMm));
        var grid = new RasterGrid(columns, rows, pixelMm, 0.5 * (x0 + x1), 0.5 * (y0 + y1));
        double zFirst = phantom.ZMinMm + 0.5 * sliceMm;
        var labels = new byte[columns * rows * slices * 2];
        for (int k = 0; k < slices; k++)
        {
            var image = Rasterizer.Rasterize(phantom, grid, zFirst + k * sliceMm, 0);
            for (int i = 0; i < grid.PixelCount; i++)
            {
                ushort label = (ushort)(image.DominantRegion(i) + 1);
                int offset = 2 * (k * grid.PixelCount + i);
                labels[offset] = (byte)label;
                labels[offset + 1] = (byte)(label >> 8);
            }
        }

        string rawPath = Path.Combine(outDir, "labels.raw");
        File.WriteAllBytes(rawPath, labels);
        written.Add(rawPath);
        var meta = new LabelVolume(columns, rows, slices, pixelMm, sliceMm, [grid.X(0), grid.Y(0), zFirst],
            new[] { "vacuum" }.Concat(phantom.Regions.Select(r => r.Name)).ToArray(), "uint16 little-endian, x fastest, then y, then z");
        written.Add(WriteJson(Path.Combine(outDir, "labels.json"), meta));
        written.Add(WriteJson(Path.Combine(outDir, "truth.json"), PhantomTruth.Of(phantom)));

        // Previews: monoenergetic CT numbers at 70 keV at each measurement level.
        const double energy = 70;
        var hu = phantom.Regions.Select(r => HounsfieldScale.Monoenergetic(MaterialLibrary.Default.Resolve(r.MaterialSpec), energy)).ToArray();
        int pc = (int)Math.Ceiling((x1 - x0) / PreviewPixelMm), pr = (int)Math.Ceiling((y1 - y0) / PreviewPixelMm);
        var previewGrid = new RasterGrid(pc, pr, PreviewPixelMm, 0.5 * (x0 + x1), 0.5 * (y0 + y1));
        foreach (var level in phantom.Levels)
        {
            var image = Rasterizer.Rasterize(phantom, previewGrid, level.ZMm, 0);
            var pixels = new byte[previewGrid.PixelCount];
            for (int i = 0; i < pixels.Length; i++)
            {
                double covered = 0, value = 0;
                for (int r = 0; r < hu.Length; r++)
                {
                    var f = image.Fractions[r];
                    if (f is not null)
                    {
                        covered += f[i];
                        value += f[i] * hu[r];
                    }
                }

                value += (1 - covered) * -1000.0;
                pixels[i] = (byte)Math.Round(255 * Math.Clamp((value - WindowMinHu) / (WindowMaxHu - WindowMinHu), 0, 1));
            }

            string png = Path.Combine(outDir, $"{level.Label}.png");
            PngWriter.WriteGray8(png, pc, pr, pixels);
            written.Add(png);
            written.Add(WriteJson(Path.Combine(outDir, $"{level.Label}.json"),
                new Preview(level.Label, level.ZMm, pc, pr, PreviewPixelMm, [previewGrid.X(0), previewGrid.Y(0)], energy, WindowMinHu, WindowMaxHu)));
        }

        return written;
    }

    private static string WriteJson<T>(string path, T value)
    {
        File.WriteAllText(path, JsonSerializer.Serialize(value, Json.Options) + "\n");
        return path;
    }
}
