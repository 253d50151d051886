using System.CommandLine;
using System.Globalization;
using QCFramework.Cli.Hosting;
using QCFramework.Cli.Output;
using QCFramework.Physics;
using Spectre.Console;

namespace QCFramework.Cli.Commands;

/// <summary><c>qcf spectrum</c>: beam quality of a tube spectrum with added filtration.</summary>
public sealed class SpectrumCommand : ICommandFactory
{
    /// <summary>One energy bin of the printed spectrum.</summary>
    public sealed record Bin(double EnergyKev, double PhotonsPerMasCm2At1m);

    /// <summary>The JSON shape (docs/CONTRACTS.md, with further fields).</summary>
    public sealed record Result(
        double Kvp,
        double TargetAngleDeg,
        double MeanEnergyKev,
        double Hvl1MmAl,
        double Hvl2MmAl,
        double EffectiveEnergyKev,
        double HomogeneityCoefficient,
        double FilterAlMm,
        double FilterCuMm,
        double FilterSnMm,
        double TotalPhotonsPerMasCm2At1m,
        string Source,
        IReadOnlyList<Bin>? Bins);

    /// <inheritdoc />
    public Command Create(CliContext context)
    {
        var kvp = new Option<double>("--kvp") { Description = "Tube potential, kVp (70–140; between the tabulated 10 kV steps it is interpolated).", Required = true };
        var angle = new Option<double>("--target-angle-deg") { Description = "Anode target angle: 7 or 10 degrees.", DefaultValueFactory = _ => 7.0 };
        var al = new Option<double>("--filter-al-mm") { Description = "Added aluminium filtration, mm." };
        var cu = new Option<double>("--filter-cu-mm") { Description = "Added copper filtration, mm." };
        var sn = new Option<double>("--filter-sn-mm") { Description = "Added tin filtration, mm (dual-source Sn beams)." };
        var bins = new Option<bool>("--bins") { Description = "Include the spectrum's energy bins." };
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var command = new Command("spectrum", "Mean energy, half-value layers and effective energy of a CT tube spectrum.") { kvp, angle, al, cu, sn, bins, json };
        command.SetAction(parse =>
        {
            var result = Compute(parse.GetValue(kvp), parse.GetValue(angle), parse.GetValue(al), parse.GetValue(cu), parse.GetValue(sn), parse.GetValue(bins));
            if (parse.GetValue(json))
            {
                Json.Write(context.Output, result);
                return ExitCodes.Success;
            }

            var table = new Table().AddColumns("quantity", "value", "unit");
            table.AddRow("tube potential", F(result.Kvp), "kVp");
            table.AddRow("target angle", F(result.TargetAngleDeg), "°");
            table.AddRow("added filtration", $"{F(result.FilterAlMm)} Al, {F(result.FilterCuMm)} Cu, {F(result.FilterSnMm)} Sn", "mm");
            table.AddRow("mean energy", F(result.MeanEnergyKev), "keV");
            table.AddRow("first HVL", F(result.Hvl1MmAl), "mm Al");
            table.AddRow("second HVL", F(result.Hvl2MmAl), "mm Al");
            table.AddRow("homogeneity coefficient", F(result.HomogeneityCoefficient), "");
            table.AddRow("effective energy", F(result.EffectiveEnergyKev), "keV");
            table.AddRow("fluence", result.TotalPhotonsPerMasCm2At1m.ToString("E4", CultureInfo.InvariantCulture), "photons/(mAs·cm²) at 1 m");
            context.Console.Write(table);
            context.Output.WriteLine(result.Source);
            if (result.Bins is not null)
            {
                foreach (var b in result.Bins)
                {
                    context.Output.WriteLine(FormattableString.Invariant($"{b.EnergyKev,8:0.00} keV  {b.PhotonsPerMasCm2At1m:E4}"));
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Computes the beam quality for the given tube and filtration.</summary>
    public static Result Compute(double kvp, double targetAngleDeg, double alMm, double cuMm, double snMm, bool includeBins)
    {
        foreach (var (name, value) in new[] { ("--filter-al-mm", alMm), ("--filter-cu-mm", cuMm), ("--filter-sn-mm", snMm) })
        {
            if (value < 0 || double.IsNaN(value))
            {
                throw new InputException($"{name}: {value.ToString(CultureInfo.InvariantCulture)} mm is not a thickness (expected ≥ 0)");
            }
        }

        var library = MaterialLibrary.Default;
        var spectrum = SpectrumLibrary.Default.Get(kvp, targetAngleDeg)
            .Filter(library.Resolve("aluminium"), alMm)
            .Filter(library.Resolve("copper"), cuMm)
            .Filter(library.Resolve("tin"), snMm);
        var q = BeamQuality.Of(spectrum);
        var binList = includeBins ? spectrum.NonZeroBins().Select(b => new Bin(b.EnergyKev, b.Fluence)).ToArray() : null;
        return new Result(kvp, targetAngleDeg, q.MeanEnergyKev, q.Hvl1MmAl, q.Hvl2MmAl, q.EffectiveEnergyKev, q.HomogeneityCoefficient,
            alMm, cuMm, snMm, spectrum.TotalFluence, spectrum.Description, binList);
    }

    private static string F(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
}
