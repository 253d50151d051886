using QCFramework.IO.Yaml;
using QCFramework.Simulation;

namespace QCFramework.IO.Protocols;

/// <summary>Loads contrast phases (protocols/contrast-phases.yaml); errors name the file, line and field.</summary>
public static class ContrastFile
{
    /// <summary>The default file, found by <see cref="ProtocolCatalog"/>.</summary>
    public static string DefaultPath => ProtocolCatalog.Resolve("contrast-phases.yaml");

    /// <summary>Loads every phase by name.</summary>
    public static IReadOnlyDictionary<string, ContrastPhase> Load(string path)
    {
        var doc = YamlFile.Load(path);
        doc.CheckKeys(doc.Root, "", ["phases"]);
        var scope = new ParameterScope();
        var phases = doc.Mapping(YamlFile.Child(doc.Root, "phases") ?? throw doc.Error(doc.Root, "phases", "missing: the phases"), "phases");
        var result = new Dictionary<string, ContrastPhase>(StringComparer.Ordinal);
        foreach (var (key, value) in phases.Children)
        {
            string name = doc.Scalar(key, "phases");
            string field = "phases." + name;
            var m = doc.Mapping(value, field);
            doc.CheckKeys(m, field, ["blood", "marrow", "muscle", "organ"]);
            double Get(string k)
            {
                double v = YamlFile.Child(m, k) is { } n ? scope.Number(doc, n, $"{field}.{k}") : 0;
                if (v < 0)
                {
                    throw doc.Error(YamlFile.Child(m, k)!, $"{field}.{k}", "an iodine concentration cannot be negative");
                }

                return v;
            }

            result[name] = new ContrastPhase(name, Get("blood"), Get("marrow"), Get("muscle"), Get("organ"));
        }

        if (!result.ContainsKey("none"))
        {
            result["none"] = ContrastPhase.None;
        }

        return result;
    }

    /// <summary>A phase by name.</summary>
    public static ContrastPhase Get(string path, string name)
    {
        var all = Load(path);
        return all.TryGetValue(name, out var p) ? p : throw new InputException($"--contrast: unknown phase '{name}'; phases in {path}: {string.Join(", ", all.Keys)}");
    }
}
