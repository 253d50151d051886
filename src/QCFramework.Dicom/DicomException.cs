using System.Globalization;
using QCFramework.Dicom.Data;

namespace QCFramework.Dicom;

/// <summary>
/// A DICOM file that cannot be read: malformed, truncated, of an unsupported transfer syntax, or
/// missing what a reader needs. The message is one line naming the file and, where known, the
/// element's tag and the byte offset, e.g.
/// <c>scan/0001.dcm: (7FE0,0010) PixelData at byte 1342: value length 524288 exceeds the 1000 bytes remaining</c>.
/// </summary>
public sealed class DicomException : Exception
{
    /// <summary>Creates the exception with a reason and, where known, the tag and byte offset.</summary>
    public DicomException(string reason, DicomTag? tag = null, long? offset = null, string? filePath = null)
        : this(reason, tag, offset, filePath, inner: null)
    {
    }

    private DicomException(string reason, DicomTag? tag, long? offset, string? filePath, Exception? inner)
        : base(Compose(reason, tag, offset, filePath), inner)
    {
        Reason = reason;
        Tag = tag;
        Offset = offset;
        FilePath = filePath;
    }

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; }

    /// <summary>The element concerned, when known.</summary>
    public DicomTag? Tag { get; }

    /// <summary>The byte offset in the file (or in the inflated data set of a deflated file), when known.</summary>
    public long? Offset { get; }

    /// <summary>The file concerned, when known.</summary>
    public string? FilePath { get; }

    /// <summary>The same error attributed to <paramref name="path"/> (kept if a path is already set).</summary>
    public DicomException InFile(string path) =>
        FilePath is null ? new DicomException(Reason, Tag, Offset, path, this) : this;

    private static string Compose(string reason, DicomTag? tag, long? offset, string? filePath)
    {
        var text = new System.Text.StringBuilder();
        if (filePath is not null)
        {
            text.Append(filePath).Append(": ");
        }

        if (tag is { } t)
        {
            text.Append(t.ToString()).Append(' ').Append(DicomDictionary.KeywordOf(t));
            text.Append(offset is null ? ": " : " ");
        }

        if (offset is { } at)
        {
            text.Append("at byte ").Append(at.ToString(CultureInfo.InvariantCulture)).Append(": ");
        }

        // One line, always: a reason quoting file content must not break the line.
        text.Append(reason.ReplaceLineEndings(" "));
        return text.ToString();
    }
}
