using NUnit.Framework;
using QCFramework.Statistics;

namespace QCFramework.Tests.Statistics;

public class IscdPrecisionTests
{
    [Test]
    public void Two_subjects_by_hand()
    {
        // Subject A: 100, 102, 98 → mean 100, SD 2, CV 2%. Subject B: 50, 51 → mean 50.5, SD √0.5, CV 1.4003%.
        string[] subjects = ["A", "B", "A", "B", "A"];
        double[] values = [100, 50, 102, 51, 98];

        var p = IscdPrecision.Compute(subjects, values);

        double rmsSd = Math.Sqrt((4 + 0.5) / 2);
        double rmsCv = 100 * Math.Sqrt((Math.Pow(2 / 100.0, 2) + Math.Pow(Math.Sqrt(0.5) / 50.5, 2)) / 2);
        Assert.That(p.Subjects, Is.EqualTo(2));
        Assert.That(p.Measurements, Is.EqualTo(5));
        Assert.That(p.DegreesOfFreedom, Is.EqualTo(3));
        Assert.That(p.RmsSd, Is.EqualTo(rmsSd).Within(1e-14));
        Assert.That(p.RmsCvPct, Is.EqualTo(rmsCv).Within(1e-12));
        Assert.That(p.Lsc95, Is.EqualTo(2.77 * rmsSd).Within(1e-14));
        Assert.That(p.Lsc95Pct, Is.EqualTo(2.77 * rmsCv).Within(1e-12));
    }

    [Test]
    public void Fifteen_subjects_by_three_scans_give_thirty_degrees_of_freedom()
    {
        var subjects = Enumerable.Range(0, 45).Select(i => $"S{i / 3}").ToArray();
        var values = Enumerable.Range(0, 45).Select(i => 100.0 + i % 3).ToArray();

        var p = IscdPrecision.Compute(subjects, values);

        Assert.That(p.DegreesOfFreedom, Is.EqualTo(30));
        Assert.That(p.RmsSd, Is.EqualTo(1.0).Within(1e-14));
    }

    [Test]
    public void A_subject_measured_once_is_bad_input()
    {
        var ex = Assert.Throws<InputException>(() => IscdPrecision.Compute(["A", "A", "B"], [1.0, 2.0, 3.0]));

        Assert.That(ex!.Message, Does.Contain("'B'"));
    }

    [Test]
    public void A_non_positive_subject_mean_leaves_the_cv_undefined()
    {
        var p = IscdPrecision.Compute(["A", "A", "B", "B"], [1.0, -1.0, 5.0, 6.0]);

        Assert.That(p.RmsCvPct, Is.NaN);
        Assert.That(p.RmsSd, Is.EqualTo(Math.Sqrt((2 + 0.5) / 2)).Within(1e-14));
    }
}
