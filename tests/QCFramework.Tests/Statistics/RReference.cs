using System.Globalization;
using QCFramework.Tests.Tools;

namespace QCFramework.Tests.Statistics;

/// <summary>
/// Runs R (Rscript with psych, pROC and epiR) to compute reference values. A script prints one line
/// per value, "id&lt;TAB&gt;key&lt;TAB&gt;value", value printed with 17 significant digits or NA.
/// </summary>
internal static class RReference
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    private static readonly Lazy<(string? Rscript, string? Problem)> Setup = new(() =>
    {
        string? rscript = ExternalTool.FindOnPath("Rscript");
        if (rscript is null)
        {
            return (null, "Rscript not found on PATH: install r-base-core, r-cran-psych, r-cran-proc, r-cran-epir.");
        }

        var check = ExternalTool.Run(rscript, ["-e", "suppressMessages({library(psych); library(pROC); library(epiR)})"], Timeout);
        return check.ExitCode == 0
            ? (rscript, null)
            : (rscript, $"R packages psych, pROC or epiR are missing (install r-cran-psych r-cran-proc r-cran-epir): {check.Stderr.Trim()}");
    });

    /// <summary>Common R helpers for the scripts: the output function.</summary>
    public const string Prelude = """
        options(warn = -1)
        out <- function(id, key, value) {
          v <- if (is.null(value) || length(value) == 0 || is.na(value)) "NA" else sprintf("%.17g", value)
          cat(id, "\t", key, "\t", v, "\n", sep = "")
        }
        """;

    /// <summary>Runs <paramref name="script"/> with <paramref name="arguments"/>; values by data-set id, then key.</summary>
    public static IReadOnlyDictionary<string, Dictionary<string, double?>> Run(string script, IEnumerable<string> arguments)
    {
        var (rscript, problem) = Setup.Value;
        if (problem is not null)
        {
            ExternalTool.IgnoreOrFail(problem);
        }

        string file = Path.Combine(Path.GetTempPath(), $"qcf-r-{Guid.NewGuid():N}.R");
        File.WriteAllText(file, Prelude + "\n" + script);
        try
        {
            var run = ExternalTool.Run(rscript!, [file, .. arguments], Timeout);
            if (run.ExitCode != 0)
            {
                throw new InvalidOperationException($"Rscript failed ({run.ExitCode}): {run.Stderr}");
            }

            var values = new Dictionary<string, Dictionary<string, double?>>(StringComparer.Ordinal);
            foreach (string line in run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = line.Split('\t');
                if (parts.Length != 3)
                {
                    throw new InvalidOperationException($"Unexpected R output line: {line}");
                }

                if (!values.TryGetValue(parts[0], out var set))
                {
                    set = new Dictionary<string, double?>(StringComparer.Ordinal);
                    values.Add(parts[0], set);
                }

                set[parts[1]] = parts[2] == "NA" ? null : double.Parse(parts[2], CultureInfo.InvariantCulture);
            }

            return values;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
