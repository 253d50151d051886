using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.InteropServices;

namespace QCFramework.Dicom.Data;

/// <summary>
/// A parsed DICOM file: its file meta information (empty when the file has no Part 10 header),
/// transfer syntax and data set. Reads Part 10 files (PS3.10 §7.1) and bare data sets without a
/// header, whose encoding is recognised from the first element (see <see cref="Parse"/>).
/// </summary>
public sealed class DicomFile
{
    /// <summary>Largest inflated size per compressed byte: deflate cannot exceed 1032:1 (RFC 1951 §3.2.5: 258-byte matches in ~2 bits).</summary>
    private const int MaxDeflateRatio = 1032;

    private DicomFile(DicomDataSet fileMeta, DicomTransferSyntax transferSyntax, DicomDataSet dataSet)
    {
        FileMeta = fileMeta;
        TransferSyntax = transferSyntax;
        DataSet = dataSet;
    }

    /// <summary>The group 0002 elements; empty for a file without a Part 10 header.</summary>
    public DicomDataSet FileMeta { get; }

    /// <summary>True when the file has file meta information.</summary>
    public bool HasFileMeta => FileMeta.Count > 0;

    /// <summary>The transfer syntax of the data set.</summary>
    public DicomTransferSyntax TransferSyntax { get; }

    /// <summary>The data set.</summary>
    public DicomDataSet DataSet { get; }

