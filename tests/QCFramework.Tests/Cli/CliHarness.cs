using QCFramework.Cli.Hosting;

namespace QCFramework.Tests.Cli;

/// <summary>Runs <c>qcf</c> in-process and captures what it writes.</summary>
public static class CliHarness
{
    /// <summary>The exit code and the two streams of one run.</summary>
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    /// <summary>Runs qcf with the given arguments.</summary>
    public static Result Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = QcfApp.Run(args, output, error);
        return new Result(code, output.ToString(), error.ToString());
    }
}
