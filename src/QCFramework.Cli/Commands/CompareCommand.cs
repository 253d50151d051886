using System.CommandLine;
using System.Globalization;
using QCFramework.Campaigns.Running;
using QCFramework.Cli.Hosting;
using QCFramework.Cli.Output;
using QCFramework.IO.Results;
using QCFramework.IO.Yaml;
using Spectre.Console;

namespace QCFramework.Cli.Commands;

/// <summary><c>qcf compare</c>: the regression gate for algorithm developers.</summary>
public sealed class CompareCommand : ICommandFactory
{
    /// <summary>The JSON shape.</summary>
    public sealed record Result(bool Regressed, IReadOnlyList<Regression> Regressions, IReadOnlyList<AlgorithmAccuracy> Baseline, IReadOnlyList<AlgorithmAccuracy> Current);

    /// <inheritdoc />
    public Command Create(CliContext context)
    {
        var baseline = new Option<string>("--baseline") { Description = "Baseline results.csv.", Required = true };
        var current = new Option<string>("--current") { Description = "Current results.csv.", Required = true };
        var mg = new Option<double>("--tolerance-mg") { Description = "Allowed rise of RMSE, mg HA/cm³ (default 0.5).", DefaultValueFactory = _ => 0.5 };
        var pct = new Option<double>("--tolerance-pct") { Description = "Allowed rise of mean |RE|, percentage points (default 0.5).", DefaultValueFactory = _ => 0.5 };
        var perAlgorithm = new Option<string?>("--tolerances") { Description = "YAML of per-algorithm tolerances: {algorithm: {mg: X, pct: Y}}." };
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var command = new Command("compare", "Compare current results with a baseline; exit 1 when an algorithm got worse beyond tolerance.")
        {
            baseline, current, mg, pct, perAlgorithm, json,
        };
        command.SetAction(parse =>
        {
            var defaults = new Tolerance(parse.GetValue(mg), parse.GetValue(pct));
            var tolerances = parse.GetValue(perAlgorithm) is { } file ? ReadTolerances(file) : null;
            var result = ResultComparison.Compare(ResultsCsv.Read(parse.GetValue(baseline)!), ResultsCsv.Read(parse.GetValue(current)!), defaults, tolerances);
            if (parse.GetValue(json))
            {
                Json.Write(context.Output, new Result(result.Regressions.Count > 0, result.Regressions, result.Baseline, result.Current));
            }
            else
            {
                var table = new Table().AddColumns("algorithm", "values", "RMSE mg/cm³ (baseline → current)", "mean |RE| % (baseline → current)");
                var before = result.Baseline.ToDictionary(a => a.Algorithm);
                foreach (var a in result.Current)
                {
                    var b = before.GetValueOrDefault(a.Algorithm);
                    table.AddRow(Markup.Escape(a.Algorithm), $"{b?.Values.ToString(CultureInfo.InvariantCulture) ?? "–"} → {a.Values}",
                        $"{F(b?.RmseMgPerCm3)} → {F(a.RmseMgPerCm3)}", $"{F(b?.MeanAbsoluteRelativeErrorPct)} → {F(a.MeanAbsoluteRelativeErrorPct)}");
                }

                context.Console.Write(table);
            }

            foreach (var r in result.Regressions)
            {
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"regression: {r.Algorithm}: {r.Metric} {F(r.Baseline)} → {F(r.Current)} (tolerance {F(r.Tolerance)})"));
            }

            if (result.Regressions.Count > 0)
            {
                throw new CheckFailedException($"{result.Regressions.Count} regression(s) in {result.Regressions.Select(r => r.Algorithm).Distinct().Count()} algorithm(s)");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static IReadOnlyDictionary<string, Tolerance> ReadTolerances(string path)
    {
        var doc = YamlFile.Load(path);
        var scope = new ParameterScope();
        var result = new Dictionary<string, Tolerance>(StringComparer.Ordinal);
        foreach (var (key, value) in doc.Root.Children)
        {
            string name = doc.Scalar(key, "");
            var m = doc.Mapping(value, name);
            doc.CheckKeys(m, name, ["mg", "pct"]);
            double Get(string k) => YamlFile.Child(m, k) is { } n ? scope.Number(doc, n, $"{name}.{k}") : throw doc.Error(m, $"{name}.{k}", "missing: a tolerance");
            result[name] = new Tolerance(Get("mg"), Get("pct"));
        }

        return result;
    }

    private static string F(double? v) => v is { } x && !double.IsNaN(x) ? x.ToString("0.###", CultureInfo.InvariantCulture) : "–";
}
