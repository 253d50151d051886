using FsCheck;
using FsCheck.Fluent;
using FsCheck.NUnit;
using QCFramework.Statistics;

namespace QCFramework.Tests.Statistics;

/// <summary>Properties of the method-comparison lines that hold for any data (FsCheck).</summary>
public class RegressionPropertyTests
{
    // x values: distinct integers scaled to 0.5 steps (no ties, so no vertical pairs), 3 to 30 points.
    private static Gen<double[]> DistinctX(int minCount) =>
        Gen.Choose(minCount, 30).SelectMany(n => Gen.Choose(-400, 400).ArrayOf(n))
            .Select(values => values.Distinct().Select(v => 0.5 * v).ToArray())
            .Where(values => values.Length >= minCount);

    private static Gen<(double[] X, double[] Y)> NoisyPairs =>
        from x in DistinctX(3)
        from noise in Gen.Choose(-1000, 1000).ArrayOf(x.Length)
        from slope in Gen.Choose(2, 40)
        select (x, x.Select((v, i) => 0.1 * slope * v + 3 + 0.37 * noise[i] / 100.0).ToArray());

    [Property]
    public Property Exact_data_on_a_line_give_that_line() =>
        Prop.ForAll(
            (from x in DistinctX(2) from b in Gen.Choose(1, 50) from a in Gen.Choose(-100, 100) select (x, 0.1 * b, 1.0 * a)).ToArbitrary(),
            t =>
            {
                var (x, b, a) = t;
                var y = x.Select(v => a + b * v).ToArray();
                var pb = PassingBablokRegression.Fit(x, y);
                var deming = DemingRegression.Fit(x, y);
                var demingLambda = DemingRegression.Fit(x, y, 3.7);
                return Near(pb.Slope, b) && Near(pb.Intercept, a)
                    && Near(deming.Slope, b) && Near(deming.Intercept, a)
                    && Near(demingLambda.Slope, b) && Near(demingLambda.Intercept, a);
            });

    [Property]
    public Property Swapping_x_and_y_inverts_the_Deming_slope() =>
        Prop.ForAll(NoisyPairs.ToArbitrary(), t =>
        {
            var forward = DemingRegression.Fit(t.X, t.Y, 2.0);
            var backward = DemingRegression.Fit(t.Y, t.X, 0.5);
            return Near(forward.Slope * backward.Slope, 1.0);
        });

    [Property]
    public Property Swapping_x_and_y_inverts_the_Passing_Bablok_slope_when_the_slope_count_is_odd() =>
        Prop.ForAll(NoisyPairs.ToArbitrary(), t =>
        {
            var forward = PassingBablokRegression.Fit(t.X, t.Y);
            var backward = PassingBablokRegression.Fit(t.Y, t.X);
            return (forward.SlopeCount % 2 == 0).Or(Near(forward.Slope * backward.Slope, 1.0)
                && Near(backward.Intercept, -forward.Intercept / forward.Slope));
        });

    [Property]
    public Property Passing_Bablok_follows_a_shift_of_y_and_a_common_change_of_units() =>
        Prop.ForAll(NoisyPairs.ToArbitrary(), t =>
        {
            // Not a scaling of y alone: the estimator is symmetric about slope 1, not scale-equivariant.
            var pb = PassingBablokRegression.Fit(t.X, t.Y);
            var shifted = PassingBablokRegression.Fit(t.X, t.Y.Select(v => v + 5).ToArray());
            var rescaled = PassingBablokRegression.Fit(t.X.Select(v => 10 * v).ToArray(), t.Y.Select(v => 10 * v).ToArray());
            return Near(shifted.Slope, pb.Slope) && Near(shifted.Intercept, pb.Intercept + 5)
                && Near(rescaled.Slope, pb.Slope) && Near(rescaled.Intercept, 10 * pb.Intercept);
        });

    private static bool Near(double actual, double expected) =>
        Math.Abs(actual - expected) <= 1e-9 * Math.Max(1, Math.Abs(expected));
}
