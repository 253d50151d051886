using System.CommandLine;
using System.Globalization;
using QCFramework.Cli.Hosting;
using QCFramework.IO.Phantoms;
using QCFramework.Phantoms.Cohorts;
using Spectre.Console;

namespace QCFramework.Cli.Commands;

/// <summary><c>qcf cohort</c>: sample a virtual cohort of patient phantoms.</summary>
public sealed class CohortCommand : ICommandFactory
{
    /// <inheritdoc />
    public Command Create(CliContext context)
    {
        var n = new Option<int>("--n") { Description = "Number of subjects.", Required = true };
        var seed = new Option<ulong>("--seed") { Description = "Seed (the same seed gives the same cohort).", Required = true };
        var model = new Option<string>("--model") { Description = "Cohort model file (default: phantoms/cohorts/default.yaml).", DefaultValueFactory = _ => "cohorts/default.yaml" };
        var output = new Option<string>("--out") { Description = "Folder for cohort.csv and one phantom file per subject.", Required = true };
        var command = new Command("cohort", "Sample a virtual cohort: age, sex, BMD, marrow fat, VAT, SAT, muscle and body size per subject.") { n, seed, model, output };
        command.SetAction(parse =>
        {
            string modelPath = PhantomCatalog.Resolve(parse.GetValue(model)!);
            var cohort = CohortFile.Load(modelPath);
            var subjects = CohortSampler.Sample(cohort, parse.GetValue(n), parse.GetValue(seed));
            string dir = parse.GetValue(output)!;
            CohortFile.Write(cohort, subjects, dir, parse.GetValue(seed));
            int osteoporotic = subjects.Count(s => s.BmdMgHaPerCm3 < 80);
            int osteopenic = subjects.Count(s => s.BmdMgHaPerCm3 is >= 80 and <= 120);
            var table = new Table().AddColumns("subjects", "women", "age y (mean)", "BMD mg/cm³ (mean)", "< 80", "80–120", "> 120");
            table.AddRow(subjects.Count.ToString(CultureInfo.InvariantCulture), subjects.Count(s => s.Sex == Sex.Female).ToString(CultureInfo.InvariantCulture),
                subjects.Average(s => s.AgeYears).ToString("0.0", CultureInfo.InvariantCulture), subjects.Average(s => s.BmdMgHaPerCm3).ToString("0.0", CultureInfo.InvariantCulture),
                osteoporotic.ToString(CultureInfo.InvariantCulture), osteopenic.ToString(CultureInfo.InvariantCulture),
                (subjects.Count - osteoporotic - osteopenic).ToString(CultureInfo.InvariantCulture));
            context.Console.Write(table);
            context.Output.WriteLine($"wrote {Path.Combine(dir, "cohort.csv")} and {subjects.Count} phantom files");
            return ExitCodes.Success;
        });
        return command;
    }
}
