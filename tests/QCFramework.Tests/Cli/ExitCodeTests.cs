using NUnit.Framework;

namespace QCFramework.Tests.Cli;

public class ExitCodeTests
{
    [Test]
    public void Unknown_verb_exits_2_with_one_line()
    {
        var result = CliHarness.Run("no-such-verb");
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Stderr.Trim().Split('\n'), Has.Length.EqualTo(1));
    }
}
