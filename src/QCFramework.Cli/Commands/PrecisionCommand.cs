using System.CommandLine;
using System.Text.Json.Nodes;
using QCFramework.Cli.Hosting;
using QCFramework.IO.Csv;
using QCFramework.Statistics;
using static QCFramework.Cli.Commands.StatisticsOutput;

namespace QCFramework.Cli.Commands;

/// <summary>
/// <c>qcf precision --csv FILE --subject COL --value COL [--json]</c>: ISCD short-term precision
/// (RMS-SD, RMS-CV, least significant change) from long-format repeats, one row per measurement.
/// </summary>
public sealed class PrecisionCommand : ICommandFactory
{
    /// <inheritdoc />
    public Command Create(CliContext context)
    {
        var csv = CsvOption();
        var subject = ColumnOption("--subject", "Column naming the subject (or phantom) each measurement belongs to.");
        var value = ColumnOption("--value", "Column of the measured values.");
        var json = JsonOption();
        var command = new Command("precision", "ISCD precision: RMS-SD, RMS-CV and least significant change over repeated measurements.")
        {
            csv, subject, value, json,
        };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(csv)!, subjectColumn = parse.GetValue(subject)!, valueColumn = parse.GetValue(value)!;
            var data = CsvColumns.Read(path, [subjectColumn, valueColumn])
                .CompleteCases([valueColumn], [subjectColumn]);
            var precision = From(path, () => IscdPrecision.Compute(data.Texts[0], data.Numbers[0]));
            var result = new JsonObject
            {
                ["subjects"] = precision.Subjects,
                ["measurements"] = precision.Measurements,
                ["excluded"] = data.Excluded,
                ["rmsSd"] = Number(precision.RmsSd),
                ["rmsCvPct"] = Number(precision.RmsCvPct),
                ["lsc95"] = Number(precision.Lsc95),
                ["lsc95Pct"] = Number(precision.Lsc95Pct),
                ["degreesOfFreedom"] = precision.DegreesOfFreedom,
            };
            Write(context, result, parse.GetValue(json), data.Excluded);
            return ExitCodes.Success;
        });
        return command;
    }
}
