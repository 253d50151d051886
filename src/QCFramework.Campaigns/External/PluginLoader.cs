using System.Reflection;
using System.Runtime.Loader;
using QCFramework.Calibration;

namespace QCFramework.Campaigns.External;

/// <summary>
/// Loads calibration algorithms from a .NET plug-in assembly: every public, non-abstract class with a
/// parameterless constructor that implements <see cref="ICalibrationAlgorithm"/>. The plug-in gets
/// its own load context for its own dependencies, while QCFramework's assemblies are shared with the
/// host so its types are the host's.
/// </summary>
public static class PluginLoader
{
    /// <summary>The algorithms in <paramref name="assemblyPath"/>.</summary>
    /// <exception cref="InputException">The file is missing, not a .NET assembly, or holds no algorithm.</exception>
    public static IReadOnlyList<ICalibrationAlgorithm> Load(string assemblyPath)
    {
        string full = Path.GetFullPath(assemblyPath);
        if (!File.Exists(full))
        {
            throw new InputException($"plug-in '{assemblyPath}' not found");
        }

        Assembly assembly;
        try
        {
            assembly = new PluginContext(full).LoadFromAssemblyPath(full);
        }
        catch (BadImageFormatException)
        {
            throw new InputException($"plug-in '{assemblyPath}' is not a .NET assembly");
        }

        Type[] types;
        try
        {
            types = assembly.GetExportedTypes();
        }
        catch (Exception ex) when (ex is ReflectionTypeLoadException or FileNotFoundException or FileLoadException)
        {
            throw new InputException($"plug-in '{assemblyPath}' could not be loaded: {ex.Message}");
        }

        var algorithms = types
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICalibrationAlgorithm).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (ICalibrationAlgorithm)Activator.CreateInstance(t)!)
            .ToArray();
        if (algorithms.Length == 0)
        {
            throw new InputException($"plug-in '{assemblyPath}' has no public class implementing ICalibrationAlgorithm with a parameterless constructor");
        }

        return algorithms;
    }

    private sealed class PluginContext(string path) : AssemblyLoadContext(Path.GetFileNameWithoutExtension(path))
    {
        private readonly AssemblyDependencyResolver _resolver = new(path);

        protected override Assembly? Load(AssemblyName name)
        {
            // Share what the host has (QCFramework, the runtime): one ICalibrationAlgorithm type.
            if (Default.Assemblies.Any(a => AssemblyName.ReferenceMatchesDefinition(a.GetName(), name)))
            {
                return null;
            }

            string? resolved = _resolver.ResolveAssemblyToPath(name);
            return resolved is null ? null : LoadFromAssemblyPath(resolved);
        }
    }
}
