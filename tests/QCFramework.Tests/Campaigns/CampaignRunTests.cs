using System.Diagnostics;
using NUnit.Framework;
using QCFramework.IO.Results;
using QCFramework.Tests.Cli;

namespace QCFramework.Tests.Campaigns;

public class CampaignRunTests
{
    private static readonly List<string> Folders = [];

    private static string Folder(string name)
    {
        string dir = CampaignFixture.NewFolder(name);
        lock (Folders)
        {
            Folders.Add(dir);
        }

        return dir;
    }

    [OneTimeTearDown]
    public void Clean()
    {
        foreach (string dir in Folders.Where(Directory.Exists))
        {
            Directory.Delete(dir, true);
        }
    }

    private static (byte[] Results, byte[] Manifest) Single(string campaign)
    {
        string dir = Folder("single");
        var run = CliHarness.Run("run", campaign, "--out", dir, "--threads", "2");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        return CampaignFixture.Outputs(dir);
    }

    [Test]
    public void Results_have_the_contracted_columns_and_every_scan_is_scored_against_truth()
    {
        string campaign = CampaignFixture.Write(Folder("columns"), repeats: 1);
        string dir = Folder("columns-out");
        var run = CliHarness.Run("run", campaign, "--out", dir);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        string header = File.ReadLines(Path.Combine(dir, "results.csv")).First();
        foreach (string column in new[] { "center", "scanner", "kvp", "mas", "kernel", "sliceMm", "contrast", "repeat", "seed", "phantom", "vertebra",
                     "truthMgPerCm3", "algorithm", "measuredMgPerCm3", "errorMgPerCm3", "relativeErrorPct" })
        {
            Assert.That(header.Split(','), Does.Contain(column));
        }

        var rows = ResultsCsv.Read(Path.Combine(dir, "results.csv"));
        // 3 scans (center-a: 2 kVp, center-b: 1) × 3 vertebrae × 2 algorithms.
        Assert.That(rows, Has.Count.EqualTo(18));
        Assert.That(rows.Select(r => r.TruthMgPerCm3).Distinct().Order(), Is.EqualTo(new[] { 50.0, 100, 200 }));
        Assert.That(rows.All(r => r.Status == "ok"), string.Join("; ", rows.Where(r => r.Status != "ok").Select(r => r.Reason)));
        var manifest = ManifestJson.Read(Path.Combine(dir, "manifest.json"));
        Assert.That(manifest.Scans, Has.Count.EqualTo(3));
        Assert.That(manifest.Scans.Select(s => s.Seed).Distinct().Count(), Is.EqualTo(3), "every scan has its own seed");
        Assert.That(manifest.Outputs.Single().Sha256, Is.EqualTo(QCFramework.Campaigns.Scanning.ScanRunner.Sha256(Path.Combine(dir, "results.csv"))));
        Assert.That(manifest.Inputs.Select(i => i.Path), Has.Some.EndsWith("campaign.yaml").And.Some.EndsWith("esp-on-calibration.yaml"));
    }

    [Test]
    public void Sharded_runs_merge_to_the_single_process_results_byte_for_byte()
    {
        string campaign = CampaignFixture.Write(Folder("shards"), repeats: 2);
        var single = Single(campaign);
        foreach (int n in new[] { 1, 2, 4, 7 })
        {
            var shards = Enumerable.Range(1, n).Select(i =>
            {
                string dir = Folder($"shard{i}of{n}");
                var run = CliHarness.Run("run", campaign, "--out", dir, "--shard", $"{i}/{n}", "--threads", "1");
                Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
                return dir;
            }).ToArray();
            string merged = Folder($"merged{n}");
            var merge = CliHarness.Run(["merge", .. shards, "--out", merged]);
            Assert.That(merge.ExitCode, Is.EqualTo(0), merge.Stderr);
            var outputs = CampaignFixture.Outputs(merged);
            Assert.That(outputs.Results, Is.EqualTo(single.Results), $"{n} shards: results.csv");
            Assert.That(outputs.Manifest, Is.EqualTo(single.Manifest), $"{n} shards: manifest.json");
        }
    }

