using NUnit.Framework;
using QCFramework.IO.Results;
using QCFramework.Tests.Cli;
using QCFramework.Tests.Tools;

namespace QCFramework.Tests.Campaigns;

/// <summary>
/// README's main command on the demo campaign, once, and what depends on its output: the report and
/// its attachments, and the same campaign through a real Slurm job array.
/// </summary>
[NonParallelizable]
public class DemoCampaignTests
{
    private static readonly Lazy<string> Certified = new(() =>
    {
        string dir = CampaignFixture.NewFolder("demo");
        var run = CliHarness.Run("certify", RepoPaths.Of("protocols", "demo-multicenter.yaml"), "--out", dir);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        return dir;
    });

    [Test]
    public void The_main_command_writes_results_a_manifest_and_a_pdf_report_with_them_attached()
    {
        string dir = Certified.Value;
        var rows = ResultsCsv.Read(Path.Combine(dir, "results.csv"));
        var manifest = ManifestJson.Read(Path.Combine(dir, "manifest.json"));
        Assert.That(manifest.Centers.Select(c => c.Name), Is.EqualTo(new[] { "center-a", "center-b", "center-c" }));
        Assert.That(rows.Select(r => r.ScanId).Distinct().Count(), Is.EqualTo(manifest.Scans.Count));
        Assert.That(rows.Count(r => r.Status == "ok"), Is.GreaterThan(rows.Count / 2));
        string pdf = Path.Combine(dir, "report.pdf");
        Assert.That(File.Exists(pdf));
        string qpdf = ExternalTool.Require("qpdf", "qpdf");
        Assert.That(ExternalTool.Run(qpdf, ["--check", pdf]).ExitCode, Is.EqualTo(0));
        var attachment = ExternalTool.Run(qpdf, ["--show-attachment=results.csv", pdf]);
        Assert.That(attachment.StdoutBytes, Is.EqualTo(File.ReadAllBytes(Path.Combine(dir, "results.csv"))), "the embedded results.csv is the campaign's");
        Assert.That(Directory.GetFiles(Path.Combine(dir, "figures"), "*.svg"), Is.Not.Empty);
    }

    [Test]
    public void The_demo_through_a_slurm_job_array_of_four_merges_to_the_single_process_results()
    {
        string single = Certified.Value;
        using var cluster = SlurmCluster.Start();
        string output = CampaignFixture.NewFolder("slurm-out");
        string qcf = $"dotnet {Path.Combine(AppContext.BaseDirectory, "qcf.dll")}";
        var sbatch = cluster.Run("sbatch", ["--wait", "--parsable", "--array=0-3", $"--chdir={RepoPaths.Root}", $"--output={cluster.Folder}/shard-%a.log",
            $"--export=ALL,QCF={qcf},QCF_CAMPAIGN={RepoPaths.Of("protocols", "demo-multicenter.yaml")},QCF_OUT={output}",
            RepoPaths.Of("scripts", "slurm", "qcf-shard.sbatch")], TimeSpan.FromMinutes(20));
        string logs = string.Join("\n", Directory.GetFiles(cluster.Folder, "shard-*.log").Select(File.ReadAllText));
        Assert.That(sbatch.ExitCode, Is.EqualTo(0), sbatch.Output + logs);
        Assert.That(Directory.GetDirectories(output, "shard-*").Select(Path.GetFileName).Order(), Is.EqualTo(new[] { "shard-1", "shard-2", "shard-3", "shard-4" }));
        string merged = Path.Combine(output, "merged");
        var merge = CliHarness.Run(["merge", .. Directory.GetDirectories(output, "shard-*").Order(), "--out", merged]);
        Assert.That(merge.ExitCode, Is.EqualTo(0), merge.Stderr);
        Assert.That(File.ReadAllBytes(Path.Combine(merged, "results.csv")), Is.EqualTo(File.ReadAllBytes(Path.Combine(single, "results.csv"))));
        Assert.That(File.ReadAllBytes(Path.Combine(merged, "manifest.json")), Is.EqualTo(File.ReadAllBytes(Path.Combine(single, "manifest.json"))));
    }
}
