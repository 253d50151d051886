using QCFramework.Phantoms;

namespace QCFramework.Simulation;

/// <summary>Where a scan's slices go and the image grid a scanner would choose.</summary>
public static class ScanPlanner
{
    /// <summary>Display fields of view a scanner offers, mm.</summary>
    public static readonly IReadOnlyList<double> StandardFieldsOfViewMm = [200, 250, 300, 350, 400, 450, 500];

    /// <summary>Image matrix.</summary>
    public const int Matrix = 512;

    /// <summary>
    /// Slice centres: by default three contiguous slices at each vertebral level (or at each level when
    /// the phantom has no vertebrae), as a QCT protocol scans; with a z range, contiguous slices
    /// from its start to its end.
    /// </summary>
    public static IReadOnlyList<(string Level, double ZMm)> Slices(Phantom phantom, double sliceMm, (double FromMm, double ToMm)? zRange)
    {
        if (zRange is { } range)
        {
            if (!(range.ToMm >= range.FromMm))
            {
                throw new InputException($"--z-range-mm {range.FromMm}:{range.ToMm}: the end must not be below the start");
            }

            var list = new List<(string, double)>();
            for (double z = range.FromMm; z <= range.ToMm + 1e-9; z += sliceMm)
            {
                list.Add((Nearest(phantom, z), z));
            }

            return list;
        }

        var levels = phantom.Levels.Any(l => l.IsVertebra) ? phantom.Levels.Where(l => l.IsVertebra).ToArray() : phantom.Levels.ToArray();
        if (levels.Length == 0)
        {
            levels = [new MeasurementLevel("center", 0.5 * (phantom.ZMinMm + phantom.ZMaxMm), false)];
        }

        return levels.OrderByDescending(l => l.ZMm)
            .SelectMany(l => new[] { -1, 0, 1 }.Select(k => (l.Label, l.ZMm + k * sliceMm)))
            .ToArray();
    }

    /// <summary>
    /// The display field of view a technologist would choose: the smallest standard one that holds
    /// the object (centred on the isocentre) with 10 mm to spare, within the scan field.
    /// </summary>
    public static double FieldOfViewMm(Phantom phantom, FanBeamGeometry geometry)
    {
        var (x0, y0, x1, y1) = phantom.BoundsXY();
        double halfExtent = Math.Max(Math.Max(Math.Abs(x0), Math.Abs(x1)), Math.Max(Math.Abs(y0), Math.Abs(y1))) + 10;
        double scanField = 2 * geometry.ScanFieldRadiusMm;
        foreach (double fov in StandardFieldsOfViewMm)
        {
            if (fov >= 2 * halfExtent && fov <= scanField + 1e-9)
            {
                return fov;
            }
        }

        throw new InputException($"the phantom ({2 * halfExtent - 20:0} mm across) does not fit the scanner's {scanField:0} mm scan field");
    }

    /// <summary>The 512 × 512 grid of a field of view centred on the isocentre.</summary>
    public static RasterGrid Grid(double fieldOfViewMm) => new(Matrix, Matrix, fieldOfViewMm / Matrix);

    private static string Nearest(Phantom phantom, double z) =>
        phantom.Levels.OrderBy(l => Math.Abs(l.ZMm - z)).Select(l => l.Label).FirstOrDefault() ?? "";
}
