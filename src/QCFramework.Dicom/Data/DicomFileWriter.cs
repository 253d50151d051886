using System.Buffers;
using System.Buffers.Binary;

namespace QCFramework.Dicom.Data;

/// <summary>
/// Writes a data set as a DICOM Part 10 file (PS3.10 §7.1) in Explicit VR Little Endian: a
/// 128-byte zero preamble, "DICM", the file meta group, then the data set. The output depends only
/// on the data set and this library's version, so rewriting the same data set gives the same bytes.
/// </summary>
public static class DicomFileWriter
{
    /// <summary>Our Implementation Class UID (PS3.7 §D.3.3.2), derived under 2.25 like every QCFramework UID.</summary>
    public static readonly string ImplementationClassUid = DicomUid.FromName("QCFramework DICOM codec");

    /// <summary>Our Implementation Version Name: "QCF_" and the assembly version (at most 16 characters).</summary>
    public static readonly string ImplementationVersionName = BuildVersionName();

    /// <summary>Writes <paramref name="dataSet"/> to <paramref name="path"/>, replacing any file there.</summary>
    public static void Write(string path, DicomDataSet dataSet)
    {
        var meta = BuildFileMeta(dataSet);
        int length = 132 + EncodedLength(meta) + EncodedLength(dataSet);
        byte[] buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            Encode(meta, dataSet, buffer.AsSpan(0, length));
            using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1);
            stream.Write(buffer, 0, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The bytes of the Part 10 file that <see cref="Write"/> would write.</summary>
    public static byte[] Encode(DicomDataSet dataSet)
    {
        var meta = BuildFileMeta(dataSet);
        var bytes = new byte[132 + EncodedLength(meta) + EncodedLength(dataSet)];
        Encode(meta, dataSet, bytes);
        return bytes;
    }

    private static void Encode(DicomDataSet meta, DicomDataSet dataSet, Span<byte> destination)
    {
        destination[..128].Clear();
        "DICM"u8.CopyTo(destination[128..]);
        int position = WriteElements(meta, destination, 132);
        position = WriteElements(dataSet, destination, position);
        if (position != destination.Length)
        {
            throw new InvalidOperationException($"encoded {position} bytes where {destination.Length} were computed");
        }
    }

    /// <summary>The file meta group of PS3.10 Table 7.1-1, with its group length.</summary>
    private static DicomDataSet BuildFileMeta(DicomDataSet dataSet)
    {
        var builder = new DicomDataSetBuilder()
            .AddBytes(DicomTags.FileMetaInformationVersion, DicomVr.OB, new byte[] { 0x00, 0x01 })
            .AddText(DicomTags.MediaStorageSOPClassUID, DicomVr.UI, dataSet.RequireString(DicomTags.SOPClassUID))
            .AddText(DicomTags.MediaStorageSOPInstanceUID, DicomVr.UI, dataSet.RequireString(DicomTags.SOPInstanceUID))
            .AddText(DicomTags.TransferSyntaxUID, DicomVr.UI, DicomTransferSyntax.ExplicitVrLittleEndian.Uid)
            .AddText(DicomTags.ImplementationClassUID, DicomVr.UI, ImplementationClassUid)
            .AddText(DicomTags.ImplementationVersionName, DicomVr.SH, ImplementationVersionName);
        var withoutLength = builder.Build();
        var groupLength = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(groupLength, (uint)EncodedLength(withoutLength));
        return builder.AddBytes(DicomTags.FileMetaInformationGroupLength, DicomVr.UL, groupLength).Build();
    }

    private static int EncodedLength(DicomDataSet dataSet)
    {
        int length = 0;
        foreach (var element in dataSet)
        {
            CheckWritable(element);
            length += (DicomVrInfo.HasLongLength(element.Vr) ? 12 : 8) + element.Value.Length;
        }

        return length;
    }

    private static int WriteElements(DicomDataSet dataSet, Span<byte> destination, int position)
    {
        foreach (var element in dataSet)
        {
            var (first, second) = DicomVrInfo.Letters(element.Vr);
            BinaryPrimitives.WriteUInt16LittleEndian(destination[position..], element.Tag.Group);
            BinaryPrimitives.WriteUInt16LittleEndian(destination[(position + 2)..], element.Tag.Element);
            destination[position + 4] = first;
            destination[position + 5] = second;
            if (DicomVrInfo.HasLongLength(element.Vr))
            {
                destination.Slice(position + 6, 2).Clear();
                BinaryPrimitives.WriteUInt32LittleEndian(destination[(position + 8)..], (uint)element.Value.Length);
                position += 12;
            }
            else
            {
                BinaryPrimitives.WriteUInt16LittleEndian(destination[(position + 6)..], (ushort)element.Value.Length);
                position += 8;
            }

            element.Value.Span.CopyTo(destination[position..]);
            position += element.Value.Length;
        }

        return position;
    }

    /// <summary>The writer encodes what <see cref="DicomDataSetBuilder"/> builds: little-endian values, no sequences.</summary>
    private static void CheckWritable(DicomElement element)
    {
        if (element.IsSequence || element.Fragments is not null || element.UndefinedLength)
        {
            throw new ArgumentException($"{element.Tag}: sequences and encapsulated pixel data are not written by this writer");
        }

        if (element.BigEndian && DicomVrInfo.BinaryValueSize(element.Vr) > 1)
        {
            throw new ArgumentException($"{element.Tag}: big-endian values cannot be written as little endian unchanged");
        }

        if (element.Value.Length % 2 == 1)
        {
            throw new ArgumentException($"{element.Tag}: value length {element.Value.Length} is odd (PS3.5 §7.1.1 requires even)");
        }
    }

    private static string BuildVersionName()
    {
        var version = typeof(DicomFileWriter).Assembly.GetName().Version ?? new Version(0, 0, 0);
        return $"QCF_{version.Major}.{version.Minor}.{version.Build}";
    }
}
