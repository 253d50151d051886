using System.CommandLine;
using QCFramework.Campaigns.Running;
using QCFramework.Cli.Hosting;

namespace QCFramework.Cli.Commands;

/// <summary><c>qcf merge DIR... --out DIR</c>: combine the shards of a campaign.</summary>
public sealed class MergeCommand : ICommandFactory
{
    /// <inheritdoc />
    public Command Create(CliContext context)
    {
        var dirs = new Argument<string[]>("DIR") { Description = "Output folders of the shards (qcf run --shard I/N).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Folder for the merged results.csv and manifest.json.", Required = true };
        var command = new Command("merge", "Merge the outputs of a campaign's shards into one (refuses mixed campaigns and missing shards).") { dirs, output };
        command.SetAction(parse =>
        {
            var manifest = CampaignMerge.Merge(parse.GetValue(dirs)!, parse.GetValue(output)!);
            context.Output.WriteLine($"merged {manifest.Scans.Count} scans of '{manifest.Campaign}' into {parse.GetValue(output)}");
            return ExitCodes.Success;
        });
        return command;
    }
}
