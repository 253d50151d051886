using NUnit.Framework;
using QCFramework.Tests.Cli;

namespace QCFramework.Tests.Statistics;

/// <summary>
/// Collects runs of one qcf statistics verb on generated CSV files, then runs one R script over all
/// of them and asserts that every JSON field agrees with R's value to 1e-6 relative.
/// </summary>
internal sealed class CliVersusR : IDisposable
{
    private readonly Dictionary<string, Dictionary<string, double?>> _ours = new(StringComparer.Ordinal);
    private readonly List<string> _rArguments = [];

    /// <summary>A fresh temporary folder for the CSV files.</summary>
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "qcf-vs-r-" + Guid.NewGuid().ToString("N"));

    /// <summary>Runs qcf with <paramref name="cliArguments"/> (plus --json) and queues data set <paramref name="id"/> for R.</summary>
    public void Add(string id, IEnumerable<string> cliArguments, params string[] rArguments)
    {
        var run = CliHarness.Run([.. cliArguments, "--json"]);
        Assert.That(run.ExitCode, Is.EqualTo(0), $"{id}: {run.Stderr}");
        _ours[id] = JsonFields.Numbers(run.Stdout);
        _rArguments.AddRange([id, .. rArguments]);
    }

    /// <summary>Runs <paramref name="script"/> on the queued arguments and compares every data set.</summary>
    public void AssertMatchesR(string script)
    {
        var reference = RReference.Run(script, _rArguments);
        using (Assert.EnterMultipleScope())
        {
            foreach (var (id, ours) in _ours)
            {
                Assert.That(reference.ContainsKey(id), $"R gave nothing for data set '{id}'");
                if (reference.TryGetValue(id, out var values))
                {
                    ReferenceAssert.SameFields(id, ours, values);
                }
            }
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
