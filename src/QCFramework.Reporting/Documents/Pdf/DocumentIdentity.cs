using System.Security.Cryptography;
using System.Text;

namespace QCFramework.Reporting.Documents.Pdf;

/// <summary>
/// Identifiers derived from the caller's document identity instead of random numbers, so that the same
/// report content always gets the same file identifier (trailer /ID, ISO 32000-1 §14.4) and XMP IDs.
/// </summary>
internal static class DocumentIdentity
{
    /// <summary>16 bytes: the first half of SHA-256 over the identity and a purpose label.</summary>
    public static byte[] Bytes(string identity, string purpose)
        => SHA256.HashData(Encoding.UTF8.GetBytes($"{purpose}\n{identity}"))[..16];

    /// <summary>The bytes as a string of code points 0–255 (how PDFsharp takes a binary /ID).</summary>
    public static string RawString(byte[] bytes) => Encoding.Latin1.GetString(bytes);

    /// <summary>A UUID in 8-4-4-4-12 form for XMP (xmpMM:DocumentID, xmpMM:InstanceID).</summary>
    public static string Uuid(string identity, string purpose)
    {
        string h = Convert.ToHexStringLower(Bytes(identity, purpose));
        return $"{h[..8]}-{h[8..12]}-{h[12..16]}-{h[16..20]}-{h[20..]}";
    }
}
