using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using QCFramework.Results;

namespace QCFramework.IO.Results;

/// <summary>
/// The one reader and writer of a campaign's manifest.json (<see cref="CampaignManifest"/>): camelCase
/// fields in the record's declaration order, two-space indentation, LF line ends, UTF-8 without a
/// byte-order mark and a final line end, so the same manifest always gives the same bytes.
/// </summary>
public static class ManifestJson
{
    /// <summary>The file name a campaign folder holds its manifest under.</summary>
    public const string FileName = "manifest.json";

    // ISO 8601 with seconds and a zone ("Z" or "+01:00"), optionally with fractions of a second.
    private static readonly string[] IsoFormats = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        // Citations and names keep their characters (µ, ³, ü) instead of \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>The file's bytes for <paramref name="manifest"/>.</summary>
    public static byte[] Format(CampaignManifest manifest)
    {
        string text = JsonSerializer.Serialize(manifest, Options) + "\n";
        return new UTF8Encoding(false).GetBytes(text);
    }

    /// <summary>Writes the manifest, replacing the file.</summary>
    public static void Write(string path, CampaignManifest manifest) => File.WriteAllBytes(path, Format(manifest));

    /// <summary>Reads a manifest.</summary>
    /// <exception cref="InputException">A missing file, malformed JSON, a missing or mistyped field, or a creation time that is not ISO 8601; the message names the file, line and field.</exception>
    public static CampaignManifest Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException($"{path}: file not found");
        }

        CampaignManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<CampaignManifest>(File.ReadAllBytes(path), Options);
        }
        catch (JsonException ex)
        {
            string where = ex.LineNumber is long line ? $"{path}:{line + 1}:{(ex.BytePositionInLine ?? 0) + 1}" : path;
            string field = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "" : $" {ex.Path}:";
            throw new InputException($"{where}:{field} {ex.Message.Split('\n')[0]}", ex);
        }

        if (manifest is null)
        {
            throw new InputException($"{path}:1:1: expected a manifest object, found null");
        }

        if (!TryParseCreated(manifest.CreatedUtc, out _))
        {
            throw new InputException($"{path}: $.createdUtc: '{manifest.CreatedUtc}' is not an ISO 8601 date and time (e.g. 2025-01-31T12:00:00Z)");
        }

        return manifest;
    }

    /// <summary>When the campaign was defined to run, from <see cref="CampaignManifest.CreatedUtc"/>.</summary>
    /// <exception cref="InputException">The field is not an ISO 8601 date and time.</exception>
    public static DateTimeOffset CreatedAt(CampaignManifest manifest) =>
        TryParseCreated(manifest.CreatedUtc, out DateTimeOffset created)
            ? created
            : throw new InputException($"manifest createdUtc '{manifest.CreatedUtc}' is not an ISO 8601 date and time (e.g. 2025-01-31T12:00:00Z)");

    private static bool TryParseCreated(string text, out DateTimeOffset created) =>
        DateTimeOffset.TryParseExact(text, IsoFormats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out created);
}
