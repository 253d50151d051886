namespace QCFramework.IO.Phantoms;

/// <summary>
/// Finds phantom definition files: a path as given, else by name in the phantom folders — the
/// current directory's <c>phantoms/</c>, then the one shipped beside the <c>qcf</c> executable.
/// </summary>
public static class PhantomCatalog
{
    /// <summary>The folders searched for phantoms by name, first match wins.</summary>
    public static IReadOnlyList<string> Folders =>
        new[] { Path.Combine(Directory.GetCurrentDirectory(), "phantoms"), Path.Combine(AppContext.BaseDirectory, "phantoms") }
            .Where(Directory.Exists)
            .Distinct()
            .ToArray();

    /// <summary>Resolves a path or a phantom name ("esp", "esp.yaml") to a file path.</summary>
    /// <exception cref="InputException">Nothing of that name exists.</exception>
    public static string Resolve(string pathOrName)
    {
        if (File.Exists(pathOrName))
        {
            return pathOrName;
        }

        string file = pathOrName.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) ? pathOrName : pathOrName + ".yaml";
        foreach (string folder in Folders)
        {
            string candidate = Path.Combine(folder, file);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        var known = List().Select(p => Path.GetFileNameWithoutExtension(p)).ToArray();
        string hint = known.Length > 0 ? $"; known phantoms: {string.Join(", ", known)}" : "";
        throw new InputException($"phantom '{pathOrName}' not found as a file or in {string.Join(" or ", Folders.DefaultIfEmpty("./phantoms"))}{hint}");
    }

    /// <summary>The phantom files of the first phantom folder, sorted.</summary>
    public static IReadOnlyList<string> List()
    {
        var folder = Folders.FirstOrDefault();
        return folder is null
            ? []
            : Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).ToArray();
    }
}
