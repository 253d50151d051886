using NUnit.Framework;
using QCFramework.IO.Results;
using QCFramework.Tests.Cli;

namespace QCFramework.Tests.Campaigns;

public class ExternalAlgorithmTests
{
    [Test]
    public void An_external_python_algorithm_runs_and_broken_ones_fail_their_scans_with_a_reason()
    {
        string python = CampaignFixture.Python();
        string folder = CampaignFixture.NewFolder("external");
        try
        {
            File.WriteAllText(Path.Combine(folder, "crash.py"), "import sys\nsys.exit('segmentation went wrong')\n");
            File.WriteAllText(Path.Combine(folder, "slow.py"), "import time\ntime.sleep(30)\n");
            File.WriteAllText(Path.Combine(folder, "badjson.py"), "import sys\nopen(sys.argv[2], 'w').write('{\"vertebrae\": [{\"label\": \"L1\"}]}')\n");
            string example = RepoPaths.Of("examples", "external", "naive_bmd.py");
            string extra = $"""
                external:
                  - {"{"} name: naive-python, command: "{python} {example} {"{dicom_dir}"} {"{out_json}"}", timeoutS: 120, citation: examples/external/naive_bmd.py {"}"}
                  - {"{"} name: crashing, command: "{python} crash.py {"{dicom_dir}"} {"{out_json}"}" {"}"}
                  - {"{"} name: sleeping, command: "{python} slow.py {"{dicom_dir}"} {"{out_json}"}", timeoutS: 2 {"}"}
                  - {"{"} name: bad-json, command: "{python} badjson.py {"{dicom_dir}"} {"{out_json}"}" {"}"}
                """;
            string campaign = CampaignFixture.Write(folder, repeats: 1, algorithms: "[qct-regression]", extra: extra, twoCenters: false);
            string output = Path.Combine(folder, "out");
            var run = CliHarness.Run("run", campaign, "--out", output);
            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            var rows = ResultsCsv.Read(Path.Combine(output, "results.csv"));

            // The built-in algorithm and the working external one have values for every vertebra of both scans.
            foreach (string algorithm in new[] { "qct-regression", "naive-python" })
            {
                var mine = rows.Where(r => r.Algorithm == algorithm).ToArray();
                Assert.That(mine, Has.Length.EqualTo(6), algorithm);
                Assert.That(mine.All(r => r.Status == "ok" && r.MeasuredMgPerCm3 is > 0), algorithm + ": " + string.Join("; ", mine.Select(r => r.Reason)));
            }

            Assert.That(rows.Where(r => r.Algorithm == "crashing").Select(r => (r.Status, r.Reason)).Distinct(),
                Is.EqualTo(new[] { ("failed", "exited with code 1: segmentation went wrong") }));
            Assert.That(rows.Where(r => r.Algorithm == "sleeping").All(r => r.Status == "failed" && r.Reason.StartsWith("timed out after 2 s", StringComparison.Ordinal)));
            Assert.That(rows.Where(r => r.Algorithm == "bad-json").All(r => r.Status == "failed" && r.Reason.Contains("bad JSON", StringComparison.Ordinal)));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [TestCase("{\"vertebrae\": [{\"label\": \"L1\", \"bmdMgPerCm3\": 51.5}]}", null)]
    [TestCase("{\"vertebrae\": {}}", "expected")]
    [TestCase("[1, 2]", "expected")]
    [TestCase("{\"vertebrae\": [{\"label\": \"L1\", \"bmdMgPerCm3\": \"x\"}]}", "finite number")]
    [TestCase("{\"vertebrae\": [{\"label\": \"L1\", \"bmdMgPerCm3\": 1}, {\"label\": \"L1\", \"bmdMgPerCm3\": 2}]}", "twice")]
    [TestCase("{not json", "bad JSON")]
    public void The_answer_format_is_checked(string json, string? failure)
    {
        var answer = QCFramework.Campaigns.External.ExternalCommand.Parse(json);
        if (failure is null)
        {
            Assert.That(answer.FailureReason, Is.Null);
            Assert.That(answer.Values["L1"], Is.EqualTo(51.5));
        }
        else
        {
            Assert.That(answer.FailureReason, Does.Contain(failure));
        }
    }
}

public class PluginAlgorithmTests
{
    [Test]
    public void A_dotnet_plugin_algorithm_runs_in_a_campaign_like_a_built_in_one()
    {
        string plugin = RepoPaths.Of("examples", "ExamplePlugin", "bin", "Release", "net10.0", "ExamplePlugin.dll");
        Assert.That(File.Exists(plugin), "the example plug-in is built with the solution: " + plugin);
        string folder = CampaignFixture.NewFolder("plugin");
        try
        {
            string extra = $"external:\n  - {{ name: example-plugin, assembly: \"{plugin}\" }}\n";
            string campaign = CampaignFixture.Write(folder, repeats: 1, algorithms: "[qct-regression]", extra: extra, twoCenters: false);
            var run = CliHarness.Run("run", campaign, "--out", Path.Combine(folder, "out"));
            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            var rows = ResultsCsv.Read(Path.Combine(folder, "out", "results.csv"));
            var theilSen = rows.Where(r => r.Algorithm == "example-theil-sen").ToArray();
            Assert.That(theilSen, Has.Length.EqualTo(6));
            Assert.That(theilSen.All(r => r.Status == "ok"), string.Join("; ", theilSen.Select(r => r.Reason)));
            // Theil–Sen and least squares on the same five rods agree closely on a clean scan.
            foreach (var row in theilSen)
            {
                double regression = rows.Single(r => r.Algorithm == "qct-regression" && r.ScanId == row.ScanId && r.Vertebra == row.Vertebra).MeasuredMgPerCm3!.Value;
                Assert.That(row.MeasuredMgPerCm3!.Value, Is.EqualTo(regression).Within(5).Percent);
            }

            var manifest = ManifestJson.Read(Path.Combine(folder, "out", "manifest.json"));
            Assert.That(manifest.Algorithms.Select(a => a.Name), Does.Contain("example-theil-sen"));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