    /// <summary>Reads and parses the file at <paramref name="path"/>.</summary>
    /// <exception cref="DicomException">The file cannot be read or is not valid DICOM; the message names the file.</exception>
    public static DicomFile Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or OutOfMemoryException)
        {
            throw new DicomException($"cannot read the file: {ex.Message}", filePath: path);
        }

        return Parse(bytes, path);
    }

    /// <summary>
    /// Parses <paramref name="bytes"/>. A Part 10 file has a 128-byte preamble, "DICM" and the file
    /// meta group. Without that marker the bytes must start with an element of group 0002 (file meta
    /// without preamble) or 0008, whose byte order and explicit or implicit VR are read from it:
    /// nothing else is guessed.
    /// </summary>
    /// <param name="bytes">The whole file.</param>
    /// <param name="path">The file name to put in error messages, if any.</param>
    /// <exception cref="DicomException">The bytes are not valid DICOM.</exception>
    public static DicomFile Parse(ReadOnlyMemory<byte> bytes, string? path = null)
    {
        try
        {
            return ParseBytes(bytes);
        }
        catch (DicomException ex) when (path is not null)
        {
            throw ex.InFile(path);
        }
    }

    private static DicomFile ParseBytes(ReadOnlyMemory<byte> bytes)
    {
        var parser = new DicomParser(bytes);
        var span = bytes.Span;
        int metaStart;
        if (HasPart10Marker(span))
        {
            metaStart = 132;
        }
        else if (LooksLikeElement(span, 0x0002, bigEndian: false))
        {
            metaStart = 0;
        }
        else
        {
            var syntax = SniffBareDataSet(span)
                ?? throw new DicomException("not a DICOM file: no 'DICM' marker at byte 128 and no group 0002 or 0008 element at byte 0");
            var bare = parser.ReadDataSet(0, span.Length, DicomParser.ElementEncoding.Of(syntax), out _);
            return new DicomFile(DicomDataSet.Empty, syntax, bare);
        }

        // The file meta is Explicit VR Little Endian (PS3.10 §7.1); some old writers used implicit VR.
        bool metaExplicit = span.Length >= metaStart + 6 && DicomVrInfo.TryParse(span[metaStart + 4], span[metaStart + 5], out _);
        var meta = parser.ReadDataSet(metaStart, span.Length, new DicomParser.ElementEncoding(metaExplicit, false), out int dataStart, onlyGroup: 0x0002);
        var transferSyntax = TransferSyntaxOf(meta);
        if (!transferSyntax.Deflated)
        {
            var dataSet = parser.ReadDataSet(dataStart, span.Length, DicomParser.ElementEncoding.Of(transferSyntax), out _);
            return new DicomFile(meta, transferSyntax, dataSet);
        }

        var inflated = Inflate(bytes[dataStart..], dataStart);
        try
        {
            var dataSet = new DicomParser(inflated).ReadDataSet(0, inflated.Length, DicomParser.ElementEncoding.Of(transferSyntax), out _);
            return new DicomFile(meta, transferSyntax, dataSet);
        }
        catch (DicomException ex)
        {
            throw new DicomException($"{ex.Reason} (offset counted in the inflated data set that starts at byte {dataStart})", ex.Tag, ex.Offset);
        }
    }

    /// <summary>
    /// True when <paramref name="bytes"/> (the start of a file is enough: 132 bytes) look like DICOM
    /// as <see cref="Parse"/> recognises it; a folder reader uses this to pass over other files.
    /// </summary>
    public static bool HasDicomSignature(ReadOnlySpan<byte> bytes) =>
        HasPart10Marker(bytes) || LooksLikeElement(bytes, 0x0002, bigEndian: false) || SniffBareDataSet(bytes) is not null;

    private static bool HasPart10Marker(ReadOnlySpan<byte> span) =>
        span.Length >= 132 && span.Slice(128, 4).SequenceEqual("DICM"u8);

    private static DicomTransferSyntax TransferSyntaxOf(DicomDataSet meta)
    {
        var uid = meta.GetString(DicomTags.TransferSyntaxUID);
        if (string.IsNullOrEmpty(uid))
        {
            throw new DicomException("the file meta information has no transfer syntax", DicomTags.TransferSyntaxUID);
        }

        if (!DicomTransferSyntax.TryLookup(uid, out var syntax))
        {
            var element = meta.Find(DicomTags.TransferSyntaxUID)!;
            throw new DicomException($"unsupported transfer syntax {uid} (not in PS3.6 Table A-1)", element.Tag, element.Offset);
        }

        return syntax;
    }

    /// <summary>
    /// The transfer syntax of a data set without file meta, recognised from its first element:
    /// group 0008 in little- or big-endian order, followed by a valid VR (explicit) or not (implicit).
    /// </summary>
    private static DicomTransferSyntax? SniffBareDataSet(ReadOnlySpan<byte> span)
    {
        if (LooksLikeElement(span, 0x0008, bigEndian: false))
        {
            return DicomVrInfo.TryParse(span[4], span[5], out _)
                ? DicomTransferSyntax.ExplicitVrLittleEndian
                : DicomTransferSyntax.ImplicitVrLittleEndian;
        }

        // Implicit VR Big Endian is not a DICOM transfer syntax, so big endian must be explicit.
        return LooksLikeElement(span, 0x0008, bigEndian: true) && DicomVrInfo.TryParse(span[4], span[5], out _)
            ? DicomTransferSyntax.ExplicitVrBigEndian
            : null;
    }

    private static bool LooksLikeElement(ReadOnlySpan<byte> span, ushort group, bool bigEndian) =>
        span.Length >= 8
        && (bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(span) : BinaryPrimitives.ReadUInt16LittleEndian(span)) == group;

    /// <summary>Inflates a deflated data set (raw RFC 1951, PS3.5 §A.5), never beyond what deflate can produce from its input.</summary>
    private static byte[] Inflate(ReadOnlyMemory<byte> deflated, int offset)
    {
        long cap = Math.Min(Array.MaxLength, ((long)deflated.Length * MaxDeflateRatio) + 1024);
        try
        {
            var compressed = MemoryMarshal.TryGetArray(deflated, out var segment)
                ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
                : new MemoryStream(deflated.ToArray(), writable: false);
            using var source = new DeflateStream(compressed, CompressionMode.Decompress);
            var buffer = new byte[(int)Math.Min(cap, Math.Max(4096L, (long)deflated.Length * 4))];
            int filled = 0;
            while (true)
            {
                if (filled == buffer.Length)
                {
                    if (buffer.Length == cap)
                    {
                        throw new DicomException("the deflated data set inflates beyond what deflate can encode in this many bytes", offset: offset);
                    }

                    Array.Resize(ref buffer, (int)Math.Min(cap, (long)buffer.Length * 2));
                }

                int read = source.Read(buffer, filled, buffer.Length - filled);
                if (read == 0)
                {
                    return buffer[..filled];
                }

                filled += read;
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            throw new DicomException($"the deflated data set is corrupt: {ex.Message}", offset: offset);
        }
    }
}
