using QCFramework.IO.Phantoms;
using QCFramework.IO.Protocols;
using QCFramework.Phantoms;
using QCFramework.Simulation;

namespace QCFramework.Tests.Simulation;

/// <summary>Scanner profiles, phantoms and ROI helpers shared by the simulator tests.</summary>
internal static class SimulationFixture
{
    private static readonly Lazy<IReadOnlyDictionary<string, ScannerProfile>> Scanners =
        new(() => ScannerFile.Load(RepoPaths.Of("protocols", "scanners.yaml")));

    private static readonly Lazy<IReadOnlyDictionary<string, ContrastPhase>> Phases =
        new(() => ContrastFile.Load(RepoPaths.Of("protocols", "contrast-phases.yaml")));

    public static ScannerProfile Scanner(string name = "vendor-a") => Scanners.Value[name];

    public static ContrastPhase Phase(string name) => Phases.Value[name];

    public static Phantom Phantom(string file) => PhantomFile.Load(RepoPaths.Of("phantoms", file));

    public static ScanProtocol Protocol(double kvp = 120, double mas = 200, string kernel = "standard", double sliceMm = 3,
        SimulationMode mode = SimulationMode.Physics, string contrast = "none", DualEnergySetting? dual = null, (double, double)? zRange = null, double day = 0) =>
        new(kvp, mas, kernel, sliceMm, Phase(contrast), dual, mode, zRange, day);

    /// <summary>Mean and SD of the pixels of one slice within a disc.</summary>
    public static (double Mean, double Sd, int Count) Disc(QCFramework.Imaging.CtVolume volume, int slice, double xMm, double yMm, double radiusMm)
    {
        var grid = volume.Grid;
        var hu = volume.SlicesHu[slice];
        double sum = 0, squares = 0;
        int n = 0;
        for (int j = 0; j < grid.Rows; j++)
        {
            double dy = grid.Y(j) - yMm;
            for (int i = 0; i < grid.Columns; i++)
            {
                double dx = grid.X(i) - xMm;
                if (dx * dx + dy * dy <= radiusMm * radiusMm)
                {
                    double v = hu[j * grid.Columns + i];
                    sum += v;
                    squares += v * v;
                    n++;
                }
            }
        }

        double mean = sum / n;
        return (mean, Math.Sqrt((squares - n * mean * mean) / (n - 1)), n);
    }
}
