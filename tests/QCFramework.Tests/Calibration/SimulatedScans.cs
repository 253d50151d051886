using System.Collections.Concurrent;
using QCFramework.Calibration;
using QCFramework.IO.Phantoms;
using QCFramework.Measurement;
using QCFramework.Phantoms;
using QCFramework.Simulation;
using QCFramework.Tests.Simulation;

namespace QCFramework.Tests.Calibration;

/// <summary>
/// Scans by the CT scanner simulator (fast mode, the default scanner vendor-a unless named), measured
/// as a physicist's software would: from the images, with the certificate and the vertebral levels a
/// physicist knows. Cached for the run.
/// </summary>
internal static class SimulatedScans
{
    private static readonly ConcurrentDictionary<string, Lazy<Measured>> Cache = new();

    /// <summary>A measured scan and what the physicist supplies.</summary>
    public sealed record Measured(Phantom Phantom, ScanResult Scan, SeriesMeasurement Measurement)
    {
        /// <summary>Inputs with the phantom's certificate (and a stored calibration when given).</summary>
        public CalibrationInputs Inputs(StoredCalibration? stored = null) => new(Measurement, Phantom.Certificate, stored);

        /// <summary>The truth of each vertebra, by label.</summary>
        public double Truth(string label) => Scan.Truth.Vertebrae.Single(v => v.Label == label).TrabecularMgHaPerCm3;
    }

    /// <summary>Scans a phantom file (under phantoms/ or a path) with the protocol and seed, and measures it.</summary>
    public static Measured Get(string file, ScanProtocol protocol, ulong seed, string scanner = "vendor-a", params (string Name, double Value)[] overrides)
    {
        string key = $"{file}|{protocol}|{string.Join(",", protocol.MonoenergeticKev ?? [])}|{seed}|{scanner}|{string.Join(",", overrides)}";
        return Cache.GetOrAdd(key, _ => new Lazy<Measured>(() =>
        {
            string path = Path.IsPathRooted(file) ? file : RepoPaths.Of("phantoms", file);
            var phantom = PhantomFile.Load(path, overrides.ToDictionary(o => o.Name, o => o.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
            var scan = CtScanner.Scan(phantom, SimulationFixture.Scanner(scanner), protocol, seed);
            var levels = phantom.Levels.Where(l => l.IsVertebra).OrderByDescending(l => l.ZMm).Select(l => l.Label).ToArray();
            var measurement = SeriesMeasurer.Measure(scan.Series, new MeasurementOptions(LevelLabels: levels, ExpectedRodCount: phantom.Certificate?.Rods.Count));
            return new Measured(phantom, scan, measurement);
        })).Value;
    }

    /// <summary>A single-energy protocol in fast mode.</summary>
    public static ScanProtocol Protocol(double kvp = 120, double mas = 200, string contrast = "none", (double, double)? zRange = null) =>
        SimulationFixture.Protocol(kvp, mas, "standard", 3, SimulationMode.Fast, contrast, zRange: zRange);

    /// <summary>A dual-energy (kV switching 80/140) protocol in fast mode with VMIs at 40, 74 and 90 keV.</summary>
    public static ScanProtocol DualEnergy(string contrast = "none", (double, double)? zRange = null) =>
        SimulationFixture.Protocol(140, 300, "standard", 3, SimulationMode.Fast, contrast, new DualEnergySetting(80, 140, "fast-kv-switching", 0), zRange)
        with { MonoenergeticKev = [40, 74, 90] };
}
