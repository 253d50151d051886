using System.CommandLine;
using QCFramework.Calibration;
using QCFramework.Cli.Hosting;
using QCFramework.Cli.Output;
using Spectre.Console;

namespace QCFramework.Cli.Commands;

/// <summary><c>qcf algorithms</c>: the calibration algorithms with their family, citation and inputs.</summary>
public sealed class AlgorithmsCommand : ICommandFactory
{
    /// <summary>One algorithm in the JSON listing (docs/CONTRACTS.md).</summary>
    /// <param name="Name">Registry name.</param>
    /// <param name="Family">Calibration pathway, kebab-case.</param>
    /// <param name="Citation">Source.</param>
    /// <param name="Assumptions">What it assumes.</param>
    /// <param name="Inputs">What it needs.</param>
    public sealed record Entry(string Name, string Family, string Citation, string Assumptions, IReadOnlyList<string> Inputs);

    /// <summary>The family as the listing names it, e.g. "synchronous-phantom".</summary>
    public static string FamilyName(AlgorithmFamily family) => family switch
    {
        AlgorithmFamily.Triage => "triage",
        AlgorithmFamily.SynchronousPhantom => "synchronous-phantom",
        AlgorithmFamily.AsynchronousPhantom => "asynchronous-phantom",
        AlgorithmFamily.Phantomless => "phantomless",
        AlgorithmFamily.DualEnergy => "dual-energy",
        _ => "contrast-correction",
    };

    /// <inheritdoc />
    public Command Create(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var command = new Command("algorithms", "List the calibration algorithms: family, citation and the inputs each needs.") { json };
        command.SetAction(parse =>
        {
            var entries = CalibrationRegistry.All
                .Select(a => new Entry(a.Name, FamilyName(a.Family), a.Citation, a.Assumptions, a.RequiredInputs))
                .ToArray();
            if (parse.GetValue(json))
            {
                Json.Write(context.Output, entries);
                return ExitCodes.Success;
            }

            var table = new Table().AddColumns("name", "family", "inputs", "citation");
            foreach (var e in entries)
            {
                table.AddRow(e.Name, e.Family, Markup.Escape(string.Join("; ", e.Inputs)), Markup.Escape(e.Citation));
            }

            context.Console.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
