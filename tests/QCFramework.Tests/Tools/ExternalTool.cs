using System.Diagnostics;
using NUnit.Framework;

namespace QCFramework.Tests.Tools;

/// <summary>
/// Runs the external programs that tests check our output against (dcmtk, pydicom, qpdf, R, ...).
/// A test whose tool is absent is skipped with a visible reason, unless QCF_REQUIRE_TOOLS=1 (set by
/// CI), where a missing tool fails the test instead.
/// </summary>
public static class ExternalTool
{
    /// <summary>The exit code and captured output of one run.</summary>
    public sealed record RunResult(int ExitCode, string Stdout, string Stderr);

    /// <summary>True when CI demands every external tool (QCF_REQUIRE_TOOLS=1).</summary>
    public static bool Required => Environment.GetEnvironmentVariable("QCF_REQUIRE_TOOLS") == "1";

    /// <summary>The full path of <paramref name="program"/> on PATH, or null.</summary>
    public static string? FindOnPath(string program)
    {
        if (Path.IsPathRooted(program))
        {
            return File.Exists(program) ? program : null;
        }

        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            string candidate = Path.Combine(dir, program);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// The path of <paramref name="program"/>; when it is not on PATH, skips the test with
    /// <paramref name="reason"/> (or fails it under QCF_REQUIRE_TOOLS=1).
    /// </summary>
    public static string RequireOrIgnore(string program, string reason)
    {
        string? path = FindOnPath(program);
        if (path is null)
        {
            IgnoreOrFail($"{program} not found on PATH: {reason}");
        }

        return path!;
    }

    /// <summary>Skips the test with <paramref name="reason"/>, or fails it when tools are required.</summary>
    public static void IgnoreOrFail(string reason)
    {
        if (Required)
        {
            Assert.Fail($"{reason} (QCF_REQUIRE_TOOLS=1)");
        }

        Assert.Ignore(reason);
    }

    /// <summary>Runs <paramref name="program"/> and waits at most <paramref name="timeout"/>; kills it and throws on timeout.</summary>
    public static RunResult Run(string program, IEnumerable<string> arguments, TimeSpan timeout, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"{program} did not finish within {timeout.TotalSeconds:0} s.");
        }

        process.WaitForExit();
        return new RunResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}
