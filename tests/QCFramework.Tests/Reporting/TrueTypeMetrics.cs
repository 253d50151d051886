using System.Buffers.Binary;
using System.Text;

namespace QCFramework.Tests.Reporting;

/// <summary>
/// An independent reader of the few TrueType tables needed to measure text (Apple TrueType Reference /
/// OpenType spec: head.unitsPerEm, hhea.ascender/descender/numberOfHMetrics, hmtx advance widths,
/// cmap format 4), used to check the library's PDFsharp-based measurement against the font file itself.
/// </summary>
public sealed class TrueTypeMetrics
{
    private readonly byte[] _font;
    private readonly Dictionary<string, int> _tables = new();

    public TrueTypeMetrics(byte[] font)
    {
        _font = font;
        int numTables = U16(4);
        for (int i = 0; i < numTables; i++)
        {
            int record = 12 + 16 * i;
            _tables[Encoding.ASCII.GetString(font, record, 4)] = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 8));
        }
        UnitsPerEm = U16(_tables["head"] + 18);
        Ascender = S16(_tables["hhea"] + 4);
        Descender = S16(_tables["hhea"] + 6);
    }

    public int UnitsPerEm { get; }

    public int Ascender { get; }

    /// <summary>Negative: below the baseline.</summary>
    public int Descender { get; }

    public static TrueTypeMetrics FromRepository(string fileName)
        => new(File.ReadAllBytes(Path.Combine(RepositoryRoot(), "src", "QCFramework.Reporting", "Fonts", fileName)));

    /// <summary>Sum of advance widths of the string's characters, in font units (no kerning, as PDFsharp draws).</summary>
    public int AdvanceUnits(string text)
    {
        int sum = 0;
        foreach (char c in text)
            sum += Advance(Glyph(c));
        return sum;
    }

    private int Advance(int glyph)
    {
        int hMetrics = U16(_tables["hhea"] + 34);
        int hmtx = _tables["hmtx"];
        return U16(hmtx + 4 * Math.Min(glyph, hMetrics - 1));
    }

    /// <summary>Glyph index of a BMP character through the (3, 1) cmap subtable, format 4.</summary>
    private int Glyph(char c)
    {
        int cmap = _tables["cmap"];
        int count = U16(cmap + 2);
        for (int i = 0; i < count; i++)
        {
            int rec = cmap + 4 + 8 * i;
            if (U16(rec) != 3 || U16(rec + 2) != 1)
                continue;
            int sub = cmap + (int)BinaryPrimitives.ReadUInt32BigEndian(_font.AsSpan(rec + 4));
            if (U16(sub) != 4)
                throw new InvalidDataException("Expected a format-4 cmap subtable.");
            int segCount = U16(sub + 6) / 2;
            int ends = sub + 14, starts = ends + 2 * segCount + 2, deltas = starts + 2 * segCount, rangeOffsets = deltas + 2 * segCount;
            for (int s = 0; s < segCount; s++)
            {
                if (U16(ends + 2 * s) < c)
                    continue;
                int start = U16(starts + 2 * s);
                if (start > c)
                    return 0;
                int delta = S16(deltas + 2 * s);
                int rangeOffset = U16(rangeOffsets + 2 * s);
                if (rangeOffset == 0)
                    return (c + delta) & 0xFFFF;
                int g = U16(rangeOffsets + 2 * s + rangeOffset + 2 * (c - start));
                return g == 0 ? 0 : (g + delta) & 0xFFFF;
            }
            return 0;
        }
        throw new InvalidDataException("No Windows Unicode (3, 1) cmap subtable.");
    }

    private int U16(int offset) => BinaryPrimitives.ReadUInt16BigEndian(_font.AsSpan(offset));

    private int S16(int offset) => BinaryPrimitives.ReadInt16BigEndian(_font.AsSpan(offset));

    /// <summary>The repository root (the folder holding QCFramework.sln), found upwards from the test binaries.</summary>
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "QCFramework.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new DirectoryNotFoundException("QCFramework.sln not found above the test binaries.");
    }
}
