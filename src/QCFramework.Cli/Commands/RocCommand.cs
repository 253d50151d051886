using System.CommandLine;
using System.Text.Json.Nodes;
using QCFramework.Cli.Hosting;
using QCFramework.IO.Csv;
using QCFramework.Statistics;
using static QCFramework.Cli.Commands.StatisticsOutput;

namespace QCFramework.Cli.Commands;

/// <summary>
/// <c>qcf roc --csv FILE --score COL --label COL [--positive VALUE] [--direction higher|lower] [--json]</c>:
/// the empirical ROC AUC with DeLong's 95% interval. The label column holds two values; the one
/// equal to --positive (default 1) marks the cases.
/// </summary>
public sealed class RocCommand : ICommandFactory
{
    /// <inheritdoc />
    public Command Create(CliContext context)
    {
        var csv = CsvOption();
        var score = ColumnOption("--score", "Column of the numeric scores.");
        var label = ColumnOption("--label", "Column of the true class: two distinct values.");
        var positive = new Option<string>("--positive")
        {
            Description = "The label value of the positive class (cases).",
            DefaultValueFactory = _ => "1",
        };
        var direction = new Option<string>("--direction")
        {
            Description = "Which scores indicate a positive: 'higher' or 'lower' (e.g. vBMD for osteoporosis).",
            DefaultValueFactory = _ => "higher",
        };
        direction.AcceptOnlyFromAmong("higher", "lower");
        var json = JsonOption();
        var command = new Command("roc", "Area under the ROC curve with DeLong's confidence interval.")
        {
            csv, score, label, positive, direction, json,
        };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(csv)!, scoreColumn = parse.GetValue(score)!, labelColumn = parse.GetValue(label)!;
            string positiveValue = parse.GetValue(positive)!.Trim();
            var table = CsvColumns.Read(path, [scoreColumn, labelColumn]);
            RequireTwoLabels(table, labelColumn, positiveValue);
            var data = table.CompleteCases([scoreColumn], [labelColumn]);
            var isPositive = data.Texts[0].Select(text => text == positiveValue).ToArray();
            var dir = parse.GetValue(direction) == "lower" ? RocDirection.LowerIsPositive : RocDirection.HigherIsPositive;
            var roc = From(path, () => RocAuc.Compute(data.Numbers[0], isPositive, dir));
            var result = new JsonObject
            {
                ["auc"] = Number(roc.Auc),
                ["aucCi95"] = Interval(roc.Ci),
                ["aucSe"] = Number(roc.StandardError),
                ["positives"] = roc.Positives,
                ["negatives"] = roc.Negatives,
                ["excluded"] = data.Excluded,
                ["direction"] = dir == RocDirection.LowerIsPositive ? "lower" : "higher",
            };
            Write(context, result, parse.GetValue(json), data.Excluded);
            return ExitCodes.Success;
        });
        return command;
    }

    // A binary label: at most one value besides the positive one, and the positive one present.
    private static void RequireTwoLabels(CsvColumns table, string column, string positiveValue)
    {
        var labels = table.Text(column);
        string? negative = null;
        bool sawPositive = false;
        for (int row = 0; row < labels.Length; row++)
        {
            string? text = labels[row];
            if (text is null)
            {
                continue;
            }

            if (text == positiveValue)
            {
                sawPositive = true;
            }
            else if (negative is null)
            {
                negative = text;
            }
            else if (text != negative)
            {
                throw new InputException($"{table.Path}:{table.LineOf(row)}: column '{column}': '{text}' is a third label besides '{positiveValue}' and '{negative}'; the label must be binary.");
            }
        }

        if (!sawPositive)
        {
            throw new InputException($"{table.Path}: column '{column}' has no row with the positive label '{positiveValue}' (set it with --positive).");
        }
    }
}
