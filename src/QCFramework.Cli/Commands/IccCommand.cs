using System.CommandLine;
using System.Text.Json.Nodes;
using QCFramework.Cli.Hosting;
using QCFramework.Statistics;
using static QCFramework.Cli.Commands.StatisticsOutput;

namespace QCFramework.Cli.Commands;

/// <summary>
/// <c>qcf icc --csv FILE --columns C1,C2,... [--json]</c>: the six Shrout–Fleiss intraclass
/// correlations with 95% intervals; rows are subjects, the named columns the raters.
/// </summary>
public sealed class IccCommand : ICommandFactory
{
    /// <inheritdoc />
    public Command Create(CliContext context)
    {
        var csv = CsvOption();
        var columns = new Option<string>("--columns")
        {
            Description = "Comma-separated rater columns (at least two); each row is one subject.",
            Required = true,
        };
        var json = JsonOption();
        var command = new Command("icc", "Intraclass correlation coefficients (Shrout & Fleiss 1979).") { csv, columns, json };
        command.SetAction(parse =>
        {
            var names = parse.GetValue(columns)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (names.Length < 2)
            {
                throw new InputException($"--columns: name at least two rater columns, comma-separated; got '{parse.GetValue(columns)}'.");
            }

            string path = parse.GetValue(csv)!;
            var data = ReadNumbers(path, names);
            int n = data.Numbers[0].Length;
            var rows = new double[n][];
            for (int i = 0; i < n; i++)
            {
                rows[i] = new double[names.Length];
                for (int j = 0; j < names.Length; j++)
                {
                    rows[i][j] = data.Numbers[j][i];
                }
            }

            var icc = From(path, () => IntraclassCorrelation.Compute(rows));
            var result = new JsonObject
            {
                ["n"] = icc.N,
                ["k"] = icc.K,
                ["excluded"] = data.Excluded,
                ["icc1"] = Number(icc.Icc1.Value),
                ["icc2"] = Number(icc.Icc2.Value),
                ["icc3"] = Number(icc.Icc3.Value),
                ["icc1k"] = Number(icc.Icc1k.Value),
                ["icc2k"] = Number(icc.Icc2k.Value),
                ["icc3k"] = Number(icc.Icc3k.Value),
                ["icc1Ci95"] = Interval(icc.Icc1.Ci),
                ["icc2Ci95"] = Interval(icc.Icc2.Ci),
                ["icc3Ci95"] = Interval(icc.Icc3.Ci),
                ["icc1kCi95"] = Interval(icc.Icc1k.Ci),
                ["icc2kCi95"] = Interval(icc.Icc2k.Ci),
                ["icc3kCi95"] = Interval(icc.Icc3k.Ci),
            };
            Write(context, result, parse.GetValue(json), data.Excluded);
            return ExitCodes.Success;
        });
        return command;
    }
}
