namespace QCFramework.Benchmarks;

/// <summary>Paths in the repository, found by walking up from the benchmark assembly to QCFramework.sln.</summary>
public static class Repository
{
    /// <summary>A path below the repository root.</summary>
    public static string Of(params string[] parts)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "QCFramework.sln")))
        {
            dir = dir.Parent;
        }

        string root = dir?.FullName ?? throw new InvalidOperationException("QCFramework.sln not found above the benchmark assembly");
        return Path.Combine([root, .. parts]);
    }
}
