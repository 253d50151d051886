using System.Text.Json;
using NUnit.Framework;
using QCFramework.Campaigns.Scanning;
using QCFramework.Dicom.Ct;
using QCFramework.Tests.Cli;

namespace QCFramework.Tests.Simulation;

public class ScanCommandTests
{
    private string _dir = null!;

    [SetUp]
    public void Folder() => _dir = Path.Combine(Path.GetTempPath(), "qcf-scan-" + Guid.NewGuid().ToString("N")[..8]);

    [TearDown]
    public void Clean()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, true);
        }
    }

    [Test]
    public void A_default_esp_scan_covers_three_contiguous_slices_at_each_vertebra_and_reads_back_from_dicom()
    {
        var run = CliHarness.Run("scan", "--phantom", "esp", "--kvp", "120", "--mas", "200", "--kernel", "standard", "--mode", "fast", "--out", _dir);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        var series = new CtSeriesCodec().Read(_dir);
        var z = series.Slices.Select(s => s.PositionMm.Z).ToArray();
        Assert.That(z, Is.EqualTo(new[] { -43.0, -40, -37, -3, 0, 3, 37, 40, 43 }).Within(1e-6));
        Assert.That(series.Acquisition.Kvp, Is.EqualTo(120));
        Assert.That(series.Acquisition.ConvolutionKernel, Is.EqualTo("STANDARD"));
        Assert.That(series.Identity.PatientName, Does.Contain("SYNTHETIC"));
        var volume = DicomVolumes.FromDicom(series, _dir);
        Assert.That(volume.Grid.Columns, Is.EqualTo(512));
        using var scanJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "scan.json")));
        Assert.That(scanJson.RootElement.GetProperty("vertebralLevels").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "L1", "L2", "L3" }));
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "truth.json")));
        Assert.That(truth.RootElement.GetProperty("truth").GetProperty("vertebrae").GetArrayLength(), Is.EqualTo(3));
    }

    [Test]
    public void Summary_json_has_the_contracted_fields_and_sensible_values()
    {
        var run = CliHarness.Run("scan", "--phantom", "water-200", "--kvp", "120", "--mas", "200", "--kernel", "standard", "--mode", "fast", "--out", _dir, "--summary-json");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var water = json.RootElement.GetProperty("regions").EnumerateArray().Single();
        foreach (string field in new[] { "name", "material", "truthDensityMgPerCm3", "meanHu", "sdHu", "voxels" })
        {
            Assert.That(water.TryGetProperty(field, out _), field);
        }

        Assert.That(water.GetProperty("meanHu").GetDouble(), Is.EqualTo(1.5).Within(3), "water, with vendor-a's +1.5 HU offset");
    }

    [Test]
    public void Repeats_and_dual_energy_write_one_folder_per_series()
    {
        var run = CliHarness.Run("scan", "--phantom", "iodine-inserts", "--kvp", "140", "--mas", "200", "--kernel", "standard", "--mode", "fast",
            "--dual-energy", "80/140", "--vmi-kev", "70", "--repeat", "2", "--z-range-mm", "0:0", "--out", _dir);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        foreach (string folder in new[] { "repeat-01/low", "repeat-01/high", "repeat-01/vmi-070", "repeat-02/low", "repeat-02/high", "repeat-02/vmi-070" })
        {
            Assert.That(Directory.GetFiles(Path.Combine(_dir, folder), "*.dcm"), Has.Length.EqualTo(1), folder);
        }

        var vmi = DicomVolumes.FromDicom(new CtSeriesCodec().Read(Path.Combine(_dir, "repeat-01", "vmi-070")), "vmi");
        Assert.That(vmi.Acquisition.ImageKind, Is.EqualTo("VMI"));
        Assert.That(vmi.Acquisition.MonoenergeticKev, Is.EqualTo(70));
    }

    [TestCase(new[] { "--kvp", "160" }, "70–140")]
    [TestCase(new[] { "--kernel", "ultra" }, "ultra")]
    [TestCase(new[] { "--slice-mm", "8" }, "0.625–5")]
    [TestCase(new[] { "--contrast", "venous" }, "unknown phase 'venous'")]
    [TestCase(new[] { "--scanner", "vendor-z" }, "no scanner 'vendor-z'")]
    [TestCase(new[] { "--dual-energy", "80-140" }, "LOW/HIGH")]
    [TestCase(new[] { "--scanner", "vendor-d", "--dual-energy", "80/140" }, "no dual-energy")]
    [TestCase(new[] { "--z-range-mm", "5" }, "A:B")]
    public void Bad_scan_input_exits_2_with_one_line(string[] change, string reason)
    {
        var args = new Dictionary<string, string>
        {
            ["--phantom"] = "water-200", ["--kvp"] = "120", ["--mas"] = "100", ["--kernel"] = "standard", ["--mode"] = "fast", ["--out"] = _dir,
        };
        for (int i = 0; i < change.Length; i += 2)
        {
            args[change[i]] = change[i + 1];
        }

        var run = CliHarness.Run(["scan", .. args.SelectMany(a => new[] { a.Key, a.Value })]);
        Assert.That(run.ExitCode, Is.EqualTo(2), run.Stderr);
        Assert.That(run.Stderr.Trim().Split('\n'), Has.Length.EqualTo(1), run.Stderr);
        Assert.That(run.Stderr, Does.Contain(reason));
    }
}
