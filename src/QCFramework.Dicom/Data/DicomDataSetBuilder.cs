using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace QCFramework.Dicom.Data;

/// <summary>
/// Builds a data set to write: values are encoded as Explicit VR Little Endian requires (PS3.5
/// §6.2): text padded to even length with a space (UI with NUL), decimals in at most 16 characters,
/// binary little endian. Text that is not ASCII makes the data set declare UTF-8 (ISO_IR 192).
/// </summary>
public sealed class DicomDataSetBuilder
{
    private readonly SortedDictionary<DicomTag, DicomElement> _elements = [];

    /// <summary>Adds a text element; null or empty writes a zero-length value (a Type 2 attribute with no value).</summary>
    public DicomDataSetBuilder AddText(DicomTag tag, DicomVr vr, string? value)
    {
        if (!DicomVrInfo.IsText(vr))
        {
            throw new ArgumentException($"{vr} is not a text VR", nameof(vr));
        }

        value ??= string.Empty;
        if (!DicomText.IsAscii(value))
        {
            if (vr is not (DicomVr.LO or DicomVr.LT or DicomVr.PN or DicomVr.SH or DicomVr.ST or DicomVr.UC or DicomVr.UT))
            {
                throw new ArgumentException($"{tag} {vr} allows only ASCII characters: '{value}'", nameof(value));
            }

            AddText(DicomTags.SpecificCharacterSet, DicomVr.CS, DicomText.Utf8Term);
        }

        byte[] bytes = Encoding.UTF8.GetBytes(value);
        if (bytes.Length % 2 == 1)
        {
            Array.Resize(ref bytes, bytes.Length + 1);
            bytes[^1] = vr == DicomVr.UI ? (byte)0 : (byte)' ';
        }

        return Put(tag, vr, bytes);
    }

    /// <summary>Adds a multi-valued text element, joining the values with backslashes.</summary>
    public DicomDataSetBuilder AddTexts(DicomTag tag, DicomVr vr, params IReadOnlyList<string> values) =>
        AddText(tag, vr, string.Join('\\', values));

    /// <summary>Adds a DS (decimal string) element; an empty list writes a zero-length value.</summary>
    public DicomDataSetBuilder AddDecimals(DicomTag tag, params IReadOnlyList<double> values)
    {
        var texts = new string[values.Count];
        for (int i = 0; i < texts.Length; i++)
        {
            texts[i] = FormatDecimal(values[i], tag);
        }

        return AddTexts(tag, DicomVr.DS, texts);
    }

    /// <summary>Adds a DS element with one value, or no value when <paramref name="value"/> is null.</summary>
    public DicomDataSetBuilder AddDecimal(DicomTag tag, double? value) =>
        value is { } v ? AddDecimals(tag, v) : AddText(tag, DicomVr.DS, null);

    /// <summary>Adds an IS (integer string) element, or no value when <paramref name="value"/> is null.</summary>
    public DicomDataSetBuilder AddInteger(DicomTag tag, long? value)
    {
        // PS3.5 Table 6.2-1: IS holds a signed 32-bit integer.
        if (value is < int.MinValue or > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"{tag} IS must fit a 32-bit signed integer");
        }

        return AddText(tag, DicomVr.IS, value?.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Adds a US (unsigned short) element.</summary>
    public DicomDataSetBuilder AddUInt16(DicomTag tag, ushort value)
    {
        var bytes = new byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(bytes, value);
        return Put(tag, DicomVr.US, bytes);
    }

    /// <summary>Adds a binary element (OB, OW...) whose bytes are already little endian; odd lengths get a zero pad byte.</summary>
    public DicomDataSetBuilder AddBytes(DicomTag tag, DicomVr vr, ReadOnlyMemory<byte> value)
    {
        if (value.Length % 2 == 1)
        {
            var padded = new byte[value.Length + 1];
            value.Span.CopyTo(padded);
            value = padded;
        }

        return Put(tag, vr, value);
    }

    /// <summary>The data set, elements in ascending tag order.</summary>
    public DicomDataSet Build()
    {
        var encoding = _elements.TryGetValue(DicomTags.SpecificCharacterSet, out var charset)
            ? DicomText.EncodingFor(charset.GetTexts(Encoding.Latin1))
            : Encoding.Latin1;
        return new DicomDataSet([.. _elements.Values], encoding, 0);
    }

    /// <summary>
    /// Formats a decimal string in at most 16 characters (PS3.5 Table 6.2-1): the shortest text
    /// that reads back as the same double when it fits, otherwise the most significant digits that fit.
    /// </summary>
    internal static string FormatDecimal(double value, DicomTag tag)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"{tag} DS must be finite");
        }

        string text = value.ToString("R", CultureInfo.InvariantCulture);
        for (int digits = 15; text.Length > 16 && digits >= 1; digits--)
        {
            text = value.ToString("G" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        }

        return text;
    }

    private DicomDataSetBuilder Put(DicomTag tag, DicomVr vr, ReadOnlyMemory<byte> value)
    {
        if (value.Length > (DicomVrInfo.HasLongLength(vr) ? int.MaxValue - 1 : ushort.MaxValue - 1))
        {
            throw new ArgumentException($"{tag} value of {value.Length} bytes is too long for VR {vr}", nameof(value));
        }

        _elements[tag] = new DicomElement(tag, vr, 0, value, bigEndian: false);
        return this;
    }
}
