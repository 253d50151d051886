using System.Globalization;
using NUnit.Framework;

namespace QCFramework.Tests.Statistics;

/// <summary>
/// <c>qcf agreement</c> against R on generated data (fixed seeds): every JSON field agrees to 1e-6.
/// Which R computes which field:
/// <list type="bullet">
/// <item>meanDifference, sdDifference, loaLower, loaUpper: epiR::epi.ccc(x = b, y = a)$sblalt (est, delta.sd,
/// lower, upper), whose delta is x − y = b − a and whose multiplier is qnorm(0.975); on log(b), log(a) with --log.</item>
/// <item>biasCi95: t.test(b − a)$conf.int.</item>
/// <item>loaLowerCi95, loaUpperCi95: Carkeet (2015) exact limits from R's qt(p, n − 1, ncp = z√n) while ncp ≤ 37.62
/// (where AS 243 is exact); beyond, R's qt switches to a normal approximation, so the quantile is found with uniroot
/// on the defining integral ∫Φ(t√(v/ν) − δ) dχ²ν(v) (integrate).</item>
/// <item>pearsonR: cor(a, b). ccc, cccCi95: epiR::epi.ccc(a, b, ci = "z-transform")$rho.c — the CI method we match is
/// Fisher's z with Lin's asymptotic variance.</item>
/// <item>deming: first principles — the major axis (first eigenvector of cov) of (a, b·√λ), slope rescaled by 1/√λ.</item>
/// <item>passingBablok: the 1983 algorithm written out in R (no package for it is in Debian), slopes of −1 judged
/// to rounding as ours; <see cref="PassingBablokTests"/> anchors both to published data and exact arithmetic.</item>
/// <item>proportionalBias: summary(lm((b − a) ~ (a + b)/2)) slope, intercept and the slope's Pr(&gt;|t|).</item>
/// <item>n, excluded: complete.cases; ratio.*: exp of the log-scale bias and limits.</item>
/// </list>
/// </summary>
public class AgreementVersusRTests
{
    private const string Script = """
        suppressMessages(library(epiR))
        exact_cdf <- function(t, df, ncp) integrate(function(v) pnorm(t * sqrt(v / df) - ncp) * dchisq(v, df),
          qchisq(1e-16, df), qchisq(1e-16, df, lower.tail = FALSE), rel.tol = 1e-12, subdivisions = 5000L)$value
        qnct <- function(p, df, ncp) if (ncp <= 37.62) qt(p, df, ncp) else
          uniroot(function(t) exact_cdf(t, df, ncp) - p, c(ncp / 4, ncp * 4), tol = 1e-13)$root
        deming <- function(x, y, lambda) {
          v <- eigen(cov(cbind(x, y * sqrt(lambda))), symmetric = TRUE)$vectors[, 1]
          slope <- (v[2] / v[1]) / sqrt(lambda)
          c(slope, mean(y) - slope * mean(x))
        }
        pb <- function(x, y) {
          n <- length(x)
          ij <- which(upper.tri(matrix(0, n, n)), arr.ind = TRUE)
          dx <- x[ij[, 2]] - x[ij[, 1]]; dy <- y[ij[, 2]] - y[ij[, 1]]
          keep <- !(dx == 0 & dy == 0); dx <- dx[keep]; dy <- dy[keep]
          ops <- abs(x[ij[keep, 1]]) + abs(x[ij[keep, 2]]) + abs(y[ij[keep, 1]]) + abs(y[ij[keep, 2]])
          S <- ifelse(dx == 0, sign(dy) * Inf, dy / dx)
          S <- sort(S[dx == 0 | abs(dx + dy) > 4 * .Machine$double.eps * ops]); N <- length(S); K <- sum(S < -1)
          at <- function(r) if (r < 1 || r > N || !is.finite(S[r])) NA else S[r]
          b <- if (N %% 2 == 1) at((N + 1) / 2 + K) else (at(N / 2 + K) + at(N / 2 + K + 1)) / 2
          C <- qnorm(0.975) * sqrt(n * (n - 1) * (2 * n + 5) / 18)
          M1 <- floor((N - C) / 2 + 0.5); M2 <- N - M1 + 1
          bl <- at(M1 + K); bu <- at(M2 + K)
          ai <- function(s) if (is.na(s)) NA else median(y - s * x)
          c(b, ai(b), bl, bu, ai(bu), ai(bl))
        }
        args <- commandArgs(TRUE)
        for (i in seq(1, length(args), by = 4)) {
          id <- args[i]; d <- read.csv(args[i + 1]); uselog <- args[i + 2] == "1"; lambda <- as.numeric(args[i + 3])
          ok <- complete.cases(d$a, d$b); a <- d$a[ok]; b <- d$b[ok]; n <- length(a)
          out(id, "n", n); out(id, "excluded", sum(!ok))
          la <- if (uselog) log(a) else a; lb <- if (uselog) log(b) else b
          e <- epi.ccc(lb, la)$sblalt
          out(id, "meanDifference", e$est); out(id, "sdDifference", e$delta.sd)
          out(id, "loaMultiplier", qnorm(0.975))
          out(id, "loaLower", e$lower); out(id, "loaUpper", e$upper)
          ci <- t.test(lb - la)$conf.int
          out(id, "biasCi95[0]", ci[1]); out(id, "biasCi95[1]", ci[2])
          z <- qnorm(0.975); m <- mean(lb - la); s <- sd(lb - la)
          qlo <- qnct(0.025, n - 1, z * sqrt(n)) / sqrt(n); qhi <- qnct(0.975, n - 1, z * sqrt(n)) / sqrt(n)
          out(id, "loaLowerCi95[0]", m - qhi * s); out(id, "loaLowerCi95[1]", m - qlo * s)
          out(id, "loaUpperCi95[0]", m + qlo * s); out(id, "loaUpperCi95[1]", m + qhi * s)
          out(id, "pearsonR", cor(a, b))
          cc <- epi.ccc(a, b, ci = "z-transform")$rho.c
          out(id, "ccc", cc$est); out(id, "cccCi95[0]", cc$lower); out(id, "cccCi95[1]", cc$upper)
          dm <- deming(a, b, lambda)
          out(id, "deming.slope", dm[1]); out(id, "deming.intercept", dm[2]); out(id, "deming.errorVarianceRatio", lambda)
          p <- pb(a, b)
          out(id, "passingBablok.slope", p[1]); out(id, "passingBablok.intercept", p[2])
          out(id, "passingBablok.slopeCi95[0]", p[3]); out(id, "passingBablok.slopeCi95[1]", p[4])
          out(id, "passingBablok.interceptCi95[0]", p[5]); out(id, "passingBablok.interceptCi95[1]", p[6])
          co <- coef(summary(lm(I(lb - la) ~ I((la + lb) / 2))))
          out(id, "proportionalBias.slope", co[2, 1]); out(id, "proportionalBias.intercept", co[1, 1])
          out(id, "proportionalBias.pValue", co[2, 4])
          if (uselog) {
            out(id, "ratio.geometricMean", exp(e$est)); out(id, "ratio.loaLower", exp(e$lower)); out(id, "ratio.loaUpper", exp(e$upper))
          }
        }
        """;

