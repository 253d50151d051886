using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace QCFramework.Statistics;

/// <summary>
/// Intraclass correlation coefficients (Shrout &amp; Fleiss 1979, Psychol Bull 86:420, Table 1 and
/// eqs. 2–4 and their k-rater forms), from the two-way ANOVA of a complete n × k table. Confidence
/// intervals: ICC(1,·) and ICC(3,·) from exact F quantiles (Shrout &amp; Fleiss 1979, eqs. 7–8 and 13);
/// ICC(2,·) from McGraw &amp; Wong's (1996, Psychol Methods 1:30, Table 7) Satterthwaite approximation —
/// the same formulas as R's psych::ICC (lmer = FALSE).
/// </summary>
public static class IntraclassCorrelation
{
    /// <summary>Computes the six coefficients of <paramref name="ratings"/>[subject][rater].</summary>
    /// <exception cref="InputException">Fewer than two subjects or raters, or a ragged table.</exception>
    public static IccResult Compute(IReadOnlyList<double[]> ratings, double confidenceLevel = 0.95)
    {
        int n = ratings.Count;
        Descriptive.RequireCount(n, 2, "Intraclass correlation (subjects)");
        int k = ratings[0].Length;
        Descriptive.RequireCount(k, 2, "Intraclass correlation (raters)");
        for (int i = 1; i < n; i++)
        {
            if (ratings[i].Length != k)
            {
                throw new ArgumentException($"Ratings table is ragged: row {i + 1} has {ratings[i].Length} values, row 1 has {k}.", nameof(ratings));
            }
        }

        double grand = 0;
        foreach (var row in ratings)
        {
            foreach (double rating in row)
            {
                grand += rating;
            }
        }

        grand /= n * k;
        var columnMean = new double[k];
        double ssTotal = 0, ssRows = 0;
        foreach (var row in ratings)
        {
            double rowMean = Descriptive.Mean(row);
            ssRows += (rowMean - grand) * (rowMean - grand);
            for (int j = 0; j < k; j++)
            {
                columnMean[j] += row[j];
                ssTotal += (row[j] - grand) * (row[j] - grand);
            }
        }

        ssRows *= k;
        double ssColumns = 0;
        for (int j = 0; j < k; j++)
        {
            double d = columnMean[j] / n - grand;
            ssColumns += d * d;
        }

        ssColumns *= n;
        double ssError = ssTotal - ssRows - ssColumns;

        double msb = ssRows / (n - 1);
        double msj = ssColumns / (k - 1);
        double mse = ssError / ((n - 1.0) * (k - 1));
        double msw = (ssColumns + ssError) / (n * (k - 1.0));
        double alpha = 1 - confidenceLevel;

        // One-way model: F = MSB/MSW on (n − 1, n(k − 1)).
        double f1 = msb / msw;
        double df1a = n - 1, df1b = n * (k - 1.0);
        double f1L = f1 / FQuantile(1 - alpha / 2, df1a, df1b);
        double f1U = f1 * FQuantile(1 - alpha / 2, df1b, df1a);
        double p1 = UpperTail(f1, df1a, df1b);

        // Two-way models: F = MSB/MSE on (n − 1, (n − 1)(k − 1)).
        double f3 = msb / mse;
        double df3a = n - 1, df3b = (n - 1.0) * (k - 1);
        double f3L = f3 / FQuantile(1 - alpha / 2, df3a, df3b);
        double f3U = f3 * FQuantile(1 - alpha / 2, df3b, df3a);
        double p3 = UpperTail(f3, df3a, df3b);

        double icc1 = (msb - msw) / (msb + (k - 1) * msw);
        double icc2 = (msb - mse) / (msb + (k - 1) * mse + k * (msj - mse) / n);
        double icc3 = (msb - mse) / (msb + (k - 1) * mse);
        double icc1k = (msb - msw) / msb;
        double icc2k = (msb - mse) / (msb + (msj - mse) / n);
        double icc3k = (msb - mse) / msb;

        // McGraw & Wong (1996) Table 7, case 2A: Satterthwaite degrees of freedom v for ICC(2,1),
        // with their a and b both scaled by n(1 − ICC) so that ICC = 1 stays finite.
        double fj = msj / mse;
        double a = k * icc2;
        double b = n * (1 + (k - 1) * icc2) - k * icc2;
        double v = (k - 1.0) * (n - 1) * Math.Pow(a * fj + b, 2) / ((n - 1) * a * a * fj * fj + b * b);
        double fStarU = FQuantile(1 - alpha / 2, n - 1, v);
        double fStarL = FQuantile(1 - alpha / 2, v, n - 1);
        double l2 = n * (msb - fStarU * mse) / (fStarU * (k * msj + (k * n - k - n) * mse) + n * msb);
        double u2 = n * (fStarL * msb - mse) / (k * msj + (k * n - k - n) * mse + n * fStarL * msb);

        return new IccResult(
            n,
            k,
            new IccEstimate(icc1, new((f1L - 1) / (f1L + k - 1), (f1U - 1) / (f1U + k - 1)), f1, df1a, df1b, p1),
            new IccEstimate(icc2, new(l2, u2), f3, df3a, df3b, p3),
            new IccEstimate(icc3, new((f3L - 1) / (f3L + k - 1), (f3U - 1) / (f3U + k - 1)), f3, df3a, df3b, p3),
            new IccEstimate(icc1k, new(1 - 1 / f1L, 1 - 1 / f1U), f1, df1a, df1b, p1),
            new IccEstimate(icc2k, new(SpearmanBrown(l2, k), SpearmanBrown(u2, k)), f3, df3a, df3b, p3),
            new IccEstimate(icc3k, new(1 - 1 / f3L, 1 - 1 / f3U), f3, df3a, df3b, p3),
            msb,
            msj,
            mse,
            msw);
    }

    // The reliability of the mean of k raters from a single-rater reliability (Spearman–Brown).
    private static double SpearmanBrown(double single, int k) => k * single / (1 + (k - 1) * single);

    private static double FQuantile(double p, double df1, double df2) =>
        double.IsFinite(df1) && df1 > 0 && double.IsFinite(df2) && df2 > 0 ? FisherSnedecor.InvCDF(df1, df2, p) : double.NaN;

    // P(F > f) = I_{d₂/(d₂ + d₁f)}(d₂/2, d₁/2), accurate far into the tail where 1 − CDF is not.
    private static double UpperTail(double f, double df1, double df2) =>
        double.IsNaN(f) ? double.NaN : SpecialFunctions.BetaRegularized(df2 / 2, df1 / 2, df2 / (df2 + df1 * f));
}
