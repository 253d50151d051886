using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using QCFramework.Cli.Hosting;
using QCFramework.Dicom.Data;
using QCFramework.Dicom.Info;
using Spectre.Console;

namespace QCFramework.Cli.Commands;

/// <summary>
/// <c>qcf dicom info PATH [--json]</c>: summarises a DICOM file (with a dcmdump-like listing of its
/// elements) or the CT series of a folder, as docs/CONTRACTS.md specifies. Unreadable, broken or
/// compressed input ends in a DicomException, which QcfApp turns into one line and exit code 2.
/// </summary>
public sealed class DicomCommand : ICommandFactory
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
    };

    /// <inheritdoc />
    public Command Create(CliContext context)
    {
        var path = new Argument<string>("PATH") { Description = "A DICOM file, or a folder holding a CT series." };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of tables." };
        var info = new Command("info", "Summarise a DICOM file (pixel statistics after the modality rescale) or the CT series in a folder.")
        {
            path,
            json,
        };
        info.SetAction(parse => Info(context, parse.GetValue(path)!, parse.GetValue(json)));
        var dicom = new Command("dicom", "Inspect DICOM files.");
        dicom.Subcommands.Add(info);
        return dicom;
    }

    private static int Info(CliContext context, string path, bool json)
    {
        if (Directory.Exists(path))
        {
            var series = DicomInspector.SummarizeFolder(path);
            if (json)
            {
                context.Output.WriteLine(JsonSerializer.Serialize(new { series }, Json));
            }
            else
            {
                WriteSeriesTable(context, series);
            }

            return ExitCodes.Success;
        }

        if (!File.Exists(path))
        {
            throw new InputException($"{path}: no such file or folder");
        }

        var file = DicomFile.Read(path);
        var summary = DicomInspector.Summarize(file, path);
        if (json)
        {
            context.Output.WriteLine(JsonSerializer.Serialize(summary, Json));
            return ExitCodes.Success;
        }

        var table = new Table().AddColumn("Field").AddColumn("Value");
        table.AddRow("Transfer syntax", Markup.Escape(file.TransferSyntax.ToString()));
        table.AddRow("SOP class", Markup.Escape(summary.SopClassUid ?? "-"));
        table.AddRow("Modality", Markup.Escape(summary.Modality ?? "-"));
        table.AddRow("Rows x columns", $"{Show(summary.Rows)} x {Show(summary.Columns)}");
        table.AddRow("Frames", Show(summary.Frames));
        table.AddRow("Bits allocated", Show(summary.BitsAllocated));
        table.AddRow("Pixel representation", Show(summary.PixelRepresentation));
        table.AddRow("Rescale slope / intercept", $"{Show(summary.RescaleSlope)} / {Show(summary.RescaleIntercept)}");
        table.AddRow("Pixel min / max / mean", summary.PixelMean is null
            ? "no pixel data"
            : $"{Show(summary.PixelMin)} / {Show(summary.PixelMax)} / {Show(summary.PixelMean)}");
        context.Console.Write(table);
        foreach (var line in DicomDump.Lines(file))
        {
            context.Output.WriteLine(line);
        }

        return ExitCodes.Success;
    }

    private static void WriteSeriesTable(CliContext context, IReadOnlyList<DicomSeriesSummary> series)
    {
        var table = new Table()
            .AddColumn("Series Instance UID").AddColumn("Slices").AddColumn("Rows x columns")
            .AddColumn("Pixel spacing (mm)").AddColumn("Slice spacing (mm)").AddColumn("kVp").AddColumn("Kernel");
        foreach (var s in series)
        {
            table.AddRow(
                Markup.Escape(s.SeriesInstanceUid),
                Show(s.Slices),
                $"{s.Rows} x {s.Columns}",
                $"{Show(s.PixelSpacingMm[0])} x {Show(s.PixelSpacingMm[1])}",
                Show(s.SliceSpacingMm),
                Show(s.Kvp),
                Markup.Escape(s.Kernel ?? "-"));
        }

        context.Console.Write(table);
    }

    private static string Show(double? value) => value?.ToString("0.######", CultureInfo.InvariantCulture) ?? "-";

    private static string Show(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";
}
