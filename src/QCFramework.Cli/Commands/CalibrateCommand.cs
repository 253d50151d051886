using System.CommandLine;
using System.Globalization;
using QCFramework.Calibration;
using QCFramework.Cli.Hosting;
using QCFramework.Cli.Output;
using QCFramework.Measurement;

namespace QCFramework.Cli.Commands;

/// <summary>
/// <c>qcf calibrate DIR --out CALIBRATION.json</c>: asynchronous calibration from a phantom-only scan.
/// The rods are found and fitted (qct-regression; Mindways rods water-corrected), and the fit is stored
/// for the scanner and protocol the files state, with the air reading later scans are checked against.
/// The certificate comes from DIR/scan.json, as for <c>qcf measure</c>.
/// </summary>
public sealed class CalibrateCommand : ICommandFactory
{
    /// <inheritdoc />
    public Command Create(CliContext context)
    {
        var directory = new Argument<string>("DIR") { Description = "Folder of a phantom-only CT series (DICOM) with scan.json." };
        var output = new Option<string>("--out") { Description = "The calibration file to write (JSON).", Required = true };
        var command = new Command("calibrate", "Asynchronous calibration: fit the rods of a phantom-only scan and store it for the scanner and protocol.")
        {
            directory, output,
        };
        command.SetAction(parse =>
        {
            string dir = parse.GetValue(directory)!;
            var knowledge = MeasureCommand.ReadScanKnowledge(dir);
            if (knowledge.Certificate is not { } certificate)
            {
                throw new InputException($"{dir}/scan.json: no calibrationCertificate (the rods' densities are needed to calibrate)");
            }

            var volumes = MeasureCommand.LoadSeries(dir, knowledge);
            var measurement = SeriesMeasurer.Measure(volumes, new MeasurementOptions(ExpectedRodCount: certificate.Rods.Count));
            var stored = StoredCalibration.Create(measurement, certificate);
            string file = parse.GetValue(output)!;
            string? folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }

            using (var writer = new StreamWriter(file))
            {
                Json.Write(writer, stored);
            }

            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{file}: {stored.Manufacturer} {stored.Model}, {stored.Kvp:0} kVp, {stored.Kernel}: mg HA/cm³ = {stored.SlopeMgPerCm3PerHu:0.0000}·HU + {stored.InterceptMgPerCm3:0.00} (R² {stored.RSquared:0.0000}, {stored.EffectiveEnergyKev:0.0} keV, air {stored.AirHu:0.0} HU)"));
            return ExitCodes.Success;
        });
        return command;
    }
}
