using System.Text.Json;
using NUnit.Framework;
using QCFramework.Tests.Cli;

namespace QCFramework.Tests.Calibration;

public class MeasureCommandTests
{
    private static readonly Lazy<string> Root = new(() =>
    {
        string dir = Path.Combine(Path.GetTempPath(), "qcf-measure-cli-" + Guid.NewGuid().ToString("N")[..8]);
        foreach (var (name, phantom) in new[] { ("esp", "esp-on-calibration"), ("calibration", "calibration-only"), ("patient", "patient-l1") })
        {
            var run = CliHarness.Run("scan", "--phantom", phantom, "--kvp", "120", "--mas", "200", "--kernel", "standard", "--mode", "fast", "--seed", "3",
                "--out", Path.Combine(dir, name));
            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        }

        return dir;
    });

    [OneTimeTearDown]
    public void Clean()
    {
        if (Root.IsValueCreated && Directory.Exists(Root.Value))
        {
            Directory.Delete(Root.Value, true);
        }
    }

    private static string Path_(string name) => Path.Combine(Root.Value, name);

    [Test]
    public void Measure_json_has_the_contracted_fields_with_labels_and_certificate_from_scan_json()
    {
        var run = CliHarness.Run("measure", Path_("esp"), "--json");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.That(root.GetProperty("series").GetProperty("calibrationPhantom").GetString(), Is.EqualTo("mindways-model3"));
        var vertebrae = root.GetProperty("vertebrae").EnumerateArray().ToArray();
        Assert.That(vertebrae.Select(v => v.GetProperty("label").GetString()), Is.EqualTo(new[] { "L1", "L2", "L3" }));
        foreach (var v in vertebrae)
        {
            foreach (string field in new[] { "label", "meanHu", "sdHu", "roiAreaMm2", "slices", "bmd" })
            {
                Assert.That(v.TryGetProperty(field, out _), field);
            }

            var regression = v.GetProperty("bmd").GetProperty("qct-regression");
            Assert.That(regression.GetProperty("status").GetString(), Is.EqualTo("ok"));
            Assert.That(regression.GetProperty("valueMgPerCm3").GetDouble(), Is.GreaterThan(0));
            var dual = v.GetProperty("bmd").GetProperty("dect-vnc");
            Assert.That(dual.GetProperty("status").GetString(), Is.EqualTo("not-applicable"));
            Assert.That(dual.GetProperty("valueMgPerCm3").ValueKind, Is.EqualTo(JsonValueKind.Null), "never a made-up value");
            Assert.That(dual.GetProperty("reason").GetString(), Does.Contain("one energy only"));
        }

        var tissues = root.GetProperty("referenceTissues");
        Assert.That(tissues.GetProperty("air").GetProperty("voxels").GetInt32(), Is.GreaterThan(0));
        Assert.That(tissues.GetProperty("muscle").GetProperty("status").GetString(), Is.EqualTo("not-applicable"));
        foreach (string field in new[] { "muscleAreaCm2", "muscleMeanHu", "vatAreaCm2", "satAreaCm2", "vatSatRatio" })
        {
            Assert.That(root.GetProperty("bodyComposition").TryGetProperty(field, out _), field);
        }
    }

    [Test]
    public void Calibrate_stores_a_calibration_that_measure_applies_as_async()
    {
        string file = Path_("stored.json");
        var calibrate = CliHarness.Run("calibrate", Path_("calibration"), "--out", file);
        Assert.That(calibrate.ExitCode, Is.EqualTo(0), calibrate.Stderr);
        var run = CliHarness.Run("measure", Path_("esp"), "--algorithms", "async,qct-regression", "--calibration", file, "--json");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var l2 = json.RootElement.GetProperty("vertebrae")[1].GetProperty("bmd");
        Assert.That(l2.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "async", "qct-regression" }));
        Assert.That(l2.GetProperty("async").GetProperty("status").GetString(), Is.EqualTo("ok"));
        var diagnostics = json.RootElement.GetProperty("calibrations").GetProperty("async").GetProperty("diagnostics");
        Assert.That(diagnostics.GetProperty("airDriftHu").GetDouble(), Is.EqualTo(0).Within(1));
        double seriesDw = json.RootElement.GetProperty("series").GetProperty("waterEquivalentDiameterMm").GetDouble();
        Assert.That(diagnostics.GetProperty("seriesDwMm").GetDouble(), Is.EqualTo(seriesDw));
        using var stored = JsonDocument.Parse(File.ReadAllText(file));
        Assert.That(diagnostics.GetProperty("calibrationDwMm").GetDouble(), Is.EqualTo(stored.RootElement.GetProperty("waterEquivalentDiameterMm").GetDouble()));
    }

    [Test]
    public void A_calibration_stored_before_sizes_were_recorded_still_applies_without_the_size_check()
    {
        string file = Path_("stored-old.json");
        Assert.That(CliHarness.Run("calibrate", Path_("calibration"), "--out", file).ExitCode, Is.EqualTo(0));
        var node = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        Assert.That(node.Remove("waterEquivalentDiameterMm"), Is.True);
        File.WriteAllText(file, node.ToJsonString());
        var run = CliHarness.Run("measure", Path_("esp"), "--algorithms", "async", "--calibration", file, "--json");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.That(json.RootElement.GetProperty("vertebrae")[1].GetProperty("bmd").GetProperty("async").GetProperty("status").GetString(), Is.EqualTo("ok"));
        var warnings = json.RootElement.GetProperty("calibrations").GetProperty("async").GetProperty("warnings").EnumerateArray().Select(w => w.GetString());
        Assert.That(warnings, Has.Some.Contains("size not checked"));
    }

    [Test]
    public void A_patient_without_a_phantom_is_measured_phantomless_and_cannot_calibrate()
    {
        var run = CliHarness.Run("measure", Path_("patient"), "--json");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var l1 = json.RootElement.GetProperty("vertebrae").EnumerateArray().Single();
        Assert.That(l1.GetProperty("label").GetString(), Is.EqualTo("L1"), "the level from scan.json");
        Assert.That(l1.GetProperty("bmd").GetProperty("phantomless-multi-tissue").GetProperty("status").GetString(), Is.EqualTo("ok"));
        Assert.That(l1.GetProperty("bmd").GetProperty("qct-regression").GetProperty("status").GetString(), Is.EqualTo("not-applicable"));

        var calibrate = CliHarness.Run("calibrate", Path_("patient"), "--out", Path_("never.json"));
        Assert.That(calibrate.ExitCode, Is.EqualTo(2));
        Assert.That(calibrate.Stderr, Does.Contain("calibrationCertificate"));
    }

    [TestCase("missing-folder")]
    [TestCase("bad-algorithm")]
    [TestCase("bad-calibration")]
    public void Bad_input_exits_2_with_one_line(string what)
    {
        string badFile = Path_("not-a-calibration.json");
        File.WriteAllText(badFile, "{ \"slope\": ");
        var run = what switch
        {
            "missing-folder" => CliHarness.Run("measure", Path_("nowhere")),
            "bad-algorithm" => CliHarness.Run("measure", Path_("esp"), "--algorithms", "qct-regresion"),
            _ => CliHarness.Run("measure", Path_("esp"), "--calibration", badFile),
        };
        Assert.That(run.ExitCode, Is.EqualTo(2), run.Stdout);
        Assert.That(run.Stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1), run.Stderr);
        Assert.That(run.Stderr, Does.StartWith("qcf: "));
    }
}
