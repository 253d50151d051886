using System.Globalization;
using System.Reflection;

namespace QCFramework.Physics;

/// <summary>
/// Reads the reference data shipped inside the assembly (Physics/Data, see its README for
/// provenance). Data are loaded at run time, never pasted into code.
/// </summary>
internal static class DataFiles
{
    private static readonly Assembly Assembly = typeof(DataFiles).Assembly;

    /// <summary>Opens a data file by its path below Physics/Data, e.g. "attenuation/elements_xraylib.csv".</summary>
    public static StreamReader Open(string relativePath)
    {
        var stream = Assembly.GetManifestResourceStream("QCFramework.Data/" + relativePath)
            ?? throw new InvalidOperationException($"reference data file '{relativePath}' is not embedded in {Assembly.GetName().Name}");
        return new StreamReader(stream);
    }

    /// <summary>
    /// Reads a CSV data file: lines starting with '#' are comments, the first other line is the
    /// header; fields may be double-quoted. Returns the header and the rows.
    /// </summary>
    public static (string[] Header, List<string[]> Rows) ReadCsv(string relativePath)
    {
        using var reader = Open(relativePath);
        string[]? header = null;
        var rows = new List<string[]>();
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = SplitCsvLine(line);
            if (header is null)
            {
                header = fields;
            }
            else
            {
                rows.Add(fields);
            }
        }

        return (header ?? throw new InvalidOperationException($"'{relativePath}' has no header"), rows);
    }

    /// <summary>Parses an invariant-culture number from a data file, naming the file on failure.</summary>
    public static double Number(string text, string relativePath)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            throw new InvalidOperationException($"'{relativePath}': '{text}' is not a number");
        }

        return value;
    }

    /// <summary>All data files below a folder, as paths relative to Physics/Data.</summary>
    public static IEnumerable<string> List(string folder)
    {
        string prefix = "QCFramework.Data/" + folder.TrimEnd('/') + "/";
        return Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Select(n => n["QCFramework.Data/".Length..])
            .Order(StringComparer.Ordinal);
    }

    private static string[] SplitCsvLine(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        bool quoted = false;
        foreach (char c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(current.ToString().Trim());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString().Trim());
        return fields.ToArray();
    }
}
