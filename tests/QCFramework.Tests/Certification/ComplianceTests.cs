using NUnit.Framework;
using QCFramework.Reporting.Certification;
using QCFramework.Reporting.Documents;
using QCFramework.Results;
using static QCFramework.Tests.Certification.FirstPrinciples;

namespace QCFramework.Tests.Certification;

/// <summary>The compliance function <c>qcf certify</c> relies on, checked against values computed here.</summary>
[TestFixture]
public class ComplianceTests
{
    private static AcceptanceCriterion Criterion(CriterionMetric metric, CriterionLimits limits, GroupingFactor[] per, params string[] algorithms) =>
        new(metric.ToString(), metric.ToString(), metric, per, limits, algorithms, "test");

    private static AcceptanceCriteria Set(params AcceptanceCriterion[] criteria) => new("test", "", criteria);

    private static string Key(CriterionOutcome o) => $"{o.Center}|{o.Criterion.Id}|{o.GroupLabel}|{o.Value:R}|{o.Verdict}|{o.Results}|{o.ValidResults}|{o.Note}";

    [Test]
    public void Limits_are_inclusive_and_maxAbs_applies_to_both_signs()
    {
        var abs = new CriterionLimits(null, 5, true);
        Assert.That(new[] { -5.0, 0, 5 }.Select(abs.Accepts), Is.All.True);
        Assert.That(new[] { -5.0000001, 5.0000001 }.Select(abs.Accepts), Is.All.False);
        var range = new CriterionLimits(0.95, 1.05, false);
        Assert.That(new[] { 0.95, 1, 1.05 }.Select(range.Accepts), Is.All.True);
        Assert.That(new[] { 0.9499999, 1.0500001 }.Select(range.Accepts), Is.All.False);
        Assert.That(new CriterionLimits(0.998, null, false).Describe("R²", ""), Is.EqualTo("R² ≥ 0.998"));
    }

    [Test]
    public void Outcomes_do_not_depend_on_the_order_of_the_rows()
    {
        IReadOnlyList<ResultRow> rows = SmallCampaign.Rows();
        AcceptanceCriteria criteria = CriteriaFile.Load(RepoPaths.Of("reports", "criteria", "default.yaml"));
        string[] expected = Compliance.Evaluate(rows, criteria).SelectMany(c => c.Outcomes).Select(Key).ToArray();
        var random = new Random(11);
        for (int trial = 0; trial < 3; trial++)
        {
            ResultRow[] shuffled = rows.OrderBy(_ => random.Next()).ToArray();
            Assert.That(Compliance.Evaluate(shuffled, criteria).SelectMany(c => c.Outcomes).Select(Key), Is.EqualTo(expected));
        }
    }

    [Test]
    public void Groups_per_tube_voltage_are_ordered_by_value_and_measured_as_computed_here()
    {
        var rows = SmallCampaign.Rows().Where(r => r.Center == "Center A" && r.Subject.Length == 0).ToArray();
        var criterion = Criterion(CriterionMetric.RelativeErrorPct, new CriterionLimits(null, 3.5, true), [GroupingFactor.Kvp, GroupingFactor.Algorithm]);
        var outcomes = Compliance.Evaluate(rows, Set(criterion)).Single().Outcomes;
        Assert.That(outcomes.Select(o => o.GroupLabel), Is.EqualTo(new[]
        {
            "80 kVp · muscle-fat", "80 kVp · phantom-rods", "120 kVp · muscle-fat", "120 kVp · phantom-rods",
        }));
        foreach (CriterionOutcome o in outcomes)
        {
            double kvp = o.Group[0].StartsWith("80", StringComparison.Ordinal) ? 80 : 120;
            double re = MeanRe(rows.Where(r => r.Kvp == kvp && r.Algorithm == o.Group[1]));
            Assert.That(o.Value, Is.EqualTo(re).Within(1e-9), o.GroupLabel);
            Assert.That(o.Verdict, Is.EqualTo(Math.Abs(re) <= 3.5 ? Verdict.Pass : Verdict.Fail), o.GroupLabel);
        }

        // +3 % + 1 % at 80 kVp fails 3.5 %; −2 % − 1 % at 120 kVp passes.
        Assert.That(outcomes.Select(o => o.Verdict), Is.EqualTo(new[] { Verdict.Pass, Verdict.Fail, Verdict.Pass, Verdict.Pass }));
    }

