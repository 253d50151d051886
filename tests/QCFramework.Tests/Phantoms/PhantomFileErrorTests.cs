using NUnit.Framework;
using QCFramework.Tests.Cli;

namespace QCFramework.Tests.Phantoms;

public class PhantomFileErrorTests
{
    private string _dir = null!;

    [SetUp]
    public void CreateFolder()
    {
        _dir = Path.Combine(Path.GetTempPath(), "qcf-yaml-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_dir, true);

    private const string Good = """
        name: t
        parameters:
          r: 10
        levels:
          - { label: center, zMm: 0 }
        solids:
          - region: water
            material: water
            shape: ellipse
            semiAxesMm: [ "${r}", 20 ]
            lengthMm: 50
        """;

    [TestCase("semiAxesMm: [ \"${r}\", 20 ]", "semiAxesMm: [ 20 ]", 10, "solids[0].semiAxesMm", "expected 2 numbers")]
    [TestCase("lengthMm: 50", "lengthMm: fifty", 11, "solids[0].lengthMm", "expected a number")]
    [TestCase("material: water", "material: watr", 8, "solids[0].material", "closest: water")]
    [TestCase("shape: ellipse", "shape: cylinder", 9, "solids[0].shape", "unknown shape")]
    [TestCase("lengthMm: 50", "lenghtMm: 50", 11, "solids[0].lenghtMm", "did you mean 'lengthMm'")]
    [TestCase("semiAxesMm: [ \"${r}\", 20 ]", "semiAxesMm: [ \"${radius}\", 20 ]", 10, "solids[0].semiAxesMm", "unknown parameter 'radius'")]
    [TestCase("  - { label: center, zMm: 0 }", "  - { label: center }", 5, "levels[0].zMm", "missing")]
    [TestCase("    shape: ellipse", "    shape: [ellipse", 9, "", "not valid YAML")]
    public void A_broken_file_gives_one_line_with_file_line_and_field_and_exit_2(string good, string bad, int line, string field, string reason)
    {
        string path = Path.Combine(_dir, "broken.yaml");
        File.WriteAllText(path, Good.Replace(good, bad));
        var run = CliHarness.Run("phantom", "show", path);
        Assert.That(run.ExitCode, Is.EqualTo(2), run.Stderr);
        var lines = run.Stderr.Trim().Split('\n');
        Assert.That(lines, Has.Length.EqualTo(1), run.Stderr);
        Assert.That(lines[0], Does.Contain($"{path}:{line}:"));
        Assert.That(lines[0], Does.Contain(field));
        Assert.That(lines[0], Does.Contain(reason));
        Assert.That(run.Stdout, Is.Empty);
    }

    [Test]
    public void The_good_file_loads()
    {
        string path = Path.Combine(_dir, "good.yaml");
        File.WriteAllText(path, Good);
        var run = CliHarness.Run("phantom", "show", path, "--json");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
    }

    [Test]
    public void A_missing_phantom_names_the_known_ones()
    {
        var run = CliHarness.Run("phantom", "show", Path.Combine(_dir, "nope.yaml"));
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.Contain("not found"));
    }

    [Test]
    public void An_extends_loop_is_refused()
    {
        File.WriteAllText(Path.Combine(_dir, "a.yaml"), "extends: b.yaml\n");
        File.WriteAllText(Path.Combine(_dir, "b.yaml"), "extends: a.yaml\n");
        var run = CliHarness.Run("phantom", "show", Path.Combine(_dir, "a.yaml"));
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.Contain("loops back"));
    }
}
