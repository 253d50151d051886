using NUnit.Framework;

namespace QCFramework.Tests.Statistics;

/// <summary>
/// <c>qcf icc</c> against R's psych::ICC(x, lmer = FALSE) (the classical two-way ANOVA of Shrout &amp; Fleiss;
/// lmer = TRUE would need lme4 and truncates negative variance components): icc1..icc3k are
/// $results$ICC in psych's row order, icc*Ci95 are its "lower bound" and "upper bound" (alpha = 0.05);
/// n, k and excluded follow complete.cases.
/// </summary>
public class IccVersusRTests
{
    private const string Script = """
        suppressMessages(library(psych))
        args <- commandArgs(TRUE)
        keys <- c("icc1", "icc2", "icc3", "icc1k", "icc2k", "icc3k")
        for (i in seq(1, length(args), by = 2)) {
          id <- args[i]; d <- read.csv(args[i + 1]); ok <- complete.cases(d); x <- d[ok, , drop = FALSE]
          res <- suppressMessages(ICC(x, lmer = FALSE))$results
          out(id, "n", nrow(x)); out(id, "k", ncol(x)); out(id, "excluded", sum(!ok))
          for (j in 1:6) {
            out(id, keys[j], res$ICC[j])
            out(id, paste0(keys[j], "Ci95[0]"), res[j, "lower bound"])
            out(id, paste0(keys[j], "Ci95[1]"), res[j, "upper bound"])
          }
        }
        """;

    [Test]
    public void Every_field_of_qcf_icc_matches_psych_ICC_to_1e_6_relative()
    {
        using var runs = new CliVersusR();
        foreach (var (id, table) in Cases())
        {
            int k = table[0].Length;
            var names = Enumerable.Range(1, k).Select(j => $"r{j}").ToArray();
            string path = TestData.WriteCsv(runs.Folder, id, names, table.Select(row => (IReadOnlyList<object?>)row.Cast<object?>().ToArray()));
            runs.Add(id, ["icc", "--csv", path, "--columns", string.Join(",", names)], path);
        }

        runs.AssertMatchesR(Script);
    }

    // Shrout & Fleiss's own table; 2 × 2 (the least the F tests allow); subject-dominated and
    // rater-biased tables; integer ratings; no subject variance (negative ICCs); missing cells.
    private static IEnumerable<(string Id, double[][] Table)> Cases()
    {
        yield return ("shrout-fleiss-1979", IccTests.ShroutFleissTable);
        var g = new TestData(777);
        yield return ("n2-k2", Ratings(g, 2, 2, subjectSd: 10, raterSd: 1, noiseSd: 2));
        yield return ("n10-k3", Ratings(g, 10, 3, subjectSd: 8, raterSd: 1, noiseSd: 3));
        yield return ("n40-k5-rater-bias", Ratings(g, 40, 5, subjectSd: 20, raterSd: 6, noiseSd: 4));
        yield return ("n200-k2", Ratings(g, 200, 2, subjectSd: 30, raterSd: 2, noiseSd: 5));
        yield return ("n8-k3-no-subject-variance", Ratings(g, 8, 3, subjectSd: 0, raterSd: 1, noiseSd: 5));

        var integer = Ratings(g, 15, 4, subjectSd: 1.2, raterSd: 0.4, noiseSd: 0.7);
        foreach (var row in integer)
        {
            for (int j = 0; j < row.Length; j++)
            {
                row[j] = Math.Clamp(Math.Round(row[j]), 1, 5);
            }
        }

        yield return ("n15-k4-integer-1-to-5", integer);

        var missing = Ratings(g, 20, 3, subjectSd: 12, raterSd: 2, noiseSd: 3);
        missing[4][1] = double.NaN;
        missing[11][0] = double.NaN;
        yield return ("n20-k3-missing", missing);
    }

    private static double[][] Ratings(TestData g, int n, int k, double subjectSd, double raterSd, double noiseSd)
    {
        var rater = Enumerable.Range(0, k).Select(_ => raterSd * g.Normal()).ToArray();
        var table = new double[n][];
        for (int i = 0; i < n; i++)
        {
            double subject = 3 + subjectSd * g.Normal();
            table[i] = new double[k];
            for (int j = 0; j < k; j++)
            {
                table[i][j] = subject + rater[j] + noiseSd * g.Normal();
            }
        }

        return table;
    }
}
