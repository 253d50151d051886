using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using QCFramework.IO.Phantoms;
using QCFramework.IO.Protocols;
using QCFramework.Phantoms;
using QCFramework.Simulation;
using QCFramework.Simulation.Projection;
using QCFramework.Simulation.Reconstruction;

namespace QCFramework.Benchmarks.Simulation;

/// <summary>
/// The scanner simulator end to end on the European Spine Phantom (phantoms/esp.yaml) with
/// vendor-a (984 views, 888 channels), 120 kVp, 200 mAs, standard kernel, 3 mm: one physics-mode
/// 512 × 512 slice (ray painting, polychromatic transmission, noise, rebinning, FBP), the 9-slice
/// physics-mode scan, and the fast-mode scan (scans per minute = 60 s / mean); and the scanner's
/// second-pass bone correction of one slice (bone lengths, per-ray solve, second FBP).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ScanBenchmarks
{
    private Phantom _phantom = null!;
    private ScannerProfile _scanner = null!;
    private ScanProtocol _physics = null!, _fast = null!;
    private ScanScene _scene = null!;
    private BeamModel _beam = null!;
    private RasterGrid _grid = null!;
    private double _z;
    private float[] _sinogram = null!, _firstPassHu = null!;

    [GlobalSetup]
    public void Setup()
    {
        _phantom = PhantomFile.Load(Repository.Of("phantoms", "esp.yaml"));
        _scanner = ScannerFile.Get(Repository.Of("protocols", "scanners.yaml"), "vendor-a");
        _physics = new ScanProtocol(120, 200, "standard", 3, ContrastPhase.None, null, SimulationMode.Physics);
        _fast = _physics with { Mode = SimulationMode.Fast };
        _scene = new ScanScene(_phantom, ContrastPhase.None);
        _beam = BeamModel.Get(_scanner, 120);
        _grid = ScanPlanner.Grid(ScanPlanner.FieldOfViewMm(_phantom, _scanner.Geometry));
        _z = ScanPlanner.Slices(_phantom, 3, null)[0].ZMm;
        var moments = PhysicsModeSimulator.Moments(PhysicsModeSimulator.PathLengths(_scene, _scanner.Geometry, _z, new SliceProfile(3)), _scene, _beam);
        _sinogram = PhysicsModeSimulator.CorrectedSinogram(moments, _beam, 200, 3, 1);
        _firstPassHu = PhysicsModeSimulator.ToHounsfield(PhysicsModeSimulator.Reconstruct(_sinogram, _scanner.Geometry, _grid, _scanner.Kernel("standard")), _beam.MuReferencePerCm);
        BoneBeamHardeningCorrection.For(_beam); // its tables are built once per beam
    }

    [Benchmark]
    public float[] PhysicsSlice()
    {
        var lengths = PhysicsModeSimulator.PathLengths(_scene, _scanner.Geometry, _z, new SliceProfile(3));
        var moments = PhysicsModeSimulator.Moments(lengths, _scene, _beam);
        var sinogram = PhysicsModeSimulator.CorrectedSinogram(moments, _beam, 200, 3, 1);
        return PhysicsModeSimulator.Reconstruct(sinogram, _scanner.Geometry, _grid, _scanner.Kernel("standard"));
    }

    [Benchmark]
    public float[] BoneCorrectionSecondPass()
    {
        var corrected = BoneBeamHardeningCorrection.For(_beam).Apply(_sinogram, _firstPassHu, _grid);
        return PhysicsModeSimulator.Reconstruct(corrected, _scanner.Geometry, _grid, _scanner.Kernel("standard"));
    }

    [Benchmark]
    public ScanResult PhysicsScan() => CtScanner.Scan(_phantom, _scanner, _physics, 1);

    [Benchmark]
    public ScanResult FastScan() => CtScanner.Scan(_phantom, _scanner, _fast, 1);
}
