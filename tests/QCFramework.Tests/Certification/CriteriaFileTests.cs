using NUnit.Framework;
using QCFramework.Reporting.Certification;

namespace QCFramework.Tests.Certification;

/// <summary>Criteria files: the shipped ones, and schema errors that name the file, line and field.</summary>
[TestFixture]
public class CriteriaFileTests
{
    private const string Valid = """
        name: test
        criteria:
          - id: accuracy
            name: "|RE| ≤ 5 %"
            metric: relativeErrorPct
            per: [vertebra, algorithm]
            limits: { maxAbs: 5 }
            algorithms: all
            source: "Issue #7"
        """;

    private string _dir = "";

    [SetUp]
    public void MakeFolder()
    {
        _dir = Path.Combine(Path.GetTempPath(), "qcf-criteria-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void The_default_criteria_are_those_of_the_issue()
    {
        AcceptanceCriteria set = CriteriaFile.Load(RepoPaths.Of("reports", "criteria", "default.yaml"));
        Assert.That(set.Name, Is.EqualTo("default"));
        Assert.That(set.Criteria.Select(c => (c.Id, c.Metric, c.Limits, string.Join(",", c.Per), c.Algorithms.Count)), Is.EqualTo(new[]
        {
            ("accuracy", CriterionMetric.RelativeErrorPct, new CriterionLimits(null, 5, true), "Vertebra,Algorithm", 0),
            ("precision", CriterionMetric.RsdPct, new CriterionLimits(null, 2, false), "Vertebra,Algorithm", 0),
            ("linearity", CriterionMetric.Slope, new CriterionLimits(0.95, 1.05, false), "Algorithm", 0),
        }));
        Assert.That(set.Criteria.Select(c => c.LimitText), Is.EqualTo(new[] { "|RE| ≤ 5 %", "RSD ≤ 2 %", "0.95 ≤ slope ≤ 1.05" }));
        Assert.That(set.Criteria, Has.All.Matches<AcceptanceCriterion>(c => c!.Source.Contains("Lees et al. 1997", StringComparison.Ordinal)));
    }

    [Test]
    public void Every_shipped_criteria_file_loads_and_parameters_are_evaluated()
    {
        string[] files = Directory.GetFiles(RepoPaths.Of("reports", "criteria"), "*.yaml");
        Assert.That(files, Has.Length.GreaterThanOrEqualTo(2));
        foreach (string file in files)
        {
            Assert.That(CriteriaFile.Load(file).Criteria, Is.Not.Empty, file);
        }

        AcceptanceCriteria esp = CriteriaFile.Load(RepoPaths.Of("reports", "criteria", "esp-lees1997.yaml"));
        Assert.That(esp.Criteria.Single(c => c.Metric == CriterionMetric.RSquared).Limits.Min, Is.EqualTo(0.999 * 0.999).Within(1e-12));
    }

    [TestCase("metric: relativeErrorPct", "metric: relError", 5, 13, "criteria[0].metric: 'relError' is not a metric")]
    [TestCase("limits: { maxAbs: 5 }", "limit: { maxAbs: 5 }", 7, 5, "criteria[0].limit: unknown field (did you mean 'limits'?)")]
    [TestCase("    source: \"Issue #7\"", "", 3, 5, "criteria[0].source: missing: where the limit comes from")]
    [TestCase("limits: { maxAbs: 5 }", "limits: { maxAbs: 5, min: 1 }", 7, 13, "criteria[0].limits: give either maxAbs or min/max")]
    [TestCase("limits: { maxAbs: 5 }", "limits: { min: 2, max: 1 }", 7, 28, "criteria[0].limits.max: 1 is below min 2")]
    [TestCase("per: [vertebra, algorithm]", "per: [vertebra, voltage]", 6, 21, "criteria[0].per[1]: 'voltage' is not a results.csv factor")]
    [TestCase("algorithms: all", "algorithms: some", 8, 17, "criteria[0].algorithms: expected 'all' or a list of algorithm names")]
    [TestCase("maxAbs: 5", "maxAbs: five", 7, 23, "criteria[0].limits.maxAbs: expected a number or an expression")]
    public void A_schema_error_names_the_file_line_and_field(string replace, string with, int line, int column, string message)
    {
        string path = Path.Combine(_dir, "bad.yaml");
        string text = Valid.Replace(replace, with, StringComparison.Ordinal);
        Assert.That(text, Is.Not.EqualTo(Valid));
        File.WriteAllText(path, text);
        var ex = Assert.Throws<InputException>(() => CriteriaFile.Load(path));
        Assert.That(ex!.Message, Does.StartWith($"{path}:{line}:{column}: {message}"));
    }

    [Test]
    public void Ids_must_be_unique_and_the_list_must_not_be_empty()
    {
        string path = Path.Combine(_dir, "bad.yaml");
        File.WriteAllText(path, Valid + "\n" + string.Join('\n', Valid.Split('\n').Skip(2)));
        Assert.That(Assert.Throws<InputException>(() => CriteriaFile.Load(path))!.Message,
            Does.StartWith($"{path}:10:9: criteria[1].id: 'accuracy' is used by an earlier criterion"));

        File.WriteAllText(path, "name: empty\ncriteria: []\n");
        Assert.That(Assert.Throws<InputException>(() => CriteriaFile.Load(path))!.Message,
            Does.StartWith($"{path}:2:11: criteria: expected at least one criterion"));
    }
}
