using System.CommandLine;
using System.Text.Json.Nodes;
using QCFramework.Cli.Hosting;
using QCFramework.Statistics;
using static QCFramework.Cli.Commands.StatisticsOutput;

namespace QCFramework.Cli.Commands;

/// <summary>
/// <c>qcf agreement --csv FILE --a COL --b COL [--log] [--error-ratio L] [--json]</c>: method
/// comparison of column b against column a — Bland–Altman on b − a (bias, limits of agreement and
/// their exact intervals, proportional bias), Pearson's r, Lin's CCC, Deming and Passing–Bablok lines.
/// </summary>
public sealed class AgreementCommand : ICommandFactory
{
    /// <inheritdoc />
    public Command Create(CliContext context)
    {
        var csv = CsvOption();
        var a = ColumnOption("--a", "Column of the first (reference) method.");
        var b = ColumnOption("--b", "Column of the second method; differences are b − a.");
        var log = new Option<bool>("--log")
        {
            Description = "Bland–Altman on ln b − ln a for heteroscedastic data (bias and limits also given as ratios b/a); other statistics stay on the raw values.",
        };
        var ratio = new Option<double>("--error-ratio")
        {
            Description = "Deming error-variance ratio λ = var(error of a)/var(error of b).",
            DefaultValueFactory = _ => 1.0,
        };
        var json = JsonOption();
        var command = new Command("agreement", "Agreement of two methods on paired values (Bland–Altman, CCC, Deming, Passing–Bablok).")
        {
            csv, a, b, log, ratio, json,
        };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(csv)!, colA = parse.GetValue(a)!, colB = parse.GetValue(b)!;
            var data = ReadNumbers(path, colA, colB);
            double[] x = data.Numbers[0], y = data.Numbers[1];
            var scale = parse.GetValue(log) ? BlandAltmanScale.LogRatio : BlandAltmanScale.Difference;
            double lambda = parse.GetValue(ratio);
            var ba = From(path, () => BlandAltman.Compute(x, y, new BlandAltmanOptions(scale)));
            var ccc = From(path, () => LinsConcordance.Compute(x, y));
            var deming = From(path, () => DemingRegression.Fit(x, y, lambda));
            var pb = From(path, () => PassingBablokRegression.Fit(x, y));

            var result = new JsonObject
            {
                ["n"] = ba.N,
                ["excluded"] = data.Excluded,
                ["scale"] = scale == BlandAltmanScale.LogRatio ? "log" : "difference",
                ["meanDifference"] = Number(ba.MeanDifference),
                ["sdDifference"] = Number(ba.SdDifference),
                ["loaMultiplier"] = Number(ba.LimitMultiplier),
                ["loaLower"] = Number(ba.LoaLower),
                ["loaUpper"] = Number(ba.LoaUpper),
                ["biasCi95"] = Interval(ba.BiasCi),
                ["loaLowerCi95"] = Interval(ba.LoaLowerCi),
                ["loaUpperCi95"] = Interval(ba.LoaUpperCi),
                ["pearsonR"] = Number(ccc.PearsonR),
                ["ccc"] = Number(ccc.Ccc),
                ["cccCi95"] = Interval(ccc.Ci),
                ["deming"] = new JsonObject
                {
                    ["slope"] = Number(deming.Slope),
                    ["intercept"] = Number(deming.Intercept),
                    ["errorVarianceRatio"] = lambda,
                },
                ["passingBablok"] = new JsonObject
                {
                    ["slope"] = Number(pb.Slope),
                    ["intercept"] = Number(pb.Intercept),
                    ["slopeCi95"] = Interval(pb.SlopeCi),
                    ["interceptCi95"] = Interval(pb.InterceptCi),
                },
                ["proportionalBias"] = new JsonObject
                {
                    ["slope"] = Number(ba.ProportionalBias.Slope),
                    ["intercept"] = Number(ba.ProportionalBias.Intercept),
                    ["pValue"] = Number(ba.ProportionalBias.SlopePValue),
                },
            };
            if (scale == BlandAltmanScale.LogRatio)
            {
                result["ratio"] = new JsonObject
                {
                    ["geometricMean"] = Number(Math.Exp(ba.MeanDifference)),
                    ["loaLower"] = Number(Math.Exp(ba.LoaLower)),
                    ["loaUpper"] = Number(Math.Exp(ba.LoaUpper)),
                };
            }

            Write(context, result, parse.GetValue(json), data.Excluded);
            return ExitCodes.Success;
        });
        return command;
    }
}
