using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using QCFramework.Calibration;
using QCFramework.Campaigns.Definition;
using QCFramework.Campaigns.Running;
using QCFramework.Cli.Hosting;
using QCFramework.IO.Protocols;
using QCFramework.Results;
using Spectre.Console;

namespace QCFramework.Cli.Commands;

/// <summary><c>qcf run CAMPAIGN.yaml --out DIR [--shard I/N] [--resume] [--threads N]</c>.</summary>
public sealed class RunCommand : ICommandFactory
{
    /// <inheritdoc />
    public Command Create(CliContext context)
    {
        var (campaign, output, shard, resume, threads) = Options();
        var command = new Command("run", "Run a campaign: simulate (or read) every scan, measure, score every algorithm; results.csv and manifest.json.")
        {
            campaign, output, shard, resume, threads,
        };
        command.SetAction(parse =>
        {
            Execute(context, parse.GetValue(campaign)!, parse.GetValue(output)!, parse.GetValue(shard), parse.GetValue(resume), parse.GetValue(threads));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The options run and certify share.</summary>
    public static (Argument<string> Campaign, Option<string> Output, Option<string?> Shard, Option<bool> Resume, Option<int?> Threads) Options() =>
    (
        new Argument<string>("CAMPAIGN") { Description = "Campaign file (protocols/*.yaml) or name." },
        new Option<string>("--out") { Description = "Output folder.", Required = true },
        new Option<string?>("--shard") { Description = "Run only shard I of N (scans split deterministically; combine with qcf merge)." },
        new Option<bool>("--resume") { Description = "Continue a run that was stopped: keep finished scans, run the rest." },
        new Option<int?>("--threads") { Description = "Scans in parallel (default: all cores). Results do not depend on it." }
    );

    /// <summary>Runs a campaign with a live progress display; returns the loaded campaign and its manifest.</summary>
    public static (Campaign Campaign, CampaignManifest Manifest) Execute(CliContext context, string campaignFile, string output, string? shard, bool resume, int? threads)
    {
        var campaign = CampaignFile.Load(ProtocolCatalog.Resolve(campaignFile));
        var algorithms = CalibrationRegistry.Parse(string.Join(",", campaign.Algorithms))
            .Concat(campaign.External.Where(e => e.Assembly is not null).SelectMany(e => QCFramework.Campaigns.External.PluginLoader.Load(e.Assembly!)))
            .ToArray();
        var asynchronous = algorithms.Any(a => a.Name == "async") ? new AsynchronousCalibrations(campaign) : null;
        var scorer = new MeasurementScorer(algorithms, campaign.External.Where(e => e.Command is not null).ToArray(), asynchronous is null ? null : asynchronous.For);
        var split = ScanPlan.ParseShard(shard);
        int workers = threads is { } t && t > 0 ? t : Environment.ProcessorCount;
        var clock = Stopwatch.StartNew();
        CampaignManifest manifest;
        if (context.Interactive)
        {
            manifest = null!;
            AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask($"{campaign.Name}: scans", maxValue: 1);
                    manifest = CampaignRunner.Run(campaign, output, scorer, split, resume, workers, p =>
                    {
                        task.MaxValue = Math.Max(1, p.Total);
                        task.Value = p.Done;
                        task.Description = string.Create(CultureInfo.InvariantCulture,
                            $"{campaign.Name}: {p.Done}/{p.Total} scans, {p.Done / Math.Max(clock.Elapsed.TotalMinutes, 1e-6):0.0}/min");
                    });
                });
        }
        else
        {
            int lastReported = -1;
            manifest = CampaignRunner.Run(campaign, output, scorer, split, resume, workers, p =>
            {
                // Redirected output: a line at every tenth of the way, with rate and estimated time left.
                int tenth = p.Total == 0 ? 10 : p.Done * 10 / p.Total;
                if (tenth == lastReported)
                {
                    return;
                }

                lastReported = tenth;
                double perMinute = p.Done / Math.Max(clock.Elapsed.TotalMinutes, 1e-6);
                string eta = perMinute > 0 && p.Done < p.Total ? string.Create(CultureInfo.InvariantCulture, $", about {(p.Total - p.Done) / perMinute:0.0} min left") : "";
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"qcf run: {p.Done}/{p.Total} scans, {perMinute:0.0} per minute{eta}"));
            });
        }

        context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{campaign.Name}: {manifest.Scans.Count} scans (shard {manifest.Shard}) in {clock.Elapsed.TotalSeconds:0} s; results in {Path.Combine(output, CampaignRunner.ResultsFile)}"));
        return (campaign, manifest);
    }
}
