using NUnit.Framework;

namespace QCFramework.Tests.Statistics;

/// <summary>
/// <c>qcf precision</c> against the ISCD formulas evaluated in R from first principles: per subject
/// sd() (n − 1) and mean() via tapply; rmsSd = sqrt(mean(sd²)), rmsCvPct = 100·sqrt(mean((sd/mean)²)),
/// lsc95 = 2.77·rmsSd, lsc95Pct = 2.77·rmsCvPct, degreesOfFreedom = Σ(nⱼ − 1) (Glüer et al. 1995;
/// ISCD Official Positions); rows with an empty or NA subject or value are excluded.
/// </summary>
public class PrecisionVersusRTests
{
    private const string Script = """
        args <- commandArgs(TRUE)
        for (i in seq(1, length(args), by = 2)) {
          id <- args[i]; d <- read.csv(args[i + 1], colClasses = c("character", "numeric"))
          ok <- !is.na(d$value) & !is.na(d$subject) & trimws(d$subject) != "" & d$subject != "NaN"
          s <- trimws(d$subject[ok]); v <- d$value[ok]
          sds <- tapply(v, s, sd); ms <- tapply(v, s, mean); nj <- tapply(v, s, length)
          rms <- sqrt(mean(sds^2)); cv <- 100 * sqrt(mean((sds / ms)^2))
          out(id, "subjects", length(nj)); out(id, "measurements", sum(nj)); out(id, "excluded", sum(!ok))
          out(id, "rmsSd", rms); out(id, "rmsCvPct", cv); out(id, "lsc95", 2.77 * rms); out(id, "lsc95Pct", 2.77 * cv)
          out(id, "degreesOfFreedom", sum(nj - 1))
        }
        """;

    [Test]
    public void Every_field_of_qcf_precision_matches_R_to_1e_6_relative()
    {
        using var runs = new CliVersusR();
        var g = new TestData(1995);
        foreach (var (id, rows) in new[]
                 {
                     ("15-subjects-x-3", Repeats(g, 15, _ => 3)),
                     ("30-subjects-x-2", Repeats(g, 30, _ => 2)),
                     ("unequal-repeats", Repeats(g, 12, j => 2 + j % 5)),
                     ("one-subject-x-5", Repeats(g, 1, _ => 5)),
                     ("with-missing", WithMissing(Repeats(g, 10, _ => 4))),
                 })
        {
            string path = TestData.WriteCsv(runs.Folder, id, ["subject", "value"], rows);
            runs.Add(id, ["precision", "--csv", path, "--subject", "subject", "--value", "value"], path);
        }

        runs.AssertMatchesR(Script);
    }

    // Subjects with vBMD-like levels (60–200 mg/cm³) and a precision error of about 2%.
    private static List<IReadOnlyList<object?>> Repeats(TestData g, int subjects, Func<int, int> repeats)
    {
        var rows = new List<IReadOnlyList<object?>>();
        for (int j = 0; j < subjects; j++)
        {
            double level = g.Uniform(60, 200);
            for (int r = 0; r < repeats(j); r++)
            {
                rows.Add([$"S{j + 1:00}", level * (1 + 0.02 * g.Normal())]);
            }
        }

        // Interleave subjects so grouping, not row order, defines them.
        return rows.OrderBy(row => row[1]).ToList();
    }

    private static List<IReadOnlyList<object?>> WithMissing(List<IReadOnlyList<object?>> rows)
    {
        rows[2] = [rows[2][0], double.NaN];
        rows[7] = [null, rows[7][1]];
        rows[11] = ["NA", rows[11][1]];
        return rows;
    }
}
