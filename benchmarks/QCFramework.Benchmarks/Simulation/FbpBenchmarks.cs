using BenchmarkDotNet.Attributes;
using QCFramework.Phantoms;
using QCFramework.Phantoms.Geometry;
using QCFramework.Simulation.Reconstruction;

namespace QCFramework.Benchmarks.Simulation;

/// <summary>
/// Filtered back-projection (ramp filter, linear interpolation) of a parallel sinogram onto an
/// N × N grid, the operation scikit-image's <c>iradon</c> performs. The sinogram is the analytic one
/// of a disc and two ellipses; it is also written to benchmarks/iradon/sinogram-N-K.f32 (float32,
/// angle-major) so that benchmarks/iradon/time_iradon.py times iradon on the very same data.
/// </summary>
[MemoryDiagnoser]
public class FbpBenchmarks
{
    private ParallelSinogram _sinogram = null!;
    private RasterGrid _grid = null!;

    /// <summary>Image size and angles: the accuracy test's 256 × 360, and 512 × 984 (a scanner's view count).</summary>
    [Params("256x360", "512x984")]
    public string Size { get; set; } = "256x360";

    [GlobalSetup]
    public void Setup()
    {
        var parts = Size.Split('x');
        int n = int.Parse(parts[0]), angles = int.Parse(parts[1]);
        var shapes = new (double Value, Shape2D Shape)[]
        {
            (1.0, new Ellipse2D(0, 0, 0.45 * n, 0.45 * n, 0)), (0.5, new Ellipse2D(0.1 * n, 0.05 * n, 0.1 * n, 0.05 * n, 30)), (-0.3, new Ellipse2D(-0.12 * n, 0, 0.04 * n, 0.08 * n, 0)),
        };
        var data = new float[angles * n];
        Span<Interval> hit = stackalloc Interval[1];
        for (int k = 0; k < angles; k++)
        {
            double theta = k * Math.PI / angles, c = Math.Cos(theta), s = Math.Sin(theta);
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

        _sinogram = new ParallelSinogram(angles, n, 1.0, 0, data, -0.5) with { FirstAngleRad = 0 };
        _grid = new RasterGrid(n, n, 1.0, -0.5, -0.5);
        string folder = Repository.Of("benchmarks", "iradon");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, $"sinogram-{n}-{angles}.f32"), System.Runtime.InteropServices.MemoryMarshal.AsBytes(data.AsSpan()).ToArray());
    }

    [Benchmark]
    public float[] Reconstruct() => FilteredBackProjection.Reconstruct(_sinogram, _grid, null);

    [Benchmark]
    public float[] FilterOnly() => FilteredBackProjection.Filter(_sinogram, null);
}
