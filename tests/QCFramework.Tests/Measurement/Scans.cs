using System.Collections.Concurrent;
using QCFramework.Imaging;
using QCFramework.Measurement;
using QCFramework.Phantoms;

namespace QCFramework.Tests.Measurement;

/// <summary>Synthetic series shared by the measurement and calibration tests (built once per test run).</summary>
public static class Scans
{
    private static readonly ConcurrentDictionary<string, Lazy<(Phantom, CtVolume)>> Cache = new();

    /// <summary>Energy of the default synthetic series, keV (about what 120 kVp gives behind a body).</summary>
    public const double DefaultKev = 65;

    /// <summary>A phantom file's QCT series (3 slices of 2 mm at each level) with the settings, cached.</summary>
    public static (Phantom Phantom, CtVolume Volume) Qct(string file, SyntheticScan.Settings? settings = null, params (string Name, double Value)[] overrides)
    {
        settings ??= new SyntheticScan.Settings(EffectiveEnergyKev: DefaultKev);
        string key = $"{file}|{settings}|{string.Join(",", overrides)}";
        return Cache.GetOrAdd(key, _ => new Lazy<(Phantom, CtVolume)>(() =>
        {
            var phantom = SyntheticScan.Phantom(file, overrides);
            return (phantom, SyntheticScan.Build(phantom, SyntheticScan.QctSlices(phantom, settings.SliceMm), settings));
        })).Value;
    }

    /// <summary>Measures a phantom file's QCT series, with the rod count of its certificate.</summary>
    public static (Phantom Phantom, CtVolume Volume, SeriesMeasurement Measurement) Measured(string file, SyntheticScan.Settings? settings = null, params (string Name, double Value)[] overrides)
    {
        var (phantom, volume) = Qct(file, settings, overrides);
        var measurement = SeriesMeasurer.Measure(volume, new MeasurementOptions(ExpectedRodCount: phantom.Certificate?.Rods.Count));
        return (phantom, volume, measurement);
    }

    /// <summary>The ESP on a rod phantom from the library (its top surface on the ESP's back), as a temporary set-up file.</summary>
    public static string EspOn(string calibrationFile)
    {
        string dir = Path.Combine(Path.GetTempPath(), "qcf-measure-tests");
        Directory.CreateDirectory(dir);
        string path = Path.Combine(dir, $"esp-on-{Path.GetFileNameWithoutExtension(calibrationFile)}.yaml");
        File.WriteAllText(path, $"""
            name: esp-on-{Path.GetFileNameWithoutExtension(calibrationFile)}
            description: ESP on {calibrationFile} (test set-up)
            citation: test set-up
            include:
              - {"{"} file: {RepoPaths.Of("phantoms", "esp.yaml")} {"}"}
              - {"{"} file: {RepoPaths.Of("phantoms", calibrationFile)}, offsetMm: [0, 55.5, 0] {"}"}
            """);
        return path;
    }

    /// <summary>The patient's L1 section with marrow fat fraction <paramref name="marrowFat"/> on the Mindways-like pad, as a temporary set-up file.</summary>
    public static string PatientOnPad(double marrowFat)
    {
        string dir = Path.Combine(Path.GetTempPath(), "qcf-measure-tests");
        Directory.CreateDirectory(dir);
        string fat = marrowFat.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
        string path = Path.Combine(dir, $"patient-l1-fat-{fat}-on-pad.yaml");
        File.WriteAllText(path, $$"""
            name: patient-l1-fat-{{fat}}-on-pad
            description: patient L1 with marrow fat {{fat}} on the Mindways-like pad (test set-up)
            citation: test set-up
            include:
              - { file: {{RepoPaths.Of("phantoms", "patient-l1.yaml")}}, parameters: { marrow_fat: {{fat}} } }
              - { file: {{RepoPaths.Of("phantoms", "mindways-model3.yaml")}}, offsetMm: [0, 120.5, 0] }
            """);
        return path;
    }
}