    [Test]
    public void Merge_refuses_missing_shards_duplicates_and_other_campaigns()
    {
        string folder = Folder("merge-refuse");
        string campaign = CampaignFixture.Write(folder, repeats: 1, twoCenters: false);
        string a = Folder("m1"), b = Folder("m2");
        Assert.That(CliHarness.Run("run", campaign, "--out", a, "--shard", "1/2").ExitCode, Is.EqualTo(0));
        Assert.That(CliHarness.Run("run", campaign, "--out", b, "--shard", "2/2").ExitCode, Is.EqualTo(0));
        var missing = CliHarness.Run("merge", a, "--out", Folder("mo1"));
        Assert.That(missing.ExitCode, Is.EqualTo(2));
        Assert.That(missing.Stderr, Does.Contain("2/2 missing"));
        var twice = CliHarness.Run("merge", a, a, "--out", Folder("mo2"));
        Assert.That(twice.ExitCode, Is.EqualTo(2));
        Assert.That(twice.Stderr, Does.Contain("also in"));

        string otherFolder = Folder("merge-other");
        string other = CampaignFixture.Write(otherFolder, repeats: 2, twoCenters: false);
        string c = Folder("m3");
        Assert.That(CliHarness.Run("run", other, "--out", c, "--shard", "2/2").ExitCode, Is.EqualTo(0));
        var mixed = CliHarness.Run("merge", a, c, "--out", Folder("mo3"));
        Assert.That(mixed.ExitCode, Is.EqualTo(2));
        Assert.That(mixed.Stderr, Does.Contain("another campaign"));
    }

    [Test]
    public void A_killed_run_resumed_gives_the_results_of_an_uninterrupted_one()
    {
        string campaign = CampaignFixture.Write(Folder("resume"), repeats: 3);
        var single = Single(campaign);
        string dir = Folder("resume-out");
        using (var process = Process.Start(CampaignFixture.Qcf("run", campaign, "--out", dir, "--threads", "1"))!)
        {
            // Kill it once a few scans are recorded as done (but not all nine).
            string completed = Path.Combine(dir, "completed-scans.txt");
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < TimeSpan.FromMinutes(3)
                   && (!File.Exists(completed) || File.ReadAllLines(completed).Length < 3) && !process.HasExited)
            {
                Thread.Sleep(100);
            }

            Assert.That(process.HasExited, Is.False, "the run finished before it could be killed");
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        Assert.That(File.Exists(Path.Combine(dir, "manifest.json")), Is.False, "a killed run has no manifest");
        var again = CliHarness.Run("run", campaign, "--out", dir);
        Assert.That(again.ExitCode, Is.EqualTo(2), "without --resume an existing run is never overwritten");
        Assert.That(again.Stderr, Does.Contain("--resume"));
        var resumed = CliHarness.Run("run", campaign, "--out", dir, "--resume", "--threads", "2");
        Assert.That(resumed.ExitCode, Is.EqualTo(0), resumed.Stderr);
        var outputs = CampaignFixture.Outputs(dir);
        Assert.That(outputs.Results, Is.EqualTo(single.Results));
        Assert.That(outputs.Manifest, Is.EqualTo(single.Manifest));
    }

    [Test]
    public void Bad_campaign_files_exit_2_naming_file_line_and_field()
    {
        string folder = Folder("bad");
        string campaign = CampaignFixture.Write(folder, repeats: 1);
        File.WriteAllText(campaign, File.ReadAllText(campaign).Replace("scanner: vendor-b", "scanner: vendor-q"));
        var run = CliHarness.Run("run", campaign, "--out", Folder("bad-out"));
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.Contain("campaign.yaml:").And.Contain("centers[1].scanner").And.Contain("vendor-q"));
    }
}
