using NUnit.Framework;
using QCFramework.Reporting.Certification;

namespace QCFramework.Tests.Certification;

/// <summary>The order reports list groups in.</summary>
[TestFixture]
public class ReportOrderTests
{
    [Test]
    public void Vertebrae_go_from_head_to_feet()
    {
        string[] labels = ["L2", "S1", "T12", "L1", "C7", "T11", "L10", "T1"];
        Assert.That(labels.Order(ReportOrder.Labels), Is.EqualTo(new[] { "C7", "T1", "T11", "T12", "L1", "L2", "L10", "S1" }));
    }

    [Test]
    public void Numbers_in_text_compare_by_value_and_ties_ordinally()
    {
        string[] labels = ["120 kVp", "80 kVp", "1.25 mm", "1 mm", "0.625 mm", "scanner-10", "scanner-9", "b", "B", "a"];
        Assert.That(labels.Order(ReportOrder.Labels), Is.EqualTo(new[]
        {
            "0.625 mm", "1 mm", "1.25 mm", "80 kVp", "120 kVp", "B", "a", "b", "scanner-9", "scanner-10",
        }));
        Assert.That(ReportOrder.Compare("007", "7"), Is.Not.Zero, "distinct labels never tie");
    }
}
