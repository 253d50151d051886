using NUnit.Framework;
using QCFramework.Phantoms;
using QCFramework.Phantoms.Geometry;
using QCFramework.Simulation.Reconstruction;
using QCFramework.Tests.Tools;

namespace QCFramework.Tests.Simulation;

/// <summary>
/// Our filtered back-projection against scikit-image's iradon on the same analytic sinogram of the
/// modified Shepp–Logan phantom (Toft 1996): both with the ramp filter and linear interpolation,
/// both compared with the analytic image (exact partial-volume rasterisation).
/// </summary>
public class ReferenceFbpTests
{
    // Modified Shepp–Logan (Toft, PhD thesis 1996): value, semi-axes, centre (in units of the half field), angle.
    private static readonly (double Value, double A, double B, double X, double Y, double Deg)[] Ellipses =
    [
        (1.0, 0.69, 0.92, 0, 0, 0), (-0.8, 0.6624, 0.874, 0, -0.0184, 0), (-0.2, 0.11, 0.31, 0.22, 0, -18), (-0.2, 0.16, 0.41, -0.22, 0, 18),
        (0.1, 0.21, 0.25, 0, 0.35, 0), (0.1, 0.046, 0.046, 0, 0.1, 0), (0.1, 0.046, 0.046, 0, -0.1, 0), (0.1, 0.046, 0.023, -0.08, -0.605, 0),
        (0.1, 0.023, 0.023, 0, -0.606, 0), (0.1, 0.023, 0.046, 0.06, -0.605, 0),
    ];

    /// <summary>The analytic parallel sinogram in skimage's geometry (pixel units, centre N/2), angle-major.</summary>
    public static (ParallelSinogram Ours, float[] AngleMajor) Sinogram(int n, int angles)
    {
        double half = n / 2.0 * 0.98;
        var shapes = Ellipses.Select(e => (e.Value, new Ellipse2D(e.X * half, e.Y * half, e.A * half, e.B * half, e.Deg))).ToArray();
        var data = new float[angles * n];
        Span<Interval> hit = stackalloc Interval[1];
        for (int k = 0; k < angles; k++)
        {
            // skimage's detector coordinate is t = x·cos θ − y·sin θ (y down the rows): our angle −θ.
            double theta = -k * Math.PI / angles;
            double c = Math.Cos(theta), s = Math.Sin(theta);
            for (int j = 0; j < n; j++)
            {
                double t = j - n / 2;
                var line = new Line2D(t * c, t * s, -s, c);
                double p = 0;
                foreach (var (value, shape) in shapes)
                {
                    if (shape.Intersect(line, hit) > 0)
                    {
                        p += value * hit[0].Length;
                    }
                }

                data[k * n + j] = (float)p;
            }
        }

        var ours = new ParallelSinogram(angles, n, 1.0, 0, data, -0.5) with { FirstAngleRad = 0 };
        return (ours with { Data = Negated(ours) }, data);
    }

    // Our views are at θ₀ + kπ/K; skimage's angle k is our −kπ/K, i.e. the view at π − kπ/K with s reversed.
    private static float[] Negated(ParallelSinogram s)
    {
        var data = new float[s.Data.Length];
        int n = s.Samples;
        for (int k = 0; k < s.Views; k++)
        {
            int source = k == 0 ? 0 : s.Views - k;
            for (int j = 0; j < n; j++)
            {
                // s at our sample j is j − n/2 + ½ − ½ = j − n/2; at angle π − φ the same line has −s.
                int mirrored = k == 0 ? j : n - j;
                data[k * n + j] = mirrored < n ? s.Data[source * n + mirrored] : 0;
            }
        }

        return data;
    }

    /// <summary>The analytic image: each ellipse rasterised with exact partial volume.</summary>
    public static float[] AnalyticImage(int n)
    {
        double half = n / 2.0 * 0.98;
        var grid = Grid(n);
        var image = new float[n * n];
        foreach (var e in Ellipses)
        {
            var phantom = new Phantom("e", "e", "", [new PhantomSolid("e", "water", Enhancement.None, new Prism(new Ellipse2D(e.X * half, e.Y * half, e.A * half, e.B * half, e.Deg), -1, 1))], []);
            var f = Rasterizer.Rasterize(phantom, grid, 0, 0).Fractions[0];
            for (int i = 0; i < image.Length && f is not null; i++)
            {
                image[i] += (float)(e.Value * f[i]);
            }
        }

        return image;
    }

    /// <summary>skimage's output grid: pixel (row, col) at (col − N/2, row − N/2).</summary>
    public static RasterGrid Grid(int n) => new(n, n, 1.0, -0.5, -0.5);

    [Test]
    public void Our_fbp_is_at_least_as_accurate_as_scikit_image_iradon_on_an_analytic_sinogram()
    {
        string python = ExternalTool.RequireWorking(["python3", "/usr/bin/python3"], ["-c", "import skimage, numpy"], "python3 with scikit-image (python3-skimage)");
        const int n = 256, angles = 360;
        var (ours, angleMajor) = Sinogram(n, angles);
        var truth = AnalyticImage(n);
        // Our result is in 1/cm for line integrals in units of the sample spacing (1 "mm"): ×0.1 gives per pixel.
        var mine = FilteredBackProjection.Reconstruct(ours, Grid(n), null).Select(v => v / 10).ToArray();

        string folder = Path.Combine(Path.GetTempPath(), "qcf-iradon-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        try
        {
            string input = Path.Combine(folder, "sino.f32"), output = Path.Combine(folder, "image.f32");
            File.WriteAllBytes(input, System.Runtime.InteropServices.MemoryMarshal.AsBytes(angleMajor.AsSpan()).ToArray());
            var run = ExternalTool.Run(python, [RepoPaths.Of("tests", "QCFramework.Tests", "Simulation", "Reference", "iradon_reference.py"), input, $"{n}", $"{angles}", $"{n}", output]);
            Assert.That(run.ExitCode, Is.EqualTo(0), run.Output);
            var theirs = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(File.ReadAllBytes(output)).ToArray();

            // Compare inside the reconstruction circle (skimage's circle=True zeroes outside it).
            double ours2 = 0, theirs2 = 0, maxDifference = 0;
            int count = 0;
            for (int r = 0; r < n; r++)
            {
                for (int c = 0; c < n; c++)
                {
                    double x = c - n / 2, y = r - n / 2;
                    if (x * x + y * y < 0.9 * 0.9 * n * n / 4)
                    {
                        int p = r * n + c;
                        ours2 += Math.Pow(mine[p] - truth[p], 2);
                        theirs2 += Math.Pow(theirs[p] - truth[p], 2);
                        maxDifference = Math.Max(maxDifference, Math.Abs(mine[p] - theirs[p]));
                        count++;
                    }
                }
            }

            double rmseOurs = Math.Sqrt(ours2 / count), rmseTheirs = Math.Sqrt(theirs2 / count);
            TestContext.Out.WriteLine($"RMSE against the analytic image: ours {rmseOurs:0.0000000000}, scikit-image {rmseTheirs:0.0000000000}; largest pixel difference {maxDifference:0.0000000}");
            Assert.That(rmseTheirs, Is.LessThan(0.1), "the reference reconstruction is sane (orientation and scale match)");
            // Our images are float32: "no less accurate" allows float32 rounding (relative 1e-5) and nothing more.
            Assert.That(rmseOurs, Is.LessThanOrEqualTo(rmseTheirs * (1 + 1e-5)));
            // Same filter, same interpolation: the two images agree pixel by pixel to 1e-4 of the skull's value.
            Assert.That(maxDifference, Is.LessThan(1e-4));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
