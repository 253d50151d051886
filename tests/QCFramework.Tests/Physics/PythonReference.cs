using System.Diagnostics;
using NUnit.Framework;

namespace QCFramework.Tests.Physics;

/// <summary>Runs the independent Python reference scripts beside these tests.</summary>
internal static class PythonReference
{
    /// <summary>Runs a script from Physics/Reference with arguments and returns its stdout lines.</summary>
    public static string[] Run(string script, params string[] args)
    {
        string? python = FindOnPath("python3");
        if (python is null)
        {
            if (Environment.GetEnvironmentVariable("QCF_REQUIRE_TOOLS") == "1")
            {
                Assert.Fail("python3 is required (QCF_REQUIRE_TOOLS=1) but not on PATH");
            }

            Assert.Ignore("python3 not on PATH: the independent reference computation cannot run");
        }

        var info = new ProcessStartInfo(python!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(RepoPaths.Of("tests", "QCFramework.Tests", "Physics", "Reference", script));
        foreach (string a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{script} timed out");
        }

        Assert.That(process.ExitCode, Is.EqualTo(0), $"{script} failed: {stderr.Result}");
        return stdout.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}
