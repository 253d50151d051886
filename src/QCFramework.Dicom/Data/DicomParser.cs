using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace QCFramework.Dicom.Data;

/// <summary>
/// Parses encoded data sets (PS3.5 §7) from bytes already in memory. Every length is checked
/// against the bytes that remain before it is used, so malformed input ends in a
/// <see cref="DicomException"/> naming the tag and offset — never an out-of-range read, a loop
/// that does not advance, or an allocation larger than the input. Nesting deeper than
/// <see cref="MaxDepth"/> is refused so hostile input cannot exhaust the stack.
/// <para>
/// One tolerance, shared with dcmtk and pydicom: a sequence or item still open when the data ends
/// (a missing delimiter, or a length running past the end) is closed there, provided every element
/// in it is complete. A data element whose value runs past the end is always an error.
/// </para>
/// </summary>
internal sealed class DicomParser
{
    /// <summary>Deepest sequence nesting accepted; real objects (structured reports) stay well below.</summary>
    public const int MaxDepth = 64;

    private const uint UndefinedLength = 0xFFFF_FFFF;

    private static readonly DicomTag ItemTag = new(0xFFFE, 0xE000);
    private static readonly DicomTag ItemDelimitationTag = new(0xFFFE, 0xE00D);
    private static readonly DicomTag SequenceDelimitationTag = new(0xFFFE, 0xE0DD);

    private readonly ReadOnlyMemory<byte> _buffer;

    /// <summary>Creates a parser over <paramref name="buffer"/>.</summary>
    public DicomParser(ReadOnlyMemory<byte> buffer)
    {
        _buffer = buffer;
    }

    /// <summary>How elements are encoded: VR explicit or implied, and byte order.</summary>
    /// <param name="ExplicitVr">True when each element carries its VR.</param>
    /// <param name="BigEndian">True for big-endian numbers.</param>
    public readonly record struct ElementEncoding(bool ExplicitVr, bool BigEndian)
    {
        /// <summary>The encoding of a transfer syntax's data set.</summary>
        public static ElementEncoding Of(DicomTransferSyntax syntax) => new(syntax.ExplicitVr, syntax.BigEndian);
    }

    /// <summary>
    /// Parses elements from <paramref name="start"/> up to <paramref name="end"/>. With
    /// <paramref name="onlyGroup"/>, stops before the first element of another group (file meta).
    /// </summary>
    public DicomDataSet ReadDataSet(int start, int end, ElementEncoding encoding, out int next, ushort? onlyGroup = null) =>
        ReadDataSet(start, end, encoding, Encoding.Latin1, depth: 0, untilItemDelimiter: false, onlyGroup, out next);

    /// <summary>The tag at <paramref name="position"/>, which must have 4 bytes.</summary>
    public DicomTag PeekTag(int position, bool bigEndian)
    {
        var span = _buffer.Span.Slice(position, 4);
        return bigEndian
            ? new DicomTag(BinaryPrimitives.ReadUInt16BigEndian(span), BinaryPrimitives.ReadUInt16BigEndian(span[2..]))
            : new DicomTag(BinaryPrimitives.ReadUInt16LittleEndian(span), BinaryPrimitives.ReadUInt16LittleEndian(span[2..]));
    }

    private DicomDataSet ReadDataSet(
        int start, int end, ElementEncoding encoding, Encoding text, int depth, bool untilItemDelimiter,
        ushort? onlyGroup, out int next)
    {
        if (depth > MaxDepth)
        {
            throw new DicomException($"sequences are nested more than {MaxDepth} deep", offset: start);
        }

        var elements = new List<DicomElement>();
        int position = start;
        while (position < end)
        {
            if (end - position < 8)
            {
                throw new DicomException($"truncated: an element header needs 8 bytes but {end - position} remain", offset: position);
            }

            var tag = PeekTag(position, encoding.BigEndian);
            if (onlyGroup is { } group && tag.Group != group)
            {
                break;
            }

            if (tag == ItemDelimitationTag && untilItemDelimiter)
            {
                next = position + 8;
                return new DicomDataSet([.. elements], text, start);
            }

            if (tag.Group == 0xFFFE)
            {
                throw new DicomException("item or delimiter tag where a data element was expected", tag, position);
            }

            var element = ReadElement(tag, position, end, encoding, text, depth, out position);
            if (tag == DicomTags.SpecificCharacterSet)
            {
                text = DicomText.EncodingFor(element.GetTexts(Encoding.Latin1));
            }

            elements.Add(element);
        }

        if (untilItemDelimiter && !AtEndOfData(end))
        {
            throw new DicomException("truncated: an undefined-length item ends without an item delimiter", offset: position);
        }

        next = position;
        return new DicomDataSet([.. elements], text, start);
    }

