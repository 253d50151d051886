namespace QCFramework.Tests;

/// <summary>Locations in the repository, found by walking up from the test assembly to QCFramework.sln.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "QCFramework.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("QCFramework.sln not found above the test assembly");
    });

    /// <summary>The repository root.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>A path below the repository root.</summary>
    public static string Of(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The reference physics data shipped with the engine.</summary>
    public static string PhysicsData => Of("src", "QCFramework.Core", "Physics", "Data");
}
