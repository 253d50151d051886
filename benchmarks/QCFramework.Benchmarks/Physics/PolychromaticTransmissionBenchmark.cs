using BenchmarkDotNet.Attributes;
using QCFramework.Physics;

namespace QCFramework.Benchmarks.Physics;

/// <summary>
/// Rays per second through the polychromatic kernel: 5 basis materials (water, cortical bone,
/// adipose, air, iodinated blood) over a 120 kVp spectrum's bins (0.5 keV and 1 keV binning).
/// One operation = 65,536 rays; rays/s = 65,536 / mean time.
/// </summary>
[MemoryDiagnoser]
public class PolychromaticTransmissionBenchmark
{
    private const int Rays = 65_536;
    private PolychromaticKernel _kernel = null!;
    private PolychromaticKernel.Weights _weights = null!;
    private float[] _paths = null!;
    private float[] _m1 = null!;
    private float[] _m2 = null!;

    [Params(1, 2)]
    public int RebinFactor { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var spectrum = SpectrumLibrary.Default.Get(120).Rebin(RebinFactor);
        var bins = spectrum.NonZeroBins().ToArray();
        var energies = bins.Select(b => b.EnergyKev).ToArray();
        var library = MaterialLibrary.Default;
        var materials = new[] { "water", "cortical-bone", "adipose", "air", "iodinated-blood:5" }.Select(library.Resolve).ToArray();
        var mu = materials.Select(m => m.LinearAttenuationPerCm(energies)).ToArray();
        var w1 = bins.Select(b => b.Fluence * b.EnergyKev).ToArray();
        var w2 = bins.Select(b => b.Fluence * b.EnergyKev * b.EnergyKev).ToArray();
        _kernel = new PolychromaticKernel(mu);
        _weights = _kernel.CreateWeights(w1, w2);
        var random = new Random(1);
        _paths = new float[Rays * materials.Length];
        for (int i = 0; i < _paths.Length; i++)
        {
            _paths[i] = (float)(random.NextDouble() * 8.0);
        }

        _m1 = new float[Rays];
        _m2 = new float[Rays];
    }

    [Benchmark(OperationsPerInvoke = Rays)]
    public void Kernel() => _kernel.Evaluate(_paths, _weights, _m1, _m2);
}
