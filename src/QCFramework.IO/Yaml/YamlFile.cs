using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace QCFramework.IO.Yaml;

/// <summary>
/// Reads a YAML definition file into its node tree, turning every problem into one
/// <see cref="InputException"/> line: "FILE:LINE:COLUMN: FIELD: what was expected".
/// </summary>
public sealed class YamlFile
{
    private YamlFile(string path, YamlMappingNode root)
    {
        Path = path;
        Root = root;
    }

    /// <summary>The file (as the user named it).</summary>
    public string Path { get; }

    /// <summary>The top-level mapping.</summary>
    public YamlMappingNode Root { get; }

    /// <summary>Loads and parses a file; its top level must be a mapping.</summary>
    public static YamlFile Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException($"{path}: file not found");
        }

        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            string reason = (ex.InnerException?.Message ?? ex.Message).Split('\n')[0];
            throw new InputException($"{path}:{ex.Start.Line}:{ex.Start.Column}: not valid YAML: {reason}");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails some malformed input without a position: the first line at
            // which a prefix of the file stops parsing is where the problem is.
            throw new InputException($"{path}:{FirstBadLine(path)}:1: not valid YAML: the parser could not read this line (an unclosed bracket or quote?)");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new InputException($"{path}:1:1: expected a mapping of fields at the top level");
        }

        return new YamlFile(path, root);
    }

    private static int FirstBadLine(string path)
    {
        var lines = File.ReadAllLines(path);
        for (int k = 1; k <= lines.Length; k++)
        {
            try
            {
                new YamlStream().Load(new StringReader(string.Join('\n', lines.Take(k))));
            }
            catch (Exception ex) when (ex is YamlException or InvalidOperationException)
            {
                return k;
            }
        }

        return lines.Length;
    }

    /// <summary>An error at a node: "FILE:LINE:COLUMN: FIELD: message".</summary>
    public InputException Error(YamlNode node, string field, string message) =>
        new($"{Path}:{node.Start.Line}:{node.Start.Column}: {field}: {message}");

    /// <summary>The child of a mapping, or null.</summary>
    public static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    /// <summary>Fails on keys not in <paramref name="allowed"/>, naming the closest allowed one.</summary>
    public void CheckKeys(YamlMappingNode map, string field, IReadOnlyCollection<string> allowed)
    {
        foreach (var (key, _) in map.Children)
        {
            string name = key is YamlScalarNode s ? s.Value ?? "" : "";
            if (!allowed.Contains(name))
            {
                string closest = allowed.OrderBy(a => Distance(a, name)).First();
                string where = field.Length > 0 ? field + "." + name : name;
                throw Error(key, where, $"unknown field (did you mean '{closest}'?)");
            }
        }
    }

    /// <summary>A scalar's text, or an error naming the field.</summary>
    public string Scalar(YamlNode node, string field)
    {
        if (node is YamlScalarNode s && s.Value is not null)
        {
            return s.Value;
        }

        throw Error(node, field, "expected a single value");
    }

    /// <summary>A sequence's items, or an error naming the field.</summary>
    public IReadOnlyList<YamlNode> Sequence(YamlNode node, string field)
    {
        if (node is YamlSequenceNode seq)
        {
            return seq.Children.ToArray();
        }

        throw Error(node, field, "expected a list");
    }

    /// <summary>A mapping, or an error naming the field.</summary>
    public YamlMappingNode Mapping(YamlNode node, string field)
    {
        if (node is YamlMappingNode map)
        {
            return map;
        }

        throw Error(node, field, "expected a mapping of fields");
    }

    /// <summary>Formats a number for substitution into text (invariant, no exponent for usual values).</summary>
    public static string FormatNumber(double value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1));
            }
        }

        return d[a.Length, b.Length];
    }
}
