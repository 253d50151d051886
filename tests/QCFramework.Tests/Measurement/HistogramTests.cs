using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;
using NUnit.Framework;
using QCFramework.Measurement.Imaging;

namespace QCFramework.Tests.Measurement;

/// <summary>
/// Otsu's split and the valley test that decides whether a histogram holds two populations, on samples
/// drawn from known normal distributions.
/// </summary>
public class HistogramTests
{
    private static List<float> Draw(int seed, params (double Mean, double Sd, int Count)[] populations)
    {
        var random = new Xoshiro256StarStar(seed);
        var values = new List<float>();
        foreach (var (mean, sd, count) in populations)
        {
            var normal = new Normal(mean, sd, random);
            for (int i = 0; i < count; i++)
            {
                values.Add((float)normal.Sample());
            }
        }

        return values;
    }

    [Test]
    public void Two_populations_10_HU_apart_split_between_them_with_a_valley()
    {
        // The portal phase on a 3 mm-smoothed image: enhanced cavity about 36 HU, muscle about 46 HU.
        for (int seed = 1; seed <= 5; seed++)
        {
            var values = Draw(seed, (36, 2.5, 6000), (46, 3.5, 11000));
            var (split, lower, upper) = Histogram.Otsu(values, 16, 66);
            Assert.That(split, Is.InRange(38, 44), "between the modes");
            Assert.That(lower, Is.EqualTo(36).Within(1.5));
            Assert.That(upper, Is.EqualTo(46).Within(1.5));
            double ratio = Histogram.ValleyRatio(values, 16, 66, split);
            TestContext.Out.WriteLine($"seed {seed}: {ratio:0.000}");
            Assert.That(ratio, Is.LessThan(0.85), "below the muscle finder's 0.85");
        }
    }

    [TestCase(2000)]
    [TestCase(17000)]
    public void One_population_has_no_valley_wherever_Otsu_splits_it(int count)
    {
        for (int seed = 1; seed <= 20; seed++)
        {
            var values = Draw(seed, (46, 4, count));
            var (split, _, _) = Histogram.Otsu(values, 21, 71);
            double ratio = Histogram.ValleyRatio(values, 21, 71, split);
            TestContext.Out.WriteLine($"seed {seed}: {ratio:0.000}");
            Assert.That(ratio, Is.GreaterThan(0.85), $"seed {seed}");
        }
    }
}
