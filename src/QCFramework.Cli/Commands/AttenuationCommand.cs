using System.CommandLine;
using System.Globalization;
using QCFramework.Cli.Hosting;
using QCFramework.Cli.Output;
using QCFramework.Physics;
using Spectre.Console;

namespace QCFramework.Cli.Commands;

/// <summary><c>qcf attenuation</c>: μ/ρ and μ of a material at one energy.</summary>
public sealed class AttenuationCommand : ICommandFactory
{
    /// <summary>The JSON shape (docs/CONTRACTS.md).</summary>
    public sealed record Result(
        string Material,
        double DensityGPerCm3,
        double EnergyKev,
        double MassAttenuationCm2PerG,
        double LinearAttenuationPerCm,
        double PhotoCm2PerG,
        double IncoherentCm2PerG,
        double CoherentCm2PerG,
        double MonoenergeticHu);

    /// <inheritdoc />
    public Command Create(CliContext context)
    {
        var material = new Option<string>("--material") { Description = "A material or standard, e.g. water, hydroxyapatite, ha-in-water:200, iodine-in-water:10, marrow:0.6 (see `qcf materials`).", Required = true };
        var energy = new Option<double>("--energy-kev") { Description = "Photon energy, keV (1–150).", Required = true };
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var command = new Command("attenuation", "Mass and linear attenuation coefficients of a material at one photon energy.") { material, energy, json };
        command.SetAction(parse =>
        {
            var result = Compute(parse.GetValue(material)!, parse.GetValue(energy));
            if (parse.GetValue(json))
            {
                Json.Write(context.Output, result);
            }
            else
            {
                var table = new Table().AddColumns("quantity", "value", "unit");
                table.AddRow("material", Markup.Escape(result.Material), "");
                table.AddRow("density", F(result.DensityGPerCm3), "g/cm³");
                table.AddRow("energy", F(result.EnergyKev), "keV");
                table.AddRow("μ/ρ (total)", F(result.MassAttenuationCm2PerG), "cm²/g");
                table.AddRow("  photoelectric", F(result.PhotoCm2PerG), "cm²/g");
                table.AddRow("  incoherent (Compton)", F(result.IncoherentCm2PerG), "cm²/g");
                table.AddRow("  coherent (Rayleigh)", F(result.CoherentCm2PerG), "cm²/g");
                table.AddRow("μ", F(result.LinearAttenuationPerCm), "1/cm");
                table.AddRow("monoenergetic CT number", result.MonoenergeticHu.ToString("0.0", CultureInfo.InvariantCulture), "HU");
                context.Console.Write(table);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Computes the result for a material specification at an energy.</summary>
    public static Result Compute(string spec, double energyKev)
    {
        if (energyKev <= 0 || double.IsNaN(energyKev))
        {
            throw new InputException($"--energy-kev: {energyKev.ToString(CultureInfo.InvariantCulture)} keV is not a positive energy");
        }

        AttenuationData.Default.CheckEnergy(energyKev);
        var m = MaterialLibrary.Default.Resolve(spec);
        var cs = m.MassAttenuation(energyKev);
        return new Result(m.Name, m.DensityGPerCm3, energyKev, cs.TotalCm2PerG, cs.TotalCm2PerG * m.DensityGPerCm3,
            cs.PhotoCm2PerG, cs.IncoherentCm2PerG, cs.CoherentCm2PerG, HounsfieldScale.Monoenergetic(m, energyKev));
    }

    private static string F(double v) => v.ToString("G6", CultureInfo.InvariantCulture);
}
