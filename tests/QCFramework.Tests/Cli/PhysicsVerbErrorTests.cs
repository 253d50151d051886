using NUnit.Framework;

namespace QCFramework.Tests.Cli;

public class PhysicsVerbErrorTests
{
    [TestCase(new[] { "attenuation", "--material", "watr", "--energy-kev", "60" }, "closest: water")]
    [TestCase(new[] { "attenuation", "--material", "water", "--energy-kev", "-5" }, "not a positive energy")]
    [TestCase(new[] { "attenuation", "--material", "water", "--energy-kev", "200" }, "outside the tabulated range")]
    [TestCase(new[] { "attenuation", "--material", "ha-in-water:x", "--energy-kev", "60" }, "malformed concentration")]
    [TestCase(new[] { "spectrum", "--kvp", "150" }, "outside the supported range 70–140")]
    [TestCase(new[] { "spectrum", "--kvp", "60" }, "outside the supported range 70–140")]
    [TestCase(new[] { "spectrum", "--kvp", "120", "--filter-al-mm", "-1" }, "not a thickness")]
    [TestCase(new[] { "spectrum", "--kvp", "abc" }, "abc")]
    public void Bad_input_exits_2_with_one_line_reason(string[] args, string reason)
    {
        var result = CliHarness.Run(args);
        Assert.That(result.ExitCode, Is.EqualTo(2));
        var lines = result.Stderr.Trim().Split('\n');
        Assert.That(lines, Has.Length.EqualTo(1), result.Stderr);
        Assert.That(lines[0], Does.Contain(reason));
        Assert.That(result.Stdout, Is.Empty, "no partial output on bad input");
    }

    [Test]
    public void Materials_json_lists_the_library_with_densities()
    {
        var result = CliHarness.Run("materials", "--json");
        Assert.That(result.ExitCode, Is.EqualTo(0));
        using var json = System.Text.Json.JsonDocument.Parse(result.Stdout);
        var names = json.RootElement.EnumerateArray().Select(e => e.GetProperty("name").GetString()).ToArray();
        Assert.That(names, Is.SupersetOf(new[]
        {
            "water", "air", "pmma", "polyethylene", "water-equivalent-resin", "adipose", "muscle", "blood", "cortical-bone",
            "red-marrow", "yellow-marrow", "triglyceride", "hydroxyapatite", "k2hpo4", "calcium",
        }));
        var water = json.RootElement.EnumerateArray().First(e => e.GetProperty("name").GetString() == "water");
        Assert.That(water.GetProperty("densityGPerCm3").GetDouble(), Is.EqualTo(1.0));
    }
}
