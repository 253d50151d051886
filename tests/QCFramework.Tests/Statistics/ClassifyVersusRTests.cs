using NUnit.Framework;

namespace QCFramework.Tests.Statistics;

/// <summary>
/// <c>qcf classify</c> against R. Classes follow our documented rule (x &lt; t₁ lowest; otherwise
/// max(2, 1 + #(x &gt; tᵢ)), so 80 and 120 are osteopenic). kappa and kappaCi95: psych::cohen.kappa with
/// levels = 1:C and linear weights w = 1 − |i − j|/(C − 1) ($kappa, $confid[1, ]: Fleiss–Cohen–Everitt
/// variance). weightedKappa: the same call's $weighted.kappa. weightedKappaCi95: the Fleiss, Cohen &amp;
/// Everitt (1969) variance written out in R, because psych's $var.weighted sums its row weights as
/// pᵢ.·Σⱼwᵢⱼ instead of Σᵢpᵢ.wᵢⱼ and so differs from FCE (for unweighted kappa the two agree). confusion:
/// table(); sensitivity and specificity for class 1 against the rest with binom.test()$conf.int (Clopper–Pearson).
/// </summary>
public class ClassifyVersusRTests
{
    private const string Script = """
        suppressMessages(library(psych))
        cls <- function(x, t) ifelse(x < t[1], 1, pmax(2, 1 + rowSums(outer(x, t, ">"))))
        fce <- function(tab, w) {
          n <- sum(tab); p <- tab / n; r <- rowSums(p); c <- colSums(p)
          po <- sum(w * p); pe <- sum(w * outer(r, c)); k <- (po - pe) / (1 - pe)
          term <- w - outer(as.vector(w %*% c), as.vector(t(w) %*% r), "+") * (1 - k)
          se <- sqrt((sum(p * term^2) - (k - pe * (1 - k))^2) / (n * (1 - pe)^2))
          c(max(-1, k - qnorm(0.975) * se), min(1, k + qnorm(0.975) * se))
        }
        prop <- function(id, key, x, n) {
          if (n == 0) { out(id, key, NA); out(id, paste0(key, "Ci95[0]"), NA); out(id, paste0(key, "Ci95[1]"), NA); return() }
          ci <- binom.test(x, n)$conf.int
          out(id, key, x / n); out(id, paste0(key, "Ci95[0]"), ci[1]); out(id, paste0(key, "Ci95[1]"), ci[2])
        }
        args <- commandArgs(TRUE)
        for (i in seq(1, length(args), by = 3)) {
          id <- args[i]; d <- read.csv(args[i + 1]); t <- as.numeric(strsplit(args[i + 2], ",")[[1]])
          ok <- complete.cases(d$ref, d$test); ref <- cls(d$ref[ok], t); test <- cls(d$test[ok], t); C <- length(t) + 1
          w <- 1 - abs(outer(1:C, 1:C, "-")) / (C - 1)
          ck <- suppressWarnings(cohen.kappa(cbind(ref, test), w = w, levels = 1:C))
          tab <- table(factor(ref, levels = 1:C), factor(test, levels = 1:C))
          out(id, "n", sum(ok)); out(id, "excluded", sum(!ok))
          for (j in seq_along(t)) out(id, sprintf("thresholds[%d]", j - 1), t[j])
          out(id, "kappa", ck$kappa); out(id, "kappaCi95[0]", ck$confid[1, 1]); out(id, "kappaCi95[1]", ck$confid[1, 3])
          out(id, "weightedKappa", ck$weighted.kappa)
          wci <- fce(tab, w); out(id, "weightedKappaCi95[0]", wci[1]); out(id, "weightedKappaCi95[1]", wci[2])
          for (r in 1:C) for (c in 1:C) out(id, sprintf("confusion[%d][%d]", r - 1, c - 1), tab[r, c])
          prop(id, "sensitivity", tab[1, 1], sum(tab[1, ]))
          prop(id, "specificity", sum(tab[-1, -1]), sum(tab[-1, ]))
        }
        """;

    [Test]
    public void Every_field_of_qcf_classify_matches_R_to_1e_6_relative()
    {
        using var runs = new CliVersusR();
        var g = new TestData(2013);
        foreach (var (id, thresholds, rows) in new[]
                 {
                     ("n60", "80,120", Pairs(g, 60, 8)),
                     ("n15", "80,120", Pairs(g, 15, 12)),
                     ("n400", "80,120", Pairs(g, 400, 10)),
                     ("values-at-cut-offs", "80,120", AtCutOffs()),
                     ("four-classes", "70,100,130", Pairs(g, 120, 9)),
                     ("two-classes", "100", Pairs(g, 80, 15)),
                     ("with-missing", "80,120", WithMissing(Pairs(g, 40, 10))),
                 })
        {
            string path = TestData.WriteCsv(runs.Folder, id, ["ref", "test"], rows);
            runs.Add(id, ["classify", "--csv", path, "--reference", "ref", "--test", "test", "--thresholds", thresholds], path, thresholds);
        }

        runs.AssertMatchesR(Script);
    }

    // vBMD-like reference values 40–200 mg/cm³ and a test method with noise of the given SD.
    private static List<IReadOnlyList<object?>> Pairs(TestData g, int n, double sd)
    {
        var rows = new List<IReadOnlyList<object?>>();
        for (int i = 0; i < n; i++)
        {
            double reference = g.Uniform(40, 200);
            rows.Add([reference, reference + sd * g.Normal()]);
        }

        return rows;
    }

    private static List<IReadOnlyList<object?>> AtCutOffs() =>
    [
        [80.0, 80.0], [120.0, 120.0], [79.99, 80.0], [80.0, 79.99], [120.0, 120.01], [120.01, 120.0],
        [60.0, 75.0], [150.0, 130.0], [100.0, 121.0], [119.0, 80.0], [45.0, 85.0], [200.0, 119.5],
    ];

    private static List<IReadOnlyList<object?>> WithMissing(List<IReadOnlyList<object?>> rows)
    {
        rows[5] = [double.NaN, rows[5][1]];
        rows[20] = [rows[20][0], null];
        return rows;
    }
}
