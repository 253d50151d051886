namespace QCFramework.Cli.Hosting;

/// <summary>A check the user asked for failed; the command exits with <see cref="ExitCodes.CheckFailed"/>.</summary>
public sealed class CheckFailedException(string message) : Exception(message);
