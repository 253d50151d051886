using NUnit.Framework;

namespace QCFramework.Tests.Statistics;

/// <summary>
/// <c>qcf roc</c> against R's pROC: auc is auc(roc(response, predictor, levels = c(negative, positive),
/// direction = "&lt;" for higher-is-positive or "&gt;" for --direction lower)); aucCi95 is
/// ci.auc(method = "delong") (lower and upper, clipped to [0, 1] by pROC); aucSe is
/// sqrt(var(roc, method = "delong")); positives and negatives count roc$cases and roc$controls.
/// </summary>
public class RocVersusRTests
{
    private const string Script = """
        suppressMessages(library(pROC))
        args <- commandArgs(TRUE)
        for (i in seq(1, length(args), by = 4)) {
          id <- args[i]; d <- read.csv(args[i + 1], colClasses = c("numeric", "character")); pos <- args[i + 2]; dir <- args[i + 3]
          ok <- !is.na(d$score) & !is.na(d$label) & trimws(d$label) != ""
          s <- d$score[ok]; l <- trimws(d$label[ok]); neg <- setdiff(unique(l), pos)
          r <- roc(response = l, predictor = s, levels = c(neg, pos), direction = if (dir == "lower") ">" else "<", quiet = TRUE)
          ci <- suppressWarnings(ci.auc(r, method = "delong"))
          out(id, "auc", as.numeric(auc(r))); out(id, "aucCi95[0]", ci[1]); out(id, "aucCi95[1]", ci[3])
          out(id, "aucSe", sqrt(var(r, method = "delong")))
          out(id, "positives", length(r$cases)); out(id, "negatives", length(r$controls)); out(id, "excluded", sum(!ok))
        }
        """;

    [Test]
    public void Every_field_of_qcf_roc_matches_pROC_to_1e_6_relative()
    {
        using var runs = new CliVersusR();
        var g = new TestData(1988);
        foreach (var (id, rows, positive, direction) in new[]
                 {
                     ("hanley-mcneil-1982", RocAucTests.HanleyMcNeilRows(), "1", "higher"),
                     ("n6-three-each", Binormal(g, 3, 3, 1.0), "1", "higher"),
                     ("binormal-500", Binormal(g, 200, 300, 1.2), "1", "higher"),
                     ("integer-scores-ties", Rounded(Binormal(g, 30, 50, 0.8)), "1", "higher"),
                     ("vbmd-lower-is-positive", Vbmd(g, 40, 160), "1", "lower"),
                     ("text-labels", Relabel(Binormal(g, 25, 35, 1.5), "yes", "no"), "yes", "higher"),
                     ("perfect-separation", Binormal(g, 10, 10, 50), "1", "higher"),
                     ("with-missing", WithMissing(Binormal(g, 30, 30, 1.0)), "1", "higher"),
                 })
        {
            string path = TestData.WriteCsv(runs.Folder, id, ["score", "label"], rows);
            runs.Add(id, ["roc", "--csv", path, "--score", "score", "--label", "label", "--positive", positive, "--direction", direction],
                path, positive, direction);
        }

        runs.AssertMatchesR(Script);
    }

    // Scores N(separation, 1) for positives and N(0, 1) for negatives.
    private static List<IReadOnlyList<object?>> Binormal(TestData g, int positives, int negatives, double separation)
    {
        var rows = new List<IReadOnlyList<object?>>();
        for (int i = 0; i < positives; i++)
        {
            rows.Add([separation + g.Normal(), "1"]);
        }

        for (int i = 0; i < negatives; i++)
        {
            rows.Add([g.Normal(), "0"]);
        }

        return rows;
    }

    private static List<IReadOnlyList<object?>> Rounded(List<IReadOnlyList<object?>> rows) =>
        rows.Select(row => (IReadOnlyList<object?>)[Math.Round((double)row[0]! * 2), row[1]]).ToList();

    private static List<IReadOnlyList<object?>> Relabel(List<IReadOnlyList<object?>> rows, string positive, string negative) =>
        rows.Select(row => (IReadOnlyList<object?>)[row[0], (string)row[1]! == "1" ? positive : negative]).ToList();

    // Osteoporosis (positive) with lower vBMD than controls.
    private static List<IReadOnlyList<object?>> Vbmd(TestData g, int positives, int negatives)
    {
        var rows = new List<IReadOnlyList<object?>>();
        for (int i = 0; i < positives; i++)
        {
            rows.Add([65 + 15 * g.Normal(), "1"]);
        }

        for (int i = 0; i < negatives; i++)
        {
            rows.Add([115 + 25 * g.Normal(), "0"]);
        }

        return rows;
    }

    private static List<IReadOnlyList<object?>> WithMissing(List<IReadOnlyList<object?>> rows)
    {
        rows[3] = [double.NaN, rows[3][1]];
        rows[9] = [rows[9][0], null];
        rows[14] = [rows[14][0], "NA"];
        return rows;
    }
}
