using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace QCFramework.Reporting.Documents.Pdf;

/// <summary>
/// A PDF as PDFsharp writes it without compression: a header, indirect objects, one classic
/// cross-reference section starting at object 0, a trailer, startxref (ISO 32000-1 §7.5). Lets whole
/// objects be replaced and the file re-assembled with a correct cross-reference table. Anything else
/// (object streams, cross-reference streams, incremental updates) is refused rather than guessed at.
/// </summary>
internal sealed partial class ClassicPdfFile
{
    private readonly byte[] _bytes;
    private readonly long[] _offsets;
    private readonly int _xrefOffset;

    private ClassicPdfFile(byte[] bytes, long[] offsets, int xrefOffset, string trailer)
    {
        _bytes = bytes;
        _offsets = offsets;
        _xrefOffset = xrefOffset;
        Trailer = trailer;
    }

    /// <summary>The trailer dictionary's text.</summary>
    public string Trailer { get; }

    public static ClassicPdfFile Parse(byte[] bytes)
    {
        string text = Encoding.Latin1.GetString(bytes);
        int startxref = text.LastIndexOf("startxref", StringComparison.Ordinal);
        if (startxref < 0)
            throw Unexpected("no startxref");
        Match m = StartXrefPattern().Match(text, startxref);
        if (!m.Success)
            throw Unexpected("unreadable startxref");
        int xref = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        Match header = XrefHeaderPattern().Match(text, xref);
        if (!header.Success || header.Index != xref)
            throw Unexpected("no classic cross-reference table at startxref");
        int count = int.Parse(header.Groups[1].Value, CultureInfo.InvariantCulture);
        int pos = header.Index + header.Length;
        var offsets = new long[count];
        for (int i = 0; i < count; i++, pos += 20)
        {
            // Each entry is exactly 20 bytes: 10-digit offset, space, 5-digit generation, space, n|f, two-byte end of line.
            string entry = text.Substring(pos, 20);
            char kind = entry[17];
            offsets[i] = kind == 'n' ? long.Parse(entry.AsSpan(0, 10), CultureInfo.InvariantCulture) : -1;
            if (kind != 'n' && kind != 'f')
                throw Unexpected($"bad cross-reference entry {i}");
        }
        if (string.CompareOrdinal(text, pos, "trailer", 0, 7) != 0)
            throw Unexpected("more than one cross-reference subsection");
        string trailer = text[pos..startxref];
        if (trailer.Contains("/Prev", StringComparison.Ordinal) || trailer.Contains("/XRefStm", StringComparison.Ordinal))
            throw Unexpected("incremental update or cross-reference stream");
        return new ClassicPdfFile(bytes, offsets, xref, trailer);
    }

    /// <summary>The bytes of object <paramref name="number"/> from "n 0 obj" up to the next object (or the cross-reference table).</summary>
    public byte[] ObjectBytes(int number)
    {
        long start = OffsetOf(number);
        long end = _xrefOffset;
        foreach (long o in _offsets)
        {
            if (o > start && o < end)
                end = o;
        }
        return _bytes[(int)start..(int)end];
    }

    /// <summary>The object's text (Latin-1, so binary stream data keeps one character per byte).</summary>
    public string ObjectText(int number) => Encoding.Latin1.GetString(ObjectBytes(number));

    /// <summary>The raw (still filtered) data of stream object <paramref name="number"/>.</summary>
    public byte[] StreamData(int number)
    {
        byte[] obj = ObjectBytes(number);
        string text = Encoding.Latin1.GetString(obj);
        Match length = LengthPattern().Match(text);
        int stream = text.IndexOf("stream", StringComparison.Ordinal);
        if (!length.Success || stream < 0)
            throw Unexpected($"object {number} is not a stream with a direct /Length");
        int start = stream + "stream".Length;
        start += obj[start] == '\r' ? 2 : 1;
        return obj[start..(start + int.Parse(length.Groups[1].Value, CultureInfo.InvariantCulture))];
    }

    /// <summary>
    /// The file with the given objects replaced by new complete object definitions ("n 0 obj … endobj\n"),
    /// every other byte kept, and the cross-reference table and startxref recomputed.
    /// </summary>
    public byte[] Rewrite(IReadOnlyDictionary<int, byte[]> replacements)
    {
        var order = new List<int>();
        for (int i = 0; i < _offsets.Length; i++)
        {
            if (_offsets[i] >= 0)
                order.Add(i);
        }
        foreach (int n in replacements.Keys)
        {
            if (n <= 0 || n >= _offsets.Length || _offsets[n] < 0)
                throw new ArgumentException($"Object {n} is not in the file.", nameof(replacements));
        }
        order.Sort((a, b) => _offsets[a].CompareTo(_offsets[b]));

        using var output = new MemoryStream(_bytes.Length + 4096);
        output.Write(_bytes, 0, (int)_offsets[order[0]]);
        var newOffsets = new long[_offsets.Length];
        foreach (int n in order)
        {
            newOffsets[n] = output.Position;
            byte[] body = replacements.TryGetValue(n, out byte[]? replacement) ? replacement : ObjectBytes(n);
            output.Write(body);
        }
        long xref = output.Position;
        var table = new StringBuilder();
        table.Append("xref\n0 ").Append(_offsets.Length.ToString(CultureInfo.InvariantCulture)).Append('\n');
        for (int i = 0; i < _offsets.Length; i++)
        {
            table.Append(_offsets[i] >= 0
                ? $"{newOffsets[i].ToString("D10", CultureInfo.InvariantCulture)} 00000 n \n"
                : "0000000000 65535 f \n");
        }
        table.Append(Trailer).Append("startxref\n").Append(xref.ToString(CultureInfo.InvariantCulture)).Append("\n%%EOF\n");
        output.Write(Encoding.Latin1.GetBytes(table.ToString()));
        return output.ToArray();
    }

    /// <summary>A complete stream object definition with the given dictionary entries (without /Length) and data.</summary>
    public static byte[] StreamObject(int number, string dictionaryEntries, ReadOnlySpan<byte> data)
    {
        using var output = new MemoryStream(data.Length + 128);
        output.Write(Encoding.Latin1.GetBytes(
            $"{number.ToString(CultureInfo.InvariantCulture)} 0 obj\n<<{dictionaryEntries}/Length {data.Length.ToString(CultureInfo.InvariantCulture)}>>\nstream\n"));
        output.Write(data);
        output.Write("\nendstream\nendobj\n"u8);
        return output.ToArray();
    }

    /// <summary>The object number an indirect reference under <paramref name="key"/> points to in <paramref name="dictionaryText"/>, or null.</summary>
    public static int? Reference(string dictionaryText, string key)
    {
        Match m = Regex.Match(dictionaryText, Regex.Escape(key) + @"\s+(\d+)\s+0\s+R");
        return m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    private long OffsetOf(int number)
    {
        if (number <= 0 || number >= _offsets.Length || _offsets[number] < 0)
            throw Unexpected($"object {number} is not in use");
        return _offsets[number];
    }

    private static InvalidOperationException Unexpected(string what)
        => new($"PDFsharp wrote a PDF this post-processor does not handle ({what}); PDFsharp's output format has changed.");

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXrefPattern();

    [GeneratedRegex(@"xref\r?\n0 (\d+)\r?\n")]
    private static partial Regex XrefHeaderPattern();

    [GeneratedRegex(@"/Length\s+(\d+)\b(?!\s+\d+\s+R)")]
    private static partial Regex LengthPattern();
}