    [Test]
    public void What_cannot_be_computed_is_not_applicable_with_the_reason()
    {
        var rows = SmallCampaign.Rows().Where(r => r.Center == "Center A" && r.Subject.Length == 0 && r.Repeat == 1).ToArray();
        var criteria = Set(
            Criterion(CriterionMetric.Slope, new CriterionLimits(0.95, 1.05, false), [GroupingFactor.Vertebra], SmallCampaign.PhantomRods),
            Criterion(CriterionMetric.RsdPct, new CriterionLimits(null, 2, false), [GroupingFactor.Algorithm]),
            Criterion(CriterionMetric.RelativeErrorPct, new CriterionLimits(null, 5, true), [GroupingFactor.Algorithm], "dual-energy"));
        var outcomes = Compliance.Evaluate(rows, criteria).Single().Outcomes;

        var slope = outcomes.Where(o => o.Criterion.Metric == CriterionMetric.Slope).ToArray();
        Assert.That(slope.Select(o => o.GroupLabel), Is.EqualTo(new[] { "L1", "L2", "L3" }));
        Assert.That(slope, Has.All.Matches<CriterionOutcome>(o => o!.Verdict == Verdict.NotApplicable && double.IsNaN(o.Value)
            && o.Note.Contains("same truth", StringComparison.Ordinal)));

        var rsd = outcomes.Where(o => o.Criterion.Metric == CriterionMetric.RsdPct).ToArray();
        Assert.That(rsd, Has.Length.EqualTo(2));
        Assert.That(rsd, Has.All.Matches<CriterionOutcome>(o => o!.Verdict == Verdict.NotApplicable && o.Note.Contains("no repeated scans", StringComparison.Ordinal)));

        var missing = outcomes.Single(o => o.Criterion.Metric == CriterionMetric.RelativeErrorPct);
        Assert.That((missing.GroupLabel, missing.Verdict, missing.Results), Is.EqualTo(("dual-energy", Verdict.NotApplicable, 0)));
        Assert.That(missing.Note, Does.Contain("no results of algorithm dual-energy"));

        var center = Compliance.Evaluate(rows, criteria).Single();
        Assert.That((center.Passed, center.Failed, center.Overall, center.Compliant), Is.EqualTo((0, 0, Verdict.NotApplicable, false)),
            "a center where nothing could be evaluated does not comply");
    }

    [Test]
    public void Rsd_is_the_root_mean_square_cv_over_repeat_sets()
    {
        // Two protocols, three repeats each: SD 1 and 3 around 100, so CV 1 % and 3 %; RMS √((1² + 3²)/2) = √5 %, the mean would be 2 %.
        ResultRow At(double kvp, int repeat, double measured) => SmallCampaign.Rows()[0] with
        {
            ScanId = $"{kvp}-{repeat}", Kvp = kvp, Repeat = repeat, Vertebra = "L2", TruthMgPerCm3 = 100, MeasuredMgPerCm3 = measured, Status = "ok",
        };
        ResultRow[] rows = [At(80, 1, 99), At(80, 2, 100), At(80, 3, 101), At(120, 1, 97), At(120, 2, 100), At(120, 3, 103)];
        var criterion = Criterion(CriterionMetric.RsdPct, new CriterionLimits(null, 2.2, false), []);
        CriterionOutcome o = Compliance.Evaluate(rows, Set(criterion)).Single().Outcomes.Single();
        Assert.That(o.Value, Is.EqualTo(Math.Sqrt(5)).Within(1e-12));
        Assert.That(o.Value, Is.EqualTo(RmsCvPct(rows)).Within(1e-12));
        Assert.That((o.Verdict, o.GroupLabel), Is.EqualTo((Verdict.Fail, "all results")));
    }

    [Test]
    public void Results_without_a_value_are_counted_in_the_note_not_dropped()
    {
        var rows = SmallCampaign.Rows().Where(r => r.Center == "Center C" && r.Algorithm == SmallCampaign.MuscleFat).ToArray();
        var criterion = Criterion(CriterionMetric.RelativeErrorPct, new CriterionLimits(null, 5, true), [GroupingFactor.Algorithm]);
        CriterionOutcome o = Compliance.Evaluate(rows, Set(criterion)).Single().Outcomes.Single();
        Assert.That((o.Results, o.ValidResults), Is.EqualTo((rows.Length, rows.Count(r => r.Status == "ok"))));
        Assert.That(o.Note, Is.EqualTo($"7 of {rows.Length} results not valid (failed 1, not-applicable 6)"));
        Assert.That(o.Value, Is.EqualTo(MeanRe(rows)).Within(1e-9));
    }

    [Test]
    public void A_center_complies_when_something_passes_and_nothing_fails()
    {
        AcceptanceCriteria criteria = CriteriaFile.Load(RepoPaths.Of("reports", "criteria", "default.yaml"));
        var centers = Compliance.Evaluate(SmallCampaign.Rows(), criteria);
        Assert.That(centers.Select(c => (c.Center, c.Compliant)), Is.EqualTo(new[] { ("Center A", true), ("Center B", false), ("Center C", false) }));
        Assert.That(centers.Select(c => c.Outcomes.Count), Is.All.EqualTo(14));
    }
}
