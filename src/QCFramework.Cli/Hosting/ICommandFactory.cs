using System.CommandLine;

namespace QCFramework.Cli.Hosting;

/// <summary>
/// One top-level verb of <c>qcf</c>. Every non-abstract implementation in this assembly is
/// discovered and added to the root command, so a new verb is one new file.
/// </summary>
public interface ICommandFactory
{
    /// <summary>Builds the verb; its action writes through <paramref name="context"/>.</summary>
    Command Create(CliContext context);
}
