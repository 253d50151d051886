using System.Text.Json;
using NUnit.Framework;
using QCFramework.Calibration;
using QCFramework.Tests.Cli;

namespace QCFramework.Tests.Calibration;

public class AlgorithmsCommandTests
{
    [Test]
    public void Algorithms_json_lists_name_family_citation_and_inputs_of_every_algorithm()
    {
        var run = CliHarness.Run("algorithms", "--json");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        using var doc = JsonDocument.Parse(run.Stdout);
        var items = doc.RootElement.EnumerateArray().ToArray();
        Assert.That(items.Select(i => i.GetProperty("name").GetString()), Is.EqualTo(CalibrationRegistry.All.Select(a => a.Name)));
        foreach (var item in items)
        {
            Assert.That(item.GetProperty("family").GetString(), Is.AnyOf("triage", "synchronous-phantom", "asynchronous-phantom", "phantomless", "dual-energy", "contrast-correction"));
            Assert.That(item.GetProperty("citation").GetString(), Is.Not.Empty);
            Assert.That(item.GetProperty("inputs").GetArrayLength(), Is.GreaterThan(0));
        }
    }

    [Test]
    public void Algorithms_table_names_each_algorithm()
    {
        var run = CliHarness.Run("algorithms");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        foreach (var algorithm in CalibrationRegistry.All)
        {
            Assert.That(run.Stdout, Does.Contain(algorithm.Name));
        }
    }
}
