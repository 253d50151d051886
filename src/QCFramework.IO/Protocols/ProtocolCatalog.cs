namespace QCFramework.IO.Protocols;

/// <summary>
/// Finds files of the protocols/ folder (scanners.yaml, contrast-phases.yaml, campaigns): the
/// current directory's protocols/ first, then the one shipped beside the qcf executable.
/// </summary>
public static class ProtocolCatalog
{
    /// <summary>The folders searched, first match wins.</summary>
    public static IReadOnlyList<string> Folders =>
        new[] { Path.Combine(Directory.GetCurrentDirectory(), "protocols"), Path.Combine(AppContext.BaseDirectory, "protocols") }
            .Where(Directory.Exists)
            .Distinct()
            .ToArray();

    /// <summary>Resolves a path, or a file name in the protocol folders.</summary>
    /// <exception cref="InputException">Not found.</exception>
    public static string Resolve(string pathOrName)
    {
        if (File.Exists(pathOrName))
        {
            return pathOrName;
        }

        foreach (string folder in Folders)
        {
            foreach (string candidate in new[] { Path.Combine(folder, pathOrName), Path.Combine(folder, pathOrName + ".yaml") })
            {
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new InputException($"'{pathOrName}' not found as a file or in {string.Join(" or ", Folders.DefaultIfEmpty("./protocols"))}");
    }
}
