using System.Diagnostics;
using NUnit.Framework;

namespace QCFramework.Tests.Tools;

/// <summary>
/// Runs the external programs that tests compare against (dcmtk, dicom3tools, GDCM, pydicom, qpdf,
/// poppler, R...). A missing program skips the test with a visible reason — unless the environment
/// variable QCF_REQUIRE_TOOLS=1 is set (CI sets it), in which case it fails the test.
/// </summary>
public static class ExternalTool
{
    /// <summary>The default time limit of one run.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(2);

    /// <summary>True when missing tools must fail tests rather than skip them.</summary>
    public static bool ToolsRequired => Environment.GetEnvironmentVariable("QCF_REQUIRE_TOOLS") == "1";

    /// <summary>The exit code and output of one run.</summary>
    /// <param name="ExitCode">The process exit code.</param>
    /// <param name="Stdout">Everything written to standard output.</param>
    /// <param name="Stderr">Everything written to standard error.</param>
    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        /// <summary>Both streams, for assertion messages.</summary>
        public string Output => Stdout + Stderr;
    }

    /// <summary>The full path of <paramref name="program"/> on PATH (or the path itself, if it is one and exists); null if absent.</summary>
    public static string? Find(string program)
    {
        if (program.Contains(Path.DirectorySeparatorChar))
        {
            return File.Exists(program) ? program : null;
        }

        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            if (directory.Length == 0)
            {
                continue;
            }

            var candidate = Path.Combine(directory, program);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// The path of <paramref name="program"/>; when it is absent the test is skipped (or failed under
    /// QCF_REQUIRE_TOOLS=1) with a reason naming the program and the package that provides it.
    /// </summary>
    public static string Require(string program, string package) =>
        Find(program) ?? Unavailable($"'{program}' is not on PATH (install the Debian package {package})");

    /// <summary>
    /// The first of <paramref name="candidates"/> (names or paths) for which running it with
    /// <paramref name="probeArguments"/> exits 0 — e.g. the python3 that can import pydicom;
    /// otherwise skips or fails like <see cref="Require"/>.
    /// </summary>
    public static string RequireWorking(IEnumerable<string> candidates, IReadOnlyList<string> probeArguments, string what)
    {
        foreach (var candidate in candidates)
        {
            if (Find(candidate) is { } path && Run(path, probeArguments, TimeSpan.FromSeconds(60)).ExitCode == 0)
            {
                return path;
            }
        }

        return Unavailable(what);
    }

    /// <summary>Skips the current test with <paramref name="reason"/>, or fails it when tools are required.</summary>
    public static string Unavailable(string reason)
    {
        if (ToolsRequired)
        {
            Assert.Fail($"required external tool unavailable (QCF_REQUIRE_TOOLS=1): {reason}");
        }

        Assert.Ignore($"external tool unavailable: {reason}");
        return reason;
    }

    /// <summary>
    /// Runs <paramref name="program"/> with <paramref name="arguments"/> (passed as-is, no shell) and
    /// captures both streams; a run that outlives <paramref name="timeout"/> is killed and fails the test.
    /// </summary>
    public static Result Run(string program, IEnumerable<string> arguments, TimeSpan? timeout = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? string.Empty,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var limit = timeout ?? DefaultTimeout;
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.Fail($"{Path.GetFileName(program)} {string.Join(' ', arguments)} did not finish within {limit.TotalSeconds:0} s");
        }

        process.WaitForExit();
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
