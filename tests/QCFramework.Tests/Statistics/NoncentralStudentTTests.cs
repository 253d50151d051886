using NUnit.Framework;
using QCFramework.Statistics;

namespace QCFramework.Tests.Statistics;

/// <summary>
/// Our noncentral t against published tolerance factors and against R: qt(p, df, ncp) and pt(t, df, ncp)
/// (Lenth's AS 243, exact for ncp ≤ 37.62), and beyond that the defining integral
/// P(T ≤ t) = ∫Φ(t√(v/ν) − δ) dχ²ν(v) evaluated with integrate() and inverted with uniroot().
/// </summary>
public class NoncentralStudentTTests
{
    private const string Script = """
        exact_cdf <- function(t, df, ncp) integrate(function(v) pnorm(t * sqrt(v / df) - ncp) * dchisq(v, df),
          qchisq(1e-16, df), qchisq(1e-16, df, lower.tail = FALSE), rel.tol = 1e-12, subdivisions = 5000L)$value
        args <- commandArgs(TRUE)
        for (i in seq(1, length(args), by = 4)) {
          id <- args[i]; p <- as.numeric(args[i + 1]); df <- as.numeric(args[i + 2]); ncp <- as.numeric(args[i + 3])
          if (ncp <= 37.62) {
            out(id, "q", qt(p, df, ncp)); out(id, "cdf", pt(ncp * 1.05, df, ncp))
          } else {
            out(id, "q", uniroot(function(t) exact_cdf(t, df, ncp) - p, c(ncp / 4, ncp * 4), tol = 1e-13)$root)
            out(id, "cdf", exact_cdf(ncp * 1.05, df, ncp))
          }
        }
        """;

    [TestCase(0.90, 2.355)]
    [TestCase(0.95, 2.911)]
    [TestCase(0.99, 3.981)]
    public void One_sided_tolerance_factors_match_Natrellas_table(double coverage, double published)
    {
        // k = t'(0.95; n − 1, z_p·√n)/√n for n = 10 at 95% confidence (Natrella 1963, NBS Handbook 91, Table A-7).
        double z = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, coverage);
        double k = NoncentralStudentT.InvCdf(0.95, 9, z * Math.Sqrt(10)) / Math.Sqrt(10);

        Assert.That(k, Is.EqualTo(published).Within(0.0005));
    }

    [Test]
    public void Zero_noncentrality_is_the_central_t()
    {
        foreach (double t in new[] { -3.0, -0.5, 0, 1.2, 4.0 })
        {
            Assert.That(NoncentralStudentT.Cdf(t, 7, 0), Is.EqualTo(MathNet.Numerics.Distributions.StudentT.CDF(0, 1, 7, t)).Within(1e-14));
        }
    }

    [Test]
    public void Quantiles_and_cdf_match_R_to_1e_9_relative()
    {
        var cases = new List<(string Id, double P, double Df, double Ncp)>();
        foreach (var (df, ncp) in new[] { (2.0, 1.0), (4, -3.0), (9, 6.2), (29, 10.7), (99, 19.6), (399, 39.2), (999, 61.98), (9999, 196.0) })
        {
            foreach (double p in new[] { 0.025, 0.975 })
            {
                cases.Add(($"df{df}-ncp{ncp}-p{p}", p, df, ncp));
            }
        }

        var reference = RReference.Run(Script, cases.SelectMany(c => new[] { c.Id, R(c.P), R(c.Df), R(c.Ncp) }));
        using (Assert.EnterMultipleScope())
        {
            foreach (var c in cases)
            {
                double q = NoncentralStudentT.InvCdf(c.P, c.Df, c.Ncp);
                double cdf = NoncentralStudentT.Cdf(c.Ncp * 1.05, c.Df, c.Ncp);
                Assert.That(q, Is.EqualTo(reference[c.Id]["q"]!.Value).Within(1e-7).Percent, c.Id);
                Assert.That(cdf, Is.EqualTo(reference[c.Id]["cdf"]!.Value).Within(1e-7).Percent, c.Id);
            }
        }
    }

    private static string R(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
