using System.Text.Json;

namespace QCFramework.Tests.Statistics;

/// <summary>Flattens CLI JSON into "a.b" and "a[0]" keys with their numbers (null for JSON null).</summary>
internal static class JsonFields
{
    /// <summary>The numeric and null leaves of <paramref name="json"/>; strings and booleans are left out.</summary>
    public static Dictionary<string, double?> Numbers(string json)
    {
        var fields = new Dictionary<string, double?>(StringComparer.Ordinal);
        using var doc = JsonDocument.Parse(json);
        Walk("", doc.RootElement, fields);
        return fields;
    }

    private static void Walk(string key, JsonElement element, Dictionary<string, double?> fields)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Walk(key.Length == 0 ? property.Name : $"{key}.{property.Name}", property.Value, fields);
                }

                break;
            case JsonValueKind.Array:
                int i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk($"{key}[{i++}]", item, fields);
                }

                break;
            case JsonValueKind.Number:
                fields[key] = element.GetDouble();
                break;
            case JsonValueKind.Null:
                fields[key] = null;
                break;
        }
    }
}
