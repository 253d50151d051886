using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using QCFramework.Cli.Hosting;
using QCFramework.IO.Csv;
using QCFramework.Statistics;
using Spectre.Console;

namespace QCFramework.Cli.Commands;

/// <summary>
/// What the statistics verbs (agreement, icc, precision, classify, roc) share: their --csv and
/// --json options, reading the columns they use with listwise deletion, and writing a result as
/// JSON (undefined numbers as null) or as a two-column table.
/// </summary>
internal static class StatisticsOutput
{
    // Relaxed escaping keeps '<', '>' and '−' readable; the output is never embedded in HTML.
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The required --csv FILE option.</summary>
    public static Option<string> CsvOption() => new("--csv")
    {
        Description = "CSV file with a header row; empty, NA and NaN cells are missing (rows with one are left out and counted).",
        Required = true,
    };

    /// <summary>The --json flag.</summary>
    public static Option<bool> JsonOption() => new("--json") { Description = "Write JSON instead of a table." };

    /// <summary>A required option naming one CSV column.</summary>
    public static Option<string> ColumnOption(string name, string description) => new(name)
    {
        Description = description,
        Required = true,
    };

    /// <summary>Reads the numeric <paramref name="columns"/> of <paramref name="path"/>, keeping complete rows.</summary>
    public static CsvCompleteCases ReadNumbers(string path, params string[] columns) =>
        CsvColumns.Read(path, columns).CompleteCases(columns);

    /// <summary>Runs a statistic on data from <paramref name="path"/>, naming the file in its input errors.</summary>
    public static T From<T>(string path, Func<T> statistic)
    {
        try
        {
            return statistic();
        }
        catch (InputException ex)
        {
            throw new InputException($"{path}: {ex.Message}", ex);
        }
    }

    /// <summary>A JSON number, or null when <paramref name="value"/> is NaN or infinite.</summary>
    public static JsonNode? Number(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;

    /// <summary>A confidence interval as [lower, upper].</summary>
    public static JsonArray Interval(ConfidenceInterval ci) => new(Number(ci.Lower), Number(ci.Upper));

    /// <summary>Writes <paramref name="result"/> as indented JSON or as a table; notes left-out rows on stderr.</summary>
    public static void Write(CliContext context, JsonObject result, bool json, int excluded)
    {
        if (excluded > 0)
        {
            context.Error.WriteLine($"qcf: left out {excluded} row(s) with a missing value.");
        }

        if (json)
        {
            context.Output.WriteLine(result.ToJsonString(Indented));
            return;
        }

        var table = new Table().AddColumn("quantity").AddColumn(new TableColumn("value").RightAligned());
        foreach (var (name, text) in Flatten("", result))
        {
            table.AddRow(Markup.Escape(name), Markup.Escape(text));
        }

        context.Console.Write(table);
    }

    private static IEnumerable<(string Name, string Text)> Flatten(string prefix, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    foreach (var row in Flatten(prefix.Length == 0 ? key : $"{prefix}.{key}", child))
                    {
                        yield return row;
                    }
                }

                break;
            default:
                yield return (prefix, Format(node));
                break;
        }
    }

    private static string Format(JsonNode? node) => node switch
    {
        null => "n/a",
        JsonArray array => "[" + string.Join(", ", array.Select(Format)) + "]",
        JsonValue value when value.TryGetValue(out double d) => d.ToString("G6", CultureInfo.InvariantCulture),
        JsonValue value when value.TryGetValue(out string? s) => s,
        _ => node.ToJsonString(),
    };
}
