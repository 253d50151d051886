using System.Diagnostics;
using QCFramework.Tests.Tools;

namespace QCFramework.Tests.Campaigns;

/// <summary>Small campaigns written for tests, and qcf run as a separate process (so it can be killed).</summary>
internal static class CampaignFixture
{
    /// <summary>A fresh temporary folder.</summary>
    public static string NewFolder(string name)
    {
        string dir = Path.Combine(Path.GetTempPath(), $"qcf-{name}-{Guid.NewGuid().ToString("N")[..8]}");
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>
    /// A small campaign: one or two centers scanning the ESP on the calibration pad at one protocol with
    /// <paramref name="repeats"/> repeats, plus anything in <paramref name="extra"/> (YAML appended).
    /// </summary>
    public static string Write(string folder, int repeats = 2, string algorithms = "[qct-regression, qct-two-point]", string extra = "", bool twoCenters = true)
    {
        string path = Path.Combine(folder, "campaign.yaml");
        string second = twoCenters
            ? $"  - {{ name: center-b, scanner: vendor-b, protocols: {{ kvp: [120], mas: [150], kernel: [standard], repeats: {repeats} }} }}\n"
            : "";
        File.WriteAllText(path, $"""
            name: test-campaign
            masterSeed: 4242
            date: 2026-11-22T09:00:00Z
            mode: fast
            centers:
              - {"{"} name: center-a, scanner: vendor-a, protocols: {"{"} kvp: [100, 120], mas: [150], kernel: [standard], repeats: {repeats} {"}"} {"}"}
            {second}setups:
              - esp-on-calibration.yaml
            algorithms: {algorithms}
            {extra}
            """);
        return path;
    }

    /// <summary>The qcf executable beside the test assembly, run with dotnet.</summary>
    public static ProcessStartInfo Qcf(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "qcf.dll"));
        foreach (string a in args)
        {
            start.ArgumentList.Add(a);
        }

        return start;
    }

    /// <summary>The bytes of every file the comparison of two runs looks at.</summary>
    public static (byte[] Results, byte[] Manifest) Outputs(string dir) =>
        (File.ReadAllBytes(Path.Combine(dir, "results.csv")), File.ReadAllBytes(Path.Combine(dir, "manifest.json")));

    /// <summary>python3 that can import pydicom (the example external algorithm needs it).</summary>
    public static string Python() =>
        ExternalTool.RequireWorking(["python3", "/usr/bin/python3"], ["-c", "import pydicom, numpy, scipy"], "python3 with pydicom, numpy and scipy (python3-pydicom, python3-skimage)");
}
