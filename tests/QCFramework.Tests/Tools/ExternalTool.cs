using System.Diagnostics;
using System.Text;
using NUnit.Framework;

namespace QCFramework.Tests.Tools;

/// <summary>
/// Runs the external programs that tests check our output against (dcmtk, qpdf, poppler, R, …).
/// A test that needs a missing program is skipped with the reason, unless QCF_REQUIRE_TOOLS=1
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
    }

    /// <summary>True when QCF_REQUIRE_TOOLS=1: missing tools fail instead of skipping.</summary>
    public static bool ToolsRequired => Environment.GetEnvironmentVariable("QCF_REQUIRE_TOOLS") == "1";

    /// <summary>The full path of <paramref name="program"/> on PATH, or null.</summary>
    public static string? FindOnPath(string program)
    {
        string path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (string dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            string candidate = Path.Combine(dir, program);
            if (File.Exists(candidate))
                return candidate;
            if (OperatingSystem.IsWindows() && File.Exists(candidate + ".exe"))
                return candidate + ".exe";
        }
        return null;
    }

    /// <summary>
    /// The path of <paramref name="program"/>; if it is not on PATH, ends the test: ignored with
    /// <paramref name="reason"/>, or failed when tools are required.
    /// </summary>
    public static string RequireOrIgnore(string program, string reason)
    {
        string? path = FindOnPath(program);
        if (path is not null)
            return path;
        string message = $"'{program}' is not on PATH: {reason}";
        if (ToolsRequired)
            Assert.Fail(message + " (QCF_REQUIRE_TOOLS=1)");
        Assert.Ignore(message);
        return "";
    }

    /// <summary>Runs <paramref name="program"/> with <paramref name="arguments"/> and waits at most <paramref name="timeout"/> (default 2 min).</summary>
    /// <exception cref="TimeoutException">The program ran too long; it is killed.</exception>
    public static Result Run(string program, IEnumerable<string> arguments, TimeSpan? timeout = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? "",
        };
        foreach (string a in arguments)
            start.ArgumentList.Add(a);
        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        using var stdout = new MemoryStream();
        // Read both streams concurrently so a full pipe never blocks the child.
        Task copyOut = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        Task<string> readErr = process.StandardError.ReadToEndAsync();
        TimeSpan limit = timeout ?? TimeSpan.FromMinutes(2);
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish within {limit}.");
        }
        Task.WaitAll(copyOut, readErr);
        return new Result(process.ExitCode, stdout.ToArray(), readErr.Result);
    }
}
