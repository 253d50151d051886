using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace QCFramework.Dicom.Data;

/// <summary>
/// A listing of a file's elements in the spirit of dcmtk's dcmdump: one line per element with
/// tag, VR, value (text in brackets, numbers separated by backslashes, long values cut short),
/// length and keyword; sequence items indented.
/// </summary>
public static class DicomDump
{
    private const int MaxTextLength = 64;
    private const int MaxBinaryValues = 8;

    /// <summary>The lines of the listing.</summary>
    public static IReadOnlyList<string> Lines(DicomFile file)
    {
        var lines = new List<string>();
        if (file.HasFileMeta)
        {
            lines.Add("# File meta information");
            Append(lines, file.FileMeta, indent: 0);
        }

        lines.Add($"# Data set: {file.TransferSyntax}{(file.HasFileMeta ? "" : ", no Part 10 header")}");
        Append(lines, file.DataSet, indent: 0);
        return lines;
    }

    private static void Append(List<string> lines, DicomDataSet dataSet, int indent)
    {
        string pad = new(' ', indent * 2);
        foreach (var element in dataSet)
        {
            string length = element.UndefinedLength ? "u/l" : element.Value.Length.ToString(CultureInfo.InvariantCulture);
            string keyword = DicomDictionary.KeywordOf(element.Tag);
            if (element.Fragments is { } fragments)
            {
                lines.Add($"{pad}{element.Tag} {element.Vr} (encapsulated, {fragments.Count} items incl. offset table)  # {length} {keyword}");
                continue;
            }

            if (element.IsSequence)
            {
                lines.Add($"{pad}{element.Tag} SQ (sequence of {element.Items.Count} items)  # {length} {keyword}");
                for (int i = 0; i < element.Items.Count; i++)
                {
                    lines.Add($"{pad}  (FFFE,E000) item {i + 1}");
                    Append(lines, element.Items[i], indent + 2);
                }

                continue;
            }

            lines.Add($"{pad}{element.Tag} {element.Vr} {Describe(element, dataSet.TextEncoding)}  # {length} {keyword}");
        }
    }

    private static string Describe(DicomElement element, Encoding encoding)
    {
        if (element.Value.IsEmpty)
        {
            return "(no value)";
        }

        try
        {
            if (DicomVrInfo.IsText(element.Vr))
            {
                string text = element.GetText(encoding).ReplaceLineEndings(" ");
                return "[" + (text.Length > MaxTextLength ? text[..MaxTextLength] + "..." : text) + "]";
            }

            if (element.Vr == DicomVr.AT)
            {
                return Tags(element);
            }

            int size = DicomVrInfo.BinaryValueSize(element.Vr);
            if (size == 0 || element.Value.Length % size != 0)
            {
                return Hex(element.Value.Span);
            }

            return Numbers(element, encoding, size);
        }
        catch (DicomException ex)
        {
            return $"(malformed: {ex.Reason})";
        }
    }

    private static string Numbers(DicomElement element, Encoding encoding, int size)
    {
        int count = element.Value.Length / size;
        var parts = new List<string>();
        for (int i = 0; i < Math.Min(count, MaxBinaryValues); i++)
        {
            double value = element.GetNumber(i, encoding)!.Value;
            parts.Add(element.Vr is DicomVr.OW or DicomVr.OL or DicomVr.OV
                ? ((ulong)value).ToString(size == 2 ? "x4" : size == 4 ? "x8" : "x16", CultureInfo.InvariantCulture)
                : value.ToString("R", CultureInfo.InvariantCulture));
        }

        return string.Join('\\', parts) + (count > MaxBinaryValues ? "\\..." : "");
    }

    private static string Tags(DicomElement element)
    {
        var span = element.Value.Span;
        var parts = new List<string>();
        for (int i = 0; i + 4 <= span.Length && parts.Count < MaxBinaryValues; i += 4)
        {
            ushort group = element.BigEndian ? BinaryPrimitives.ReadUInt16BigEndian(span[i..]) : BinaryPrimitives.ReadUInt16LittleEndian(span[i..]);
            ushort number = element.BigEndian ? BinaryPrimitives.ReadUInt16BigEndian(span[(i + 2)..]) : BinaryPrimitives.ReadUInt16LittleEndian(span[(i + 2)..]);
            parts.Add(new DicomTag(group, number).ToString());
        }

        return string.Join('\\', parts);
    }

    private static string Hex(ReadOnlySpan<byte> bytes)
    {
        int shown = Math.Min(bytes.Length, 2 * MaxBinaryValues);
        var parts = new string[shown];
        for (int i = 0; i < shown; i++)
        {
            parts[i] = bytes[i].ToString("x2", CultureInfo.InvariantCulture);
        }

        return string.Join('\\', parts) + (bytes.Length > shown ? "\\..." : "");
    }
}