    private sealed record Case(string Id, double[] A, double[] B, bool Log = false, double Lambda = 1.0);

    [Test]
    public void Every_field_of_qcf_agreement_matches_R_to_1e_6_relative()
    {
        using var runs = new CliVersusR();
        foreach (var c in Cases())
        {
            string path = TestData.WriteCsv(runs.Folder, c.Id, ["a", "b"], c.A.Select((a, i) => (IReadOnlyList<object?>)[a, c.B[i]]));
            string lambda = c.Lambda.ToString("R", CultureInfo.InvariantCulture);
            List<string> cli = ["agreement", "--csv", path, "--a", "a", "--b", "b", "--error-ratio", lambda];
            if (c.Log)
            {
                cli.Add("--log");
            }

            runs.Add(c.Id, cli, path, c.Log ? "1" : "0", lambda);
        }

        runs.AssertMatchesR(Script);
    }

    // Sizes from the smallest the statistics allow (3) to 1000; homo- and heteroscedastic errors,
    // proportional bias, integer ties, a weak correlation, missing cells and a Deming λ ≠ 1.
    private static IEnumerable<Case> Cases()
    {
        var g = new TestData(20240611);
        yield return Paired(g, "n3", 3, (a, r) => a + 4 + 6 * r.Normal());
        yield return Paired(g, "n5", 5, (a, r) => a + 2 * r.Normal());
        yield return Paired(g, "n12-constant-bias", 12, (a, r) => a + 5 + 3 * r.Normal());
        yield return Paired(g, "n30-heteroscedastic", 30, (a, r) => a * (1.05 + 0.08 * r.Normal()));
        yield return Paired(g, "n30-heteroscedastic", 30, (a, r) => a * (1.05 + 0.08 * r.Normal())) with { Id = "n30-log", Log = true };
        yield return Paired(g, "n200-proportional", 200, (a, r) => 0.9 * a + 12 + 5 * r.Normal());
        yield return Paired(g, "n1000", 1000, (a, r) => a + 8 * r.Normal());
        yield return Paired(g, "n40-lambda", 40, (a, r) => 1.1 * a - 3 + 9 * r.Normal()) with { Lambda = 2.5 };
        yield return Paired(g, "n20-weak", 20, (a, r) => 100 + 15 * r.Normal());

        // Integer readings: repeated x values (vertical pairwise slopes), zero slopes, tied differences.
        var ta = new double[50];
        var tb = new double[50];
        for (int i = 0; i < 50; i++)
        {
            ta[i] = Math.Round(g.Uniform(60, 180) / 5) * 5;
            tb[i] = Math.Round(ta[i] + 4 * g.Normal());
        }

        yield return new Case("n50-ties", ta, tb);

        var missing = Paired(g, "n25-missing", 25, (a, r) => a + 3 + 4 * r.Normal());
        missing.A[3] = double.NaN;
        missing.B[10] = double.NaN;
        missing.A[17] = double.NaN;
        missing.B[17] = double.NaN;
        yield return missing;
    }

    private static Case Paired(TestData g, string id, int n, Func<double, TestData, double> second)
    {
        var a = new double[n];
        var b = new double[n];
        for (int i = 0; i < n; i++)
        {
            a[i] = g.Uniform(30, 250);
            b[i] = second(a[i], g);
        }

        return new Case(id, a, b);
    }
}
