using System.CommandLine;
using QCFramework.Cli.Hosting;

namespace QCFramework.Cli.Commands;

/// <summary><c>qcf certify CAMPAIGN.yaml --out DIR [--fail-on-noncompliance]</c>: run and report, the main job.</summary>
public sealed class CertifyCommand : ICommandFactory
{
    /// <inheritdoc />
    public Command Create(CliContext context)
    {
        var (campaign, output, shard, resume, threads) = RunCommand.Options();
        var fail = new Option<bool>("--fail-on-noncompliance") { Description = "Exit 1 when a center does not comply with the acceptance criteria." };
        var criteria = new Option<string?>("--criteria") { Description = "Acceptance criteria (default: the campaign's, else reports/criteria/default.yaml)." };
        var command = new Command("certify", "Certify a campaign: run it and render the certification report (DIR/report.pdf).")
        {
            campaign, output, resume, threads, criteria, fail,
        };
        command.SetAction(parse =>
        {
            string outDir = parse.GetValue(output)!;
            var (loaded, _) = RunCommand.Execute(context, parse.GetValue(campaign)!, outDir, null, parse.GetValue(resume), parse.GetValue(threads));
            var compliance = ReportCommand.Render(context, outDir, Path.Combine(outDir, "report.pdf"), parse.GetValue(criteria) ?? loaded.CriteriaFile);
            var failing = compliance.Where(c => !c.Compliant).Select(c => c.Center).ToArray();
            if (failing.Length > 0 && parse.GetValue(fail))
            {
                throw new CheckFailedException($"not compliant: {string.Join(", ", failing)} (see {Path.Combine(outDir, "report.pdf")})");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
