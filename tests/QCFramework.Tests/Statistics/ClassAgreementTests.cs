using NUnit.Framework;
using QCFramework.Statistics;

namespace QCFramework.Tests.Statistics;

public class ClassAgreementTests
{
    [TestCase(79.999, 0)]
    [TestCase(80.0, 1)]
    [TestCase(100.0, 1)]
    [TestCase(120.0, 1)]
    [TestCase(120.001, 2)]
    [TestCase(-5.0, 0)]
    public void Default_cut_offs_put_80_and_120_in_osteopenia(double vbmd, int expected)
    {
        Assert.That(ClassThresholds.Default.Classify(vbmd), Is.EqualTo(expected));
    }

    [Test]
    public void Labels_name_the_ranges()
    {
        var t = ClassThresholds.Default;

        Assert.That(Enumerable.Range(0, t.ClassCount).Select(t.Label), Is.EqualTo(new[] { "<80", "80-120", ">120" }));
    }

    [Test]
    public void Thresholds_must_increase()
    {
        Assert.Throws<InputException>(() => new ClassThresholds([120.0, 80.0]));
        Assert.Throws<InputException>(() => new ClassThresholds([]));
    }

    [Test]
    public void Sensitivity_and_specificity_count_the_lowest_class_against_the_rest()
    {
        double[] reference = [60, 70, 75, 90, 100, 130, 140, 150];
        double[] test = [65, 85, 70, 78, 110, 125, 115, 160];

        var result = ClassAgreement.Compute(reference, test, ClassThresholds.Default);

        // Reference osteoporotic: 60, 70, 75 → test 65 (yes), 85 (no), 70 (yes): 2 of 3.
        // Reference not: 90, 100, 130, 140, 150 → test 78 flags one: 4 of 5 correctly negative.
        Assert.That(result.LowestClass.Sensitivity, Is.EqualTo(2.0 / 3));
        Assert.That(result.LowestClass.Specificity, Is.EqualTo(4.0 / 5));
        Assert.That(result.Confusion[0], Is.EqualTo(new[] { 2, 1, 0 }));
        Assert.That(result.Confusion[1], Is.EqualTo(new[] { 1, 1, 0 }));
        Assert.That(result.Confusion[2], Is.EqualTo(new[] { 0, 1, 2 }));
    }

    [Test]
    public void Clopper_Pearson_bounds_at_zero_and_all_successes_have_closed_forms()
    {
        // With x = 0 the upper bound solves (1 − p)ⁿ = α/2; with x = n the lower bound solves pⁿ = α/2.
        var none = BinaryDiagnostic.ClopperPearson(0, 10);
        var all = BinaryDiagnostic.ClopperPearson(12, 12);

        Assert.That(none.Lower, Is.EqualTo(0));
        Assert.That(none.Upper, Is.EqualTo(1 - Math.Pow(0.025, 1.0 / 10)).Within(1e-12));
        Assert.That(all.Lower, Is.EqualTo(Math.Pow(0.025, 1.0 / 12)).Within(1e-12));
        Assert.That(all.Upper, Is.EqualTo(1));
    }
}
