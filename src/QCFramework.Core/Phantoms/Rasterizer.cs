using QCFramework.Phantoms.Geometry;

namespace QCFramework.Phantoms;

/// <summary>
/// Exact partial-volume rasterisation. Each pixel row is crossed by <c>subRows</c> lines along x;
/// along each line the regions' stretches are exact (<see cref="PhantomSection.Paint"/>), so the
/// only approximation is the midpoint rule across y. For a boundary of curvature radius R crossing a
/// pixel of size h, that rule's error on the covered area is at most h³/(8·R·subRows²) per pixel
/// (plus a tangent-point term of order h²/subRows^1.5 at most twice per shape), and errors of
/// opposite sign cancel along a closed curve; with 8 sub-rows the area of a 20 mm radius disc is
/// within 0.01% at 1 mm pixels. Slabs are integrated in z by <see cref="ZQuadrature"/>.
/// </summary>
public static class Rasterizer
{
    /// <summary>Rasterises the slab of <paramref name="thicknessMm"/> centred at <paramref name="zCenterMm"/> (0 = a single plane).</summary>
    public static RegionFractionImage Rasterize(Phantom phantom, RasterGrid grid, double zCenterMm, double thicknessMm, int subRows = 8,
        Func<double, double>? profile = null, ParallelOptions? parallel = null)
    {
        var planes = thicknessMm > 0
            ? ZQuadrature.Planes(phantom, zCenterMm - thicknessMm / 2, zCenterMm + thicknessMm / 2, profile)
            : [(zCenterMm, 1.0)];
        return Rasterize(phantom, grid, zCenterMm, planes, subRows, parallel);
    }

    /// <summary>Rasterises a weighted set of planes (weights sum to 1).</summary>
    public static RegionFractionImage Rasterize(Phantom phantom, RasterGrid grid, double zCenterMm, IReadOnlyList<(double ZMm, double Weight)> planes, int subRows = 8,
        ParallelOptions? parallel = null)
    {
        var fractions = new float[]?[phantom.Regions.Count];
        double h = grid.PixelSpacingMm;
        double xLeft = grid.X(-0.5);
        double width = grid.Columns * h;
        var locks = new object();
        foreach (var (z, planeWeight) in planes)
        {
            var section = phantom.SectionAt(z);
            if (section.ShapeCount == 0)
            {
                continue;
            }

            double lineWeight = planeWeight / subRows;
            Parallel.For(0, grid.Rows, parallel ?? new ParallelOptions(), () => new RowBuffers(section.MaxSpans, phantom.Regions.Count, grid.Columns), (j, _, buffers) =>
            {
                buffers.Clear();
                for (int s = 0; s < subRows; s++)
                {
                    double y = grid.Y(j) + ((s + 0.5) / subRows - 0.5) * h;
                    var line = new Line2D(xLeft, y, 1, 0);
                    int n = section.Paint(line, 0, width, buffers.Spans);
                    for (int k = 0; k < n; k++)
                    {
                        var span = buffers.Spans[k];
                        buffers.Touch(span.Region);
                        Distribute(buffers.Row(span.Region), span.Enter / h, span.Exit / h, lineWeight);
                    }
                }

                buffers.Flush(fractions, j, grid.Columns, grid.PixelCount, locks);
                return buffers;
            }, _ => { });
        }

        return new RegionFractionImage(grid, fractions, zCenterMm);
    }

    // Adds weight × (covered fraction of each pixel) for the stretch [u0, u1) in pixel units.
    private static void Distribute(double[] row, double u0, double u1, double weight)
    {
        int i0 = Math.Max(0, (int)Math.Floor(u0));
        int i1 = Math.Min(row.Length - 1, (int)Math.Floor(u1));
        for (int i = i0; i <= i1; i++)
        {
            double overlap = Math.Min(u1, i + 1) - Math.Max(u0, i);
            if (overlap > 0)
            {
                row[i] += weight * overlap;
            }
        }
    }

    private sealed class RowBuffers
    {
        private readonly double[][] _rows;
        private readonly bool[] _touched;

        public RowBuffers(int maxSpans, int regions, int columns)
        {
            Spans = new RegionSpan[maxSpans];
            _rows = new double[regions][];
            _touched = new bool[regions];
            for (int r = 0; r < regions; r++)
            {
                _rows[r] = new double[columns];
            }
        }

        public RegionSpan[] Spans { get; }

        public double[] Row(int region) => _rows[region];

        public void Touch(int region) => _touched[region] = true;

        public void Clear()
        {
            for (int r = 0; r < _rows.Length; r++)
            {
                if (_touched[r])
                {
                    Array.Clear(_rows[r]);
                    _touched[r] = false;
                }
            }
        }

        // Rows are disjoint, so threads only contend for allocating a region's image.
        public void Flush(float[]?[] fractions, int row, int columns, int pixelCount, object gate)
        {
            for (int r = 0; r < _rows.Length; r++)
            {
                if (!_touched[r])
                {
                    continue;
                }

                var image = fractions[r];
                if (image is null)
                {
                    lock (gate)
                    {
                        image = fractions[r] ??= new float[pixelCount];
                    }
                }

                var src = _rows[r];
                int offset = row * columns;
                for (int i = 0; i < columns; i++)
                {
                    image[offset + i] += (float)src[i];
                }
            }
        }
    }
}