    private DicomElement ReadElement(
        DicomTag tag, int position, int end, ElementEncoding encoding, Encoding text, int depth, out int next)
    {
        var span = _buffer.Span;
        DicomVr vr;
        uint length;
        int headerLength;
        if (encoding.ExplicitVr)
        {
            if (!DicomVrInfo.TryParse(span[position + 4], span[position + 5], out vr))
            {
                throw new DicomException(
                    string.Create(CultureInfo.InvariantCulture, $"invalid VR bytes 0x{span[position + 4]:X2} 0x{span[position + 5]:X2}"),
                    tag, position);
            }

            if (DicomVrInfo.HasLongLength(vr))
            {
                if (end - position < 12)
                {
                    throw new DicomException($"truncated: a {vr} element header needs 12 bytes but {end - position} remain", tag, position);
                }

                length = ReadUInt32(position + 8, encoding.BigEndian);
                headerLength = 12;
            }
            else
            {
                length = encoding.BigEndian
                    ? BinaryPrimitives.ReadUInt16BigEndian(span.Slice(position + 6, 2))
                    : BinaryPrimitives.ReadUInt16LittleEndian(span.Slice(position + 6, 2));
                headerLength = 8;
            }
        }
        else
        {
            DicomDictionary.TryGetVr(tag, out vr);
            length = ReadUInt32(position + 4, encoding.BigEndian);
            headerLength = 8;
        }

        int valueStart = position + headerLength;
        if (length == UndefinedLength)
        {
            if (tag == DicomTags.PixelData)
            {
                var fragments = ReadFragments(valueStart, end, encoding, out next);
                return new DicomElement(tag, vr, position, ReadOnlyMemory<byte>.Empty, encoding.BigEndian, true, fragments: fragments);
            }

            if (vr is DicomVr.SQ or DicomVr.UN)
            {
                // An undefined-length UN is a sequence whose items are Implicit VR Little Endian (PS3.5 §6.2.2).
                var itemEncoding = vr == DicomVr.UN ? new ElementEncoding(false, false) : encoding;
                var items = ReadItems(valueStart, end, definedEnd: null, itemEncoding, text, depth, out next);
                return new DicomElement(tag, vr, position, ReadOnlyMemory<byte>.Empty, encoding.BigEndian, true, items);
            }

            throw new DicomException($"undefined length is not allowed for VR {vr}", tag, position);
        }

        if (length > (uint)(end - valueStart))
        {
            if (vr != DicomVr.SQ || !AtEndOfData(end))
            {
                throw new DicomException(
                    string.Create(CultureInfo.InvariantCulture, $"value length {length} exceeds the {end - valueStart} bytes remaining"),
                    tag, position);
            }

            length = (uint)(end - valueStart);
        }

        int valueEnd = valueStart + (int)length;
        next = valueEnd;
        if (vr == DicomVr.SQ)
        {
            var items = ReadItems(valueStart, valueEnd, valueEnd, encoding, text, depth, out _);
            return new DicomElement(tag, vr, position, ReadOnlyMemory<byte>.Empty, encoding.BigEndian, false, items);
        }

        return new DicomElement(tag, vr, position, _buffer.Slice(valueStart, (int)length), encoding.BigEndian);
    }

    private List<DicomDataSet> ReadItems(
        int start, int end, int? definedEnd, ElementEncoding encoding, Encoding text, int depth, out int next)
    {
        var items = new List<DicomDataSet>();
        int position = start;
        while (true)
        {
            if ((definedEnd is { } limit && position == limit) || (position == end && AtEndOfData(end)))
            {
                next = position;
                return items;
            }

            if (end - position < 8)
            {
                throw new DicomException($"truncated: a sequence item header needs 8 bytes but {end - position} remain", offset: position);
            }

            var tag = PeekTag(position, encoding.BigEndian);
            uint length = ReadUInt32(position + 4, encoding.BigEndian);
            if (tag == SequenceDelimitationTag && definedEnd is null)
            {
                next = position + 8;
                return items;
            }

            if (tag != ItemTag)
            {
                throw new DicomException("expected a sequence item (FFFE,E000)", tag, position);
            }

            int itemStart = position + 8;
            if (length == UndefinedLength)
            {
                items.Add(ReadDataSet(itemStart, end, encoding, text, depth + 1, untilItemDelimiter: true, null, out position));
                continue;
            }

            if (length > (uint)(end - itemStart))
            {
                if (!AtEndOfData(end))
                {
                    throw new DicomException(
                        string.Create(CultureInfo.InvariantCulture, $"item length {length} exceeds the {end - itemStart} bytes remaining"),
                        tag, position);
                }

                length = (uint)(end - itemStart);
            }

            int itemEnd = itemStart + (int)length;
            items.Add(ReadDataSet(itemStart, itemEnd, encoding, text, depth + 1, untilItemDelimiter: false, null, out _));
            position = itemEnd;
        }
    }

    private List<ReadOnlyMemory<byte>> ReadFragments(int start, int end, ElementEncoding encoding, out int next)
    {
        var fragments = new List<ReadOnlyMemory<byte>>();
        int position = start;
        while (true)
        {
            if (end - position < 8)
            {
                throw new DicomException(
                    $"truncated: encapsulated pixel data needs 8 bytes for the next item but {end - position} remain",
                    DicomTags.PixelData, position);
            }

            var tag = PeekTag(position, encoding.BigEndian);
            uint length = ReadUInt32(position + 4, encoding.BigEndian);
            if (tag == SequenceDelimitationTag)
            {
                next = position + 8;
                return fragments;
            }

            if (tag != ItemTag)
            {
                throw new DicomException($"expected a pixel data fragment (FFFE,E000) but found {tag}", DicomTags.PixelData, position);
            }

            if (length > (uint)(end - position - 8))
            {
                throw new DicomException(
                    string.Create(CultureInfo.InvariantCulture, $"fragment length {length} exceeds the {end - position - 8} bytes remaining"),
                    DicomTags.PixelData, position);
            }

            fragments.Add(_buffer.Slice(position + 8, (int)length));
            position += 8 + (int)length;
        }
    }

    /// <summary>True when <paramref name="end"/> is the end of all the data, where open containers may be closed.</summary>
    private bool AtEndOfData(int end) => end == _buffer.Length;

    private uint ReadUInt32(int position, bool bigEndian)
    {
        var bytes = _buffer.Span.Slice(position, 4);
        return bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(bytes) : BinaryPrimitives.ReadUInt32LittleEndian(bytes);
    }
}
