using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace QCFramework.Dicom.Data;

/// <summary>
/// One data element: its tag, VR, where it starts in the file, and its value — raw bytes, the
/// items of a sequence, or the fragments of encapsulated pixel data. Typed accessors decode the
/// value and throw a <see cref="DicomException"/> naming the tag and offset when it is malformed.
/// </summary>
public sealed class DicomElement
{
    private static readonly IReadOnlyList<DicomDataSet> NoItems = [];

    internal DicomElement(
        DicomTag tag,
        DicomVr vr,
        long offset,
        ReadOnlyMemory<byte> value,
        bool bigEndian,
        bool undefinedLength = false,
        IReadOnlyList<DicomDataSet>? items = null,
        IReadOnlyList<ReadOnlyMemory<byte>>? fragments = null)
    {
        Tag = tag;
        Vr = vr;
        Offset = offset;
        Value = value;
        BigEndian = bigEndian;
        UndefinedLength = undefinedLength;
        Items = items ?? NoItems;
        Fragments = fragments;
    }

    /// <summary>The tag.</summary>
    public DicomTag Tag { get; }

    /// <summary>The VR: explicit in the file, or from <see cref="DicomDictionary"/> for implicit VR.</summary>
    public DicomVr Vr { get; }

    /// <summary>Byte offset of the element's tag in the parsed bytes.</summary>
    public long Offset { get; }

    /// <summary>The raw value bytes (empty for sequences and encapsulated pixel data).</summary>
    public ReadOnlyMemory<byte> Value { get; }

    /// <summary>True when binary values are big endian (Explicit VR Big Endian).</summary>
    public bool BigEndian { get; }

    /// <summary>True when the element was encoded with undefined length (0xFFFFFFFF).</summary>
    public bool UndefinedLength { get; }

    /// <summary>The items of a sequence; empty for other elements.</summary>
    public IReadOnlyList<DicomDataSet> Items { get; }

    /// <summary>
    /// The fragments of encapsulated pixel data (PS3.5 §A.4), the first being the Basic Offset
    /// Table; null for native values.
    /// </summary>
    public IReadOnlyList<ReadOnlyMemory<byte>>? Fragments { get; }

    /// <summary>True for a sequence (VR SQ, or an undefined-length UN parsed as one).</summary>
    public bool IsSequence => !ReferenceEquals(Items, NoItems) || Vr == DicomVr.SQ;

    /// <summary>
    /// The whole value as text in <paramref name="encoding"/>, without trailing spaces and NULs
    /// (and without leading spaces, except for LT/ST/UT where they are significant, PS3.5 §6.2).
    /// </summary>
    public string GetText(Encoding encoding)
    {
        var text = encoding.GetString(Value.Span).TrimEnd(' ', '\0');
        return DicomVrInfo.IsSingleValuedText(Vr) ? text : text.TrimStart(' ');
    }

    /// <summary>The values of a multi-valued text element, split at backslashes and trimmed.</summary>
    public string[] GetTexts(Encoding encoding)
    {
        if (Value.IsEmpty)
        {
            return [];
        }

        var whole = encoding.GetString(Value.Span);
        if (DicomVrInfo.IsSingleValuedText(Vr))
        {
            return [whole.TrimEnd(' ', '\0')];
        }

        var parts = whole.Split('\\');
        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] = parts[i].Trim(' ', '\0');
        }

        return parts;
    }

    /// <summary>
    /// Value <paramref name="index"/> as a number: parsed from DS or IS text, or read from a binary
    /// VR (US, SS, UL, SL, FL, FD, SV, UV). Null when the element has no such value.
    /// </summary>
    public double? GetNumber(int index, Encoding encoding)
    {
        if (DicomVrInfo.IsText(Vr))
        {
            var texts = GetTexts(encoding);
            if (index >= texts.Length || texts[index].Length == 0)
            {
                return null;
            }

            if (Vr == DicomVr.IS)
            {
                return ParseInteger(texts[index]);
            }

            if (double.TryParse(texts[index], NumberStyles.Float, CultureInfo.InvariantCulture, out double number)
                && double.IsFinite(number))
            {
                return number;
            }

            throw Malformed($"'{texts[index]}' is not a decimal number");
        }

        return ReadBinary(index);
    }

    /// <summary>
    /// Value <paramref name="index"/> as an integer: parsed from IS text or read from an integer
    /// binary VR. Null when the element has no such value.
    /// </summary>
    public long? GetInteger(int index, Encoding encoding)
    {
        if (DicomVrInfo.IsText(Vr))
        {
            var texts = GetTexts(encoding);
            if (index >= texts.Length || texts[index].Length == 0)
            {
                return null;
            }

            return ParseInteger(texts[index]);
        }

        double? value = ReadBinary(index);
        if (value is { } v && (Vr is DicomVr.FL or DicomVr.FD) && v != Math.Floor(v))
        {
            throw Malformed($"{v.ToString(CultureInfo.InvariantCulture)} is not an integer");
        }

        return value is null ? null : (long)value.Value;
    }

    internal DicomException Malformed(string reason) => new(reason, Tag, Offset);

    private long ParseInteger(string text)
    {
        if (long.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite,
                CultureInfo.InvariantCulture, out long number))
        {
            return number;
        }

        throw Malformed($"'{text}' is not an integer string");
    }

    private double? ReadBinary(int index)
    {
        int size = DicomVrInfo.BinaryValueSize(Vr);
        if (size == 0 || Vr is DicomVr.AT)
        {
            throw Malformed($"a {Vr} value is not a number");
        }

        if (Value.Length % size != 0)
        {
            throw Malformed($"{Vr} value of {Value.Length} bytes is not a whole number of {size}-byte values");
        }

        if (index < 0 || (long)(index + 1) * size > Value.Length)
        {
            return null;
        }

        var bytes = Value.Span.Slice(index * size, size);
        return Vr switch
        {
            DicomVr.US or DicomVr.OW => BigEndian ? BinaryPrimitives.ReadUInt16BigEndian(bytes) : BinaryPrimitives.ReadUInt16LittleEndian(bytes),
            DicomVr.SS => BigEndian ? BinaryPrimitives.ReadInt16BigEndian(bytes) : BinaryPrimitives.ReadInt16LittleEndian(bytes),
            DicomVr.UL or DicomVr.OL => BigEndian ? BinaryPrimitives.ReadUInt32BigEndian(bytes) : BinaryPrimitives.ReadUInt32LittleEndian(bytes),
            DicomVr.SL => BigEndian ? BinaryPrimitives.ReadInt32BigEndian(bytes) : BinaryPrimitives.ReadInt32LittleEndian(bytes),
            DicomVr.FL or DicomVr.OF => BigEndian ? BinaryPrimitives.ReadSingleBigEndian(bytes) : BinaryPrimitives.ReadSingleLittleEndian(bytes),
            DicomVr.FD or DicomVr.OD => BigEndian ? BinaryPrimitives.ReadDoubleBigEndian(bytes) : BinaryPrimitives.ReadDoubleLittleEndian(bytes),
            DicomVr.SV => BigEndian ? BinaryPrimitives.ReadInt64BigEndian(bytes) : BinaryPrimitives.ReadInt64LittleEndian(bytes),
            _ => BigEndian ? BinaryPrimitives.ReadUInt64BigEndian(bytes) : BinaryPrimitives.ReadUInt64LittleEndian(bytes),
        };
    }
}
