using System.CommandLine;
using System.Globalization;
using QCFramework.Cli.Hosting;
using QCFramework.Cli.Output;
using QCFramework.IO.Images;
using QCFramework.IO.Phantoms;
using QCFramework.Phantoms;
using QCFramework.Physics;
using Spectre.Console;

namespace QCFramework.Cli.Commands;

/// <summary><c>qcf phantom list | show | render</c>.</summary>
public sealed class PhantomCommand : ICommandFactory
{
    /// <summary>One phantom in <c>list --json</c>.</summary>
    public sealed record ListEntry(string Name, string File, string Description, IReadOnlyList<string> Levels);

    /// <summary>A level in <c>show --json</c>.</summary>
    public sealed record LevelEntry(string Label, double ZMm, bool Vertebra);

    /// <summary>A region in <c>show --json</c>.</summary>
    public sealed record RegionEntry(string Name, string Material, string Enhancement, double MineralDensityMgPerCm3, double DensityGPerCm3, double VolumeCm3, double MonoenergeticHuAt70Kev);

    /// <summary>A vertebra in <c>show --json</c>.</summary>
    public sealed record VertebraEntry(string Label, double ZMm, double TrabecularRoiTruthMgPerCm3, string Region);

    /// <summary>A parameter in <c>show --json</c>.</summary>
    public sealed record ParameterEntry(string Name, string Value);

    /// <summary><c>show --json</c>.</summary>
    public sealed record ShowResult(string Name, string File, string Description, string Citation, IReadOnlyList<ParameterEntry> Parameters,
        IReadOnlyList<LevelEntry> Levels, IReadOnlyList<RegionEntry> Regions, IReadOnlyList<VertebraEntry> Vertebrae);

    /// <inheritdoc />
    public Command Create(CliContext context)
    {
        var phantom = new Command("phantom", "Phantom definitions: list them, show their regions and truth, render them.");
        phantom.Subcommands.Add(List(context));
        phantom.Subcommands.Add(Show(context));
        phantom.Subcommands.Add(Render(context));
        return phantom;
    }

    private static Command List(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var command = new Command("list", "List the phantoms in ./phantoms (or the ones shipped with qcf).") { json };
        command.SetAction(parse =>
        {
            var entries = PhantomCatalog.List().Select(file =>
            {
                var p = PhantomFile.Load(file);
                return new ListEntry(Path.GetFileNameWithoutExtension(file), file, p.Description, p.Levels.Select(l => l.Label).ToArray());
            }).ToArray();
            if (parse.GetValue(json))
            {
                Json.Write(context.Output, entries);
                return ExitCodes.Success;
            }

            var table = new Table().AddColumns("phantom", "levels", "description");
            foreach (var e in entries)
            {
                table.AddRow(e.Name, string.Join(" ", e.Levels), Markup.Escape(e.Description));
            }

            context.Console.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Show(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "A phantom file or name (e.g. esp)." };
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var command = new Command("show", "Regions of a phantom with their ground truth.") { file, json };
        command.SetAction(parse =>
        {
            var result = Describe(parse.GetValue(file)!);
            if (parse.GetValue(json))
            {
                Json.Write(context.Output, result);
                return ExitCodes.Success;
            }

            context.Output.WriteLine($"{result.Name}: {result.Description}");
            context.Output.WriteLine($"source: {result.Citation}");
            var table = new Table().AddColumns("region", "material", "mg HA/cm³", "g/cm³", "volume cm³", "HU at 70 keV");
            foreach (var r in result.Regions)
            {
                table.AddRow(Markup.Escape(r.Name), Markup.Escape(r.Material), F(r.MineralDensityMgPerCm3), r.DensityGPerCm3.ToString("0.0000", CultureInfo.InvariantCulture),
                    r.VolumeCm3.ToString("0.000", CultureInfo.InvariantCulture), r.MonoenergeticHuAt70Kev.ToString("0.0", CultureInfo.InvariantCulture));
            }

            context.Console.Write(table);
            foreach (var v in result.Vertebrae)
            {
                context.Output.WriteLine($"{v.Label} at z = {F(v.ZMm)} mm: trabecular ROI truth {F(v.TrabecularRoiTruthMgPerCm3)} mg HA/cm³");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Render(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "A phantom file or name." };
        var output = new Option<string>("--out") { Description = "Output folder.", Required = true };
        var pixel = new Option<double>("--pixel-mm") { Description = "Pixel size of the label volume, mm.", DefaultValueFactory = _ => 1.0 };
        var slice = new Option<double>("--slice-mm") { Description = "Slice spacing of the label volume, mm.", DefaultValueFactory = _ => 2.0 };
        var command = new Command("render", "Write a labelled volume, truth.json and a PNG of each measurement level (HU at 70 keV).") { file, output, pixel, slice };
        command.SetAction(parse =>
        {
            string path = PhantomCatalog.Resolve(parse.GetValue(file)!);
            string outDir = parse.GetValue(output)!;
            double pixelMm = parse.GetValue(pixel), sliceMm = parse.GetValue(slice);
            if (!(pixelMm > 0) || !(sliceMm > 0))
            {
                throw new InputException("--pixel-mm and --slice-mm must be positive");
            }

            var p = PhantomFile.Load(path);
            Directory.CreateDirectory(outDir);
            var written = PhantomRenderer.Render(p, outDir, pixelMm, sliceMm);
            foreach (string f in written)
            {
                context.Output.WriteLine(f);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The <c>show</c> result for a phantom file or name.</summary>
    public static ShowResult Describe(string fileOrName)
    {
        string path = PhantomCatalog.Resolve(fileOrName);
        var p = PhantomFile.Load(path);
        var truth = PhantomTruth.Of(p);
        var library = MaterialLibrary.Default;
        return new ShowResult(
            p.Name, path, p.Description, p.Citation,
            PhantomFile.DeclaredParameters(path).Select(x => new ParameterEntry(x.Name, x.Value)).ToArray(),
            p.Levels.Select(l => new LevelEntry(l.Label, l.ZMm, l.IsVertebra)).ToArray(),
            truth.Regions.Select((r, i) => new RegionEntry(r.Name, r.MaterialSpec, p.Regions[i].Enhancement.ToString().ToLowerInvariant(),
                r.MineralDensityMgHaPerCm3, r.DensityGPerCm3, r.VolumeCm3, HounsfieldScale.Monoenergetic(library.Resolve(r.MaterialSpec), 70))).ToArray(),
            truth.Vertebrae.Select(v => new VertebraEntry(v.Label, v.ZMm, v.TrabecularMgHaPerCm3, v.Region)).ToArray());
    }

    private static string F(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
}
