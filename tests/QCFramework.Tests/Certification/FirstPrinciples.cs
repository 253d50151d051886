using MathNet.Numerics.Distributions;
using QCFramework.Results;

namespace QCFramework.Tests.Certification;

/// <summary>
/// The numbers a certification report should print, computed here directly from the rows with the textbook
/// formulas (not through QCFramework.Statistics or the report code): RE, RMS-CV over repeat sets, OLS,
/// Bland–Altman, Cohen's kappa, t-intervals, coefficients of variation.
/// </summary>
public static class FirstPrinciples
{
    public static IEnumerable<ResultRow> Valid(this IEnumerable<ResultRow> rows) => rows.Where(r => r.Status == "ok");

    public static double Re(ResultRow r) => (r.MeasuredMgPerCm3!.Value - r.TruthMgPerCm3) / r.TruthMgPerCm3 * 100;

    public static double MeanRe(IEnumerable<ResultRow> rows) => rows.Valid().Average(Re);

    public static double Sd(IReadOnlyList<double> x)
    {
        double m = x.Average();
        return Math.Sqrt(x.Sum(v => (v - m) * (v - m)) / (x.Count - 1));
    }

    /// <summary>√(mean CV²) × 100 over the sets of results that differ only in repeat, seed and scan; NaN without repeats.</summary>
    public static double RmsCvPct(IEnumerable<ResultRow> rows)
    {
        var cvs = rows.Valid()
            .GroupBy(r => (r.Center, r.Scanner, r.Kvp, r.Mas, r.Kernel, r.SliceMm, r.Contrast, r.DualEnergy, r.Mode, r.Day, r.Phantom,
                r.Subject, r.Vertebra, r.TruthMgPerCm3, r.Algorithm))
            .Where(g => g.Count() >= 2)
            .Select(g =>
            {
                double[] m = g.Select(r => r.MeasuredMgPerCm3!.Value).ToArray();
                return Sd(m) / m.Average();
            })
            .ToArray();
        return cvs.Length == 0 ? double.NaN : 100 * Math.Sqrt(cvs.Average(c => c * c));
    }

    public static int RepeatSets(IEnumerable<ResultRow> rows) =>
        rows.Valid().GroupBy(r => (r.Kvp, r.Kernel, r.Contrast, r.Phantom, r.Subject, r.Vertebra, r.Algorithm)).Count(g => g.Count() >= 2);

    public static double Rmse(IEnumerable<ResultRow> rows) =>
        Math.Sqrt(rows.Valid().Average(r => Math.Pow(r.MeasuredMgPerCm3!.Value - r.TruthMgPerCm3, 2)));

    /// <summary>Least squares of measured on truth: slope, intercept, R², SEE and the 95 % t-interval of the slope.</summary>
    public static (double Slope, double Intercept, double RSquared, double See, double SlopeLow, double SlopeHigh) Ols(IEnumerable<ResultRow> rows)
    {
        var v = rows.Valid().ToArray();
        double[] x = v.Select(r => r.TruthMgPerCm3).ToArray(), y = v.Select(r => r.MeasuredMgPerCm3!.Value).ToArray();
        int n = x.Length;
        double mx = x.Average(), my = y.Average();
        double sxx = x.Sum(a => (a - mx) * (a - mx)), syy = y.Sum(b => (b - my) * (b - my));
        double sxy = x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum();
        double slope = sxy / sxx, intercept = my - slope * mx;
        double sse = x.Zip(y, (a, b) => Math.Pow(b - intercept - slope * a, 2)).Sum();
        double see = Math.Sqrt(sse / (n - 2));
        double half = StudentT.InvCDF(0, 1, n - 2, 0.975) * see / Math.Sqrt(sxx);
        return (slope, intercept, 1 - sse / syy, see, slope - half, slope + half);
    }

    /// <summary>Bland–Altman of measured − truth: bias and the 95 % limits bias ± z·SD with z = Φ⁻¹(0.975).</summary>
    public static (double Bias, double Lower, double Upper) BlandAltman(IEnumerable<ResultRow> rows)
    {
        double[] d = rows.Valid().Select(r => r.MeasuredMgPerCm3!.Value - r.TruthMgPerCm3).ToArray();
        double bias = d.Average(), z = Normal.InvCDF(0, 1, 0.975), sd = Sd(d);
        return (bias, bias - z * sd, bias + z * sd);
    }

    /// <summary>Mean with the 95 % Student-t interval.</summary>
    public static (double Mean, double Low, double High) MeanWithCi(IReadOnlyList<double> x)
    {
        double mean = x.Average(), half = StudentT.InvCDF(0, 1, x.Count - 1, 0.975) * Sd(x) / Math.Sqrt(x.Count);
        return (mean, mean - half, mean + half);
    }

    /// <summary>Class by the ACR cut-offs: 0 below 80, 2 above 120, 1 otherwise.</summary>
    public static int AcrClass(double bmd) => bmd < 80 ? 0 : bmd > 120 ? 2 : 1;

    /// <summary>
    /// Cohen's kappa and linearly weighted kappa of true against measured classes, one pair per scan and
    /// subject on the mean of L1 and L2: κ = (pₒ − pₑ)/(1 − pₑ), weights 1 − |i − j|/2.
    /// </summary>
    public static (int Pairs, double Agreement, double Kappa, double WeightedKappa) Kappa(IEnumerable<ResultRow> rows)
    {
        var pairs = rows.Valid().Where(r => r.Subject.Length > 0).GroupBy(r => (r.ScanId, r.Subject))
            .Select(g => (Truth: AcrClass(g.Average(r => r.TruthMgPerCm3)), Measured: AcrClass(g.Average(r => r.MeasuredMgPerCm3!.Value))))
            .ToArray();
        int n = pairs.Length;
        var p = new double[3, 3];
        foreach (var (t, m) in pairs)
        {
            p[t, m] += 1.0 / n;
        }

        double[] rowSum = new double[3], colSum = new double[3];
        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                rowSum[i] += p[i, j];
                colSum[j] += p[i, j];
            }
        }

        double po = 0, pe = 0, pow = 0, pew = 0;
        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                double w = 1 - Math.Abs(i - j) / 2.0;
                if (i == j)
                {
                    po += p[i, j];
                    pe += rowSum[i] * colSum[j];
                }

                pow += w * p[i, j];
                pew += w * rowSum[i] * colSum[j];
            }
        }

        return (n, po, (po - pe) / (1 - pe), (pow - pew) / (1 - pew));
    }

    /// <summary>SD/mean × 100 of the centers' mean measured values.</summary>
    public static double InterCenterCvPct(IEnumerable<ResultRow> rows)
    {
        double[] means = rows.Valid().GroupBy(r => r.Center).Select(g => g.Average(r => r.MeasuredMgPerCm3!.Value)).ToArray();
        return Sd(means) / means.Average() * 100;
    }
}
