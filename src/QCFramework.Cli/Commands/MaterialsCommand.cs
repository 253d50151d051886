using System.CommandLine;
using System.Globalization;
using QCFramework.Cli.Hosting;
using QCFramework.Cli.Output;
using QCFramework.Physics;
using Spectre.Console;

namespace QCFramework.Cli.Commands;

/// <summary><c>qcf materials</c>: the material library.</summary>
public sealed class MaterialsCommand : ICommandFactory
{
    /// <summary>One material in the JSON listing (docs/CONTRACTS.md).</summary>
    public sealed record Entry(string Name, double DensityGPerCm3, string Description);

    /// <inheritdoc />
    public Command Create(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var command = new Command("materials", "List the named materials and the parametric standards (e.g. ha-in-water:C).") { json };
        command.SetAction(parse =>
        {
            var entries = MaterialLibrary.Default.Named.Select(m => new Entry(m.Name, m.DensityGPerCm3, m.Description)).ToArray();
            if (parse.GetValue(json))
            {
                Json.Write(context.Output, entries);
                return ExitCodes.Success;
            }

            var table = new Table().AddColumns("name", "density g/cm³", "description");
            foreach (var e in entries)
            {
                table.AddRow(e.Name, e.DensityGPerCm3.ToString("0.######", CultureInfo.InvariantCulture), Markup.Escape(e.Description));
            }

            context.Console.Write(table);
            context.Output.WriteLine("Parametric standards:");
            foreach (string form in MaterialLibrary.ParametricForms)
            {
                context.Output.WriteLine("  " + form);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
