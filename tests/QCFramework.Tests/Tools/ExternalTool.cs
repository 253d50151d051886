using System.Diagnostics;
using System.Text;
using NUnit.Framework;

namespace QCFramework.Tests.Tools;

/// <summary>
/// Runs the external programs that tests check our output against (dcmtk, pydicom, qpdf, poppler,
/// R, …). A test whose program is missing is skipped with the reason, unless QCF_REQUIRE_TOOLS=1
/// (as in CI), where a missing program fails the test.
/// </summary>
public static class ExternalTool
{
    /// <summary>What a program printed and how it exited.</summary>
    /// <param name="ExitCode">Process exit code.</param>
    /// <param name="StdoutBytes">Standard output, byte for byte.</param>
    /// <param name="Stderr">Standard error as UTF-8 text.</param>
    public sealed record Result(int ExitCode, byte[] StdoutBytes, string Stderr)
    {
        /// <summary>Standard output as UTF-8 text.</summary>
        public string Stdout => Encoding.UTF8.GetString(StdoutBytes);

        /// <summary>Both streams, for assertion messages.</summary>
        public string Output => Stdout + Stderr;
    }

    /// <summary>True when QCF_REQUIRE_TOOLS=1: missing tools fail instead of skipping.</summary>
    public static bool ToolsRequired => Environment.GetEnvironmentVariable("QCF_REQUIRE_TOOLS") == "1";

    /// <summary>The full path of <paramref name="program"/> on PATH (or as given, when rooted), or null.</summary>
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

    /// <summary>The full path of <paramref name="program"/>, or null (same as <see cref="FindOnPath"/>).</summary>
    public static string? Find(string program) => FindOnPath(program);

    /// <summary>
    /// The path of <paramref name="program"/>; when it is absent the test is skipped (or failed under
    /// QCF_REQUIRE_TOOLS=1) with a reason naming the program and the Debian package that provides it.
    /// </summary>
    public static string Require(string program, string package) =>
        FindOnPath(program) ?? Unavailable($"'{program}' is not on PATH (install the Debian package {package})");

    /// <summary>
    /// The first of <paramref name="candidates"/> (names or paths) for which running it with
    /// <paramref name="probeArguments"/> exits 0 — e.g. the python3 that can import pydicom;
    /// otherwise skips or fails like <see cref="Require"/>.
    /// </summary>
    public static string RequireWorking(IEnumerable<string> candidates, IReadOnlyList<string> probeArguments, string what)
    {
        foreach (var candidate in candidates)
        {
            if (FindOnPath(candidate) is { } path && Run(path, probeArguments, TimeSpan.FromSeconds(60)).ExitCode == 0)
            {
                return path;
            }
        }

        return Unavailable(what);
    }

    /// <summary>Skips the current test with <paramref name="reason"/> (or fails it when tools are required); returns the reason.</summary>
    public static string Unavailable(string reason)
    {
        IgnoreOrFail($"external tool unavailable: {reason}");
        return reason;
    }

    /// <summary>
    /// The path of <paramref name="program"/>; if it is not on PATH, ends the test: ignored with
    /// <paramref name="reason"/>, or failed when tools are required.
    /// </summary>
    public static string RequireOrIgnore(string program, string reason)
    {
        string? path = FindOnPath(program);
        if (path is null)
        {
            IgnoreOrFail($"'{program}' is not on PATH: {reason}");
        }

        return path!;
    }

    /// <summary>Skips the test with <paramref name="reason"/>, or fails it when tools are required.</summary>
    public static void IgnoreOrFail(string reason)
    {
        if (ToolsRequired)
        {
            Assert.Fail($"{reason} (QCF_REQUIRE_TOOLS=1)");
        }

        Assert.Ignore(reason);
    }

    /// <summary>Runs <paramref name="program"/>, waiting at most <paramref name="timeout"/> (2 min by default); kills it and throws on timeout.</summary>
    public static Result Run(string program, IEnumerable<string> arguments, TimeSpan? timeout = null, string? workingDirectory = null)
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
        using var stdout = new MemoryStream();
        // Read both streams at once so a full pipe never blocks the child.
        var copyOut = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        var readErr = process.StandardError.ReadToEndAsync();
        var limit = timeout ?? TimeSpan.FromMinutes(2);
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish within {limit.TotalSeconds:0} s.");
        }

        process.WaitForExit();
        Task.WaitAll(copyOut, readErr);
        return new Result(process.ExitCode, stdout.ToArray(), readErr.Result);
    }
}
