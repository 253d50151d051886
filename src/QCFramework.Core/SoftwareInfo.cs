using System.Reflection;

namespace QCFramework;

/// <summary>The software's version and source commit, as recorded in every result and report.</summary>
public static class SoftwareInfo
{
    private static readonly string Informational =
        typeof(SoftwareInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>The version, e.g. "0.1.0".</summary>
    public static string Version => Informational.Split('+')[0];

    /// <summary>The source commit the build came from, or "unknown".</summary>
    public static string Commit => Informational.Contains('+') ? Informational.Split('+')[1] : "unknown";

    /// <summary>"QCFramework version (commit)".</summary>
    public static string Description => $"QCFramework {Version} ({Commit})";
}
