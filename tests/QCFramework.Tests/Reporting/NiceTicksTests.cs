using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;
using QCFramework.Reporting.Charts;

namespace QCFramework.Tests.Reporting;

public class NiceTicksTests
{
    // Heckbert's nicenum (Graphics Gems 1990): ceiling mode takes the smallest of 1, 2, 5, 10 (× 10^k) not below x;
    // rounding mode breaks at 1.5, 3 and 7.
    [TestCase(1.0, false, 1.0)]
    [TestCase(1.01, false, 2.0)]
    [TestCase(2.0, false, 2.0)]
    [TestCase(2.5, false, 5.0)]
    [TestCase(5.01, false, 10.0)]
    [TestCase(438.0, false, 500.0)]
    [TestCase(0.0734, false, 0.1)]
    [TestCase(1.49, true, 1.0)]
    [TestCase(1.5, true, 2.0)]
    [TestCase(2.99, true, 2.0)]
    [TestCase(3.0, true, 5.0)]
    [TestCase(6.99, true, 5.0)]
    [TestCase(7.0, true, 10.0)]
    [TestCase(125.0, true, 100.0)]
    [TestCase(0.00024, true, 0.0002)]
    [TestCase(0.00034, true, 0.0005)]
    public void Nice_numbers_follow_Heckberts_table(double x, bool round, double expected)
        => Assert.That(NiceTicks.NiceNumber(x, round), Is.EqualTo(expected).Within(1e-12 * expected));

    [Test]
    public void Loose_labels_of_105_to_543_with_5_ticks_are_100_to_600_by_100()
    {
        // By hand from Heckbert's procedure: range = nicenum(438, ceiling) = 500; step = nicenum(500 / 4, round) = 100;
        // first = floor(105 / 100)·100 = 100, last = ceil(543 / 100)·100 = 600; nfrac = max(−floor(log10 100), 0) = 0.
        TickSet ticks = NiceTicks.Loose(105, 543, 5);
        Assert.That(ticks.Values, Is.EqualTo(new[] { 100.0, 200, 300, 400, 500, 600 }));
        Assert.That(ticks.Step, Is.EqualTo(100));
        Assert.That(ticks.FractionDigits, Is.EqualTo(0));
    }

    [Test]
    public void Small_steps_print_enough_decimals_and_never_negative_zero()
    {
        // range = nicenum(0.06, ceiling) = 0.1; step = nicenum(0.1 / 6 = 0.0167, round) = 0.02; nfrac = 2.
        TickSet ticks = NiceTicks.Loose(-0.031, 0.029, 7);
        Assert.That(ticks.Step, Is.EqualTo(0.02).Within(1e-15));
        Assert.That(ticks.FractionDigits, Is.EqualTo(2));
        string[] labels = ticks.Values.Select(ticks.Format).ToArray();
        Assert.That(labels, Is.EqualTo(new[] { "-0.04", "-0.02", "0.00", "0.02", "0.04" }));
    }

    [Test]
    public void Loose_ticks_are_nice_multiples_that_enclose_the_data()
    {
        Gen<(double Min, double Max, int Target)> gen =
            from center in Gen.Choose(-100_000, 100_000)
            from exponent in Gen.Choose(-4, 5)
            from a in Gen.Choose(-1000, 1000)
            from b in Gen.Choose(-1000, 1000)
            from target in Gen.Choose(2, 12)
            where a != b
            let scale = Math.Pow(10, exponent)
            let x = center * scale / 100 + a * scale / 1000
            let y = center * scale / 100 + b * scale / 1000
            select (Math.Min(x, y), Math.Max(x, y), target);

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(Arb.From(gen), (Action<(double Min, double Max, int Target)>)(c =>
        {
            TickSet t = NiceTicks.Loose(c.Min, c.Max, c.Target);
            Assert.That(t.Values[0], Is.LessThanOrEqualTo(c.Min), "first tick below the data");
            Assert.That(t.Values[^1], Is.GreaterThanOrEqualTo(c.Max), "last tick above the data");
            AssertNiceEvenlySpaced(t);
        })));
    }

    [Test]
    public void Ticks_within_fixed_limits_stay_inside_them()
    {
        Gen<(double Min, double Max, int Target)> gen =
            from lo in Gen.Choose(-5000, 5000)
            from width in Gen.Choose(1, 10000)
            from exponent in Gen.Choose(-3, 3)
            from target in Gen.Choose(2, 12)
            let scale = Math.Pow(10, exponent) / 100
            select (lo * scale, (lo + width) * scale, target);

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(Arb.From(gen), (Action<(double Min, double Max, int Target)>)(c =>
        {
            TickSet t = NiceTicks.Within(c.Min, c.Max, c.Target);
            double slack = 1e-9 * t.Step;
            Assert.That(t.Values, Has.All.InRange(c.Min - slack, c.Max + slack));
            Assert.That(t.Values, Has.Count.GreaterThanOrEqualTo(2), "a fixed range always gets at least two ticks");
            AssertNiceEvenlySpaced(t);
        })));
    }

    private static void AssertNiceEvenlySpaced(TickSet t)
    {
        double mantissa = t.Step / Math.Pow(10, Math.Floor(Math.Log10(t.Step)));
        Assert.That(new[] { 1.0, 2.0, 5.0 }.Any(m => Math.Abs(mantissa - m) < 1e-9), $"step {t.Step} is not 1, 2 or 5 × 10^k");
        for (int i = 0; i < t.Values.Count; i++)
        {
            double k = t.Values[i] / t.Step;
            Assert.That(k, Is.EqualTo(Math.Round(k)).Within(1e-6), $"tick {t.Values[i]} is not a multiple of {t.Step}");
            if (i > 0)
                Assert.That(t.Values[i] - t.Values[i - 1], Is.EqualTo(t.Step).Within(1e-9 * Math.Max(1, Math.Abs(t.Values[i]))));
        }
        string[] labels = t.Values.Select(t.Format).ToArray();
        Assert.That(labels, Is.Unique, "labels printed with the tick set's decimals must differ");
        Assert.That(labels, Has.None.Matches(@"^-0(\.0*)?$"));
    }
}
