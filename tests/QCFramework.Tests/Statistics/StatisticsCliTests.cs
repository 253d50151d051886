using NUnit.Framework;
using QCFramework.Tests.Cli;

namespace QCFramework.Tests.Statistics;

/// <summary>Exit codes and messages of the statistics verbs (CONTRACTS.md: bad input → 2 and one line naming file and field).</summary>
public class StatisticsCliTests
{
    private string _file = null!;

    [SetUp]
    public void CreateFile() => _file = Path.Combine(Path.GetTempPath(), $"qcf-cli-{Guid.NewGuid():N}.csv");

    [TearDown]
    public void DeleteFile() => File.Delete(_file);

    [Test]
    public void A_non_numeric_cell_exits_2_naming_file_line_and_column()
    {
        File.WriteAllText(_file, "a,b\n1,2\n2,3\n3,x4\n4,5\n");

        var run = CliHarness.Run("agreement", "--csv", _file, "--a", "a", "--b", "b", "--json");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(run.Stderr, Does.Contain($"{_file}:4").And.Contain("column 'b'"));
        Assert.That(run.Stdout, Is.Empty);
    }

    [Test]
    public void Missing_cells_are_left_out_and_counted()
    {
        File.WriteAllText(_file, "r1,r2\n1,1.5\n2,NA\n3,2.5\n,4\n5,5.5\n6,6.1\n");

        var run = CliHarness.Run("icc", "--csv", _file, "--columns", "r1,r2", "--json");
        var fields = JsonFields.Numbers(run.Stdout);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        Assert.That(fields["n"], Is.EqualTo(4));
        Assert.That(fields["excluded"], Is.EqualTo(2));
        Assert.That(run.Stderr, Does.Contain("left out 2 row(s)"));
    }

    [Test]
    public void Contract_fields_are_present()
    {
        File.WriteAllText(_file, "s,ref,test,score,label\n" + string.Join("\n", Enumerable.Range(0, 12).Select(i =>
            $"S{i / 2},{60 + 9 * i},{62 + 9 * i + (i % 3)},{i % 5},{(i % 2 == 0 ? 1 : 0)}")) + "\n");

        var agreement = JsonFields.Numbers(CliHarness.Run("agreement", "--csv", _file, "--a", "ref", "--b", "test", "--json").Stdout);
        var icc = JsonFields.Numbers(CliHarness.Run("icc", "--csv", _file, "--columns", "ref,test", "--json").Stdout);
        var precision = JsonFields.Numbers(CliHarness.Run("precision", "--csv", _file, "--subject", "s", "--value", "ref", "--json").Stdout);
        var classify = JsonFields.Numbers(CliHarness.Run("classify", "--csv", _file, "--reference", "ref", "--test", "test", "--json").Stdout);
        var roc = JsonFields.Numbers(CliHarness.Run("roc", "--csv", _file, "--score", "score", "--label", "label", "--json").Stdout);

        Assert.That(agreement.Keys, Is.SupersetOf(new[]
        {
            "n", "meanDifference", "sdDifference", "loaLower", "loaUpper", "biasCi95[0]", "biasCi95[1]",
            "loaLowerCi95[0]", "loaLowerCi95[1]", "loaUpperCi95[0]", "loaUpperCi95[1]", "pearsonR", "ccc",
            "cccCi95[0]", "cccCi95[1]", "deming.slope", "deming.intercept", "passingBablok.slope",
            "passingBablok.intercept", "proportionalBias.slope", "proportionalBias.intercept", "proportionalBias.pValue",
        }));
        Assert.That(icc.Keys, Is.SupersetOf(new[] { "n", "k", "icc1", "icc2", "icc3", "icc1k", "icc2k", "icc3k" }));
        Assert.That(precision.Keys, Is.SupersetOf(new[] { "subjects", "measurements", "rmsSd", "rmsCvPct", "lsc95", "degreesOfFreedom" }));
        Assert.That(classify.Keys, Is.SupersetOf(new[] { "kappa", "weightedKappa", "confusion[0][0]", "confusion[2][2]", "sensitivity", "specificity" }));
        Assert.That(roc.Keys, Is.SupersetOf(new[] { "auc", "aucCi95[0]", "aucCi95[1]" }));
    }

    [Test]
    public void Too_few_complete_rows_exit_2_naming_the_file()
    {
        File.WriteAllText(_file, "a,b\n1,2\n2,NA\n3,4\n");

        var run = CliHarness.Run("agreement", "--csv", _file, "--a", "a", "--b", "b");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.Contain($"{_file}:").And.Contain("at least 3"));
    }

    [Test]
    public void Unsorted_thresholds_exit_2()
    {
        File.WriteAllText(_file, "a,b\n70,75\n100,90\n130,140\n");

        var run = CliHarness.Run("classify", "--csv", _file, "--reference", "a", "--test", "b", "--thresholds", "120,80");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.Contain("increasing"));
    }

    [Test]
    public void A_third_label_exits_2_naming_its_line()
    {
        File.WriteAllText(_file, "s,l\n1,0\n2,1\n3,1\n4,2\n5,0\n");

        var run = CliHarness.Run("roc", "--csv", _file, "--score", "s", "--label", "l");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.Contain($"{_file}:5").And.Contain("'2'"));
    }

    [Test]
    public void Output_is_identical_across_runs()
    {
        File.WriteAllText(_file, "a,b\n" + string.Join("\n", Enumerable.Range(0, 300).Select(i => $"{50 + i * 0.7},{52 + i * 0.69 + (i * 7919 % 13) * 0.3}")) + "\n");

        var first = CliHarness.Run("agreement", "--csv", _file, "--a", "a", "--b", "b", "--json");
        var second = CliHarness.Run("agreement", "--csv", _file, "--a", "a", "--b", "b", "--json");

        Assert.That(first.ExitCode, Is.EqualTo(0), first.Stderr);
        Assert.That(second.Stdout, Is.EqualTo(first.Stdout));
    }
}
