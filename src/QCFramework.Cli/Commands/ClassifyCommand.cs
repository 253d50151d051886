using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using QCFramework.Cli.Hosting;
using QCFramework.Statistics;
using static QCFramework.Cli.Commands.StatisticsOutput;

namespace QCFramework.Cli.Commands;

/// <summary>
/// <c>qcf classify --csv FILE --reference COL --test COL [--thresholds 80,120] [--json]</c>:
/// agreement of two methods after splitting both into classes (by default the QCT categories
/// &lt;80 osteoporosis, 80–120 osteopenia, &gt;120 normal, mg HA/cm³; see <see cref="ClassThresholds"/>
/// for values exactly at a cut-off): confusion table (rows reference, columns test, lowest class
/// first), Cohen's kappa, linearly weighted kappa, and sensitivity and specificity of the test for
/// the lowest class against the rest.
/// </summary>
public sealed class ClassifyCommand : ICommandFactory
{
    /// <inheritdoc />
    public Command Create(CliContext context)
    {
        var csv = CsvOption();
        var reference = ColumnOption("--reference", "Column of the reference method's values.");
        var test = ColumnOption("--test", "Column of the tested method's values.");
        var thresholds = new Option<string>("--thresholds")
        {
            Description = "Increasing cut-offs, comma-separated; a value at the lowest cut-off goes up, at a higher one down.",
            DefaultValueFactory = _ => "80,120",
        };
        var json = JsonOption();
        var command = new Command("classify", "Category agreement (kappa, weighted kappa, sensitivity, specificity) of two methods.")
        {
            csv, reference, test, thresholds, json,
        };
        command.SetAction(parse =>
        {
            var cuts = ParseThresholds(parse.GetValue(thresholds)!);
            string path = parse.GetValue(csv)!;
            var data = ReadNumbers(path, parse.GetValue(reference)!, parse.GetValue(test)!);
            var agreement = From(path, () => ClassAgreement.Compute(data.Numbers[0], data.Numbers[1], cuts));
            var confusion = new JsonArray();
            foreach (var row in agreement.Confusion)
            {
                confusion.Add(new JsonArray(row.Select(count => (JsonNode?)count).ToArray()));
            }

            var classes = new JsonArray();
            for (int i = 0; i < cuts.ClassCount; i++)
            {
                classes.Add(cuts.Label(i));
            }

            var kappa = agreement.Kappa;
            var lowest = agreement.LowestClass;
            var result = new JsonObject
            {
                ["n"] = agreement.N,
                ["excluded"] = data.Excluded,
                ["thresholds"] = new JsonArray(cuts.Values.Select(t => (JsonNode?)t).ToArray()),
                ["classes"] = classes,
                ["kappa"] = Number(kappa.Kappa),
                ["kappaCi95"] = Interval(kappa.KappaCi),
                ["weightedKappa"] = Number(kappa.WeightedKappa),
                ["weightedKappaCi95"] = Interval(kappa.WeightedKappaCi),
                ["confusion"] = confusion,
                ["sensitivity"] = Number(lowest.Sensitivity),
                ["sensitivityCi95"] = Interval(lowest.SensitivityCi),
                ["specificity"] = Number(lowest.Specificity),
                ["specificityCi95"] = Interval(lowest.SpecificityCi),
            };
            Write(context, result, parse.GetValue(json), data.Excluded);
            return ExitCodes.Success;
        });
        return command;
    }

    private static ClassThresholds ParseThresholds(string text)
    {
        var values = new List<double>();
        foreach (string part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
            {
                throw new InputException($"--thresholds: '{part}' is not a number; expected increasing cut-offs such as 80,120.");
            }

            values.Add(value);
        }

        return new ClassThresholds(values);
    }
}
