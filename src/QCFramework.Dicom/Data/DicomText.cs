using System.Text;

namespace QCFramework.Dicom.Data;

/// <summary>
/// Character repertoires of (0008,0005) Specific Character Set (PS3.3 §C.12.1.1.2). The default
/// repertoire and ISO_IR 100 decode as Latin-1, ISO_IR 192 as UTF-8. Other repertoires (ISO 2022
/// escapes, Cyrillic, Japanese...) fall back to Latin-1: this only affects how names and
/// descriptions display, since UIDs, codes and numbers are restricted to the default repertoire.
/// </summary>
internal static class DicomText
{
    /// <summary>The value written to (0008,0005) when a data set holds non-ASCII text.</summary>
    public const string Utf8Term = "ISO_IR 192";

    /// <summary>The encoding for the values of a Specific Character Set element.</summary>
    public static Encoding EncodingFor(IReadOnlyList<string> terms) =>
        terms.Count > 0 && terms[0] == Utf8Term ? Encoding.UTF8 : Encoding.Latin1;

    /// <summary>True when every character of <paramref name="text"/> is in the default repertoire.</summary>
    public static bool IsAscii(string text) => Ascii.IsValid(text);
}
