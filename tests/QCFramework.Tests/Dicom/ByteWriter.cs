using System.Buffers.Binary;
using System.Text;

namespace QCFramework.Tests.Dicom;

/// <summary>
/// Hand-encodes DICOM bytes element by element as PS3.5 §7.1 lays them out, so parser tests do not
/// depend on the codec's own writer.
/// </summary>
internal sealed class ByteWriter(bool bigEndian = false)
{
    public const uint Undefined = 0xFFFFFFFF;

    private readonly MemoryStream _bytes = new();

    public bool BigEndian => bigEndian;

    public byte[] ToArray() => _bytes.ToArray();

    public ByteWriter Raw(params byte[] bytes)
    {
        _bytes.Write(bytes);
        return this;
    }

    public ByteWriter Ascii(string text) => Raw(Encoding.ASCII.GetBytes(text));

    public ByteWriter U16(int value)
    {
        var b = new byte[2];
        if (bigEndian) BinaryPrimitives.WriteUInt16BigEndian(b, (ushort)value); else BinaryPrimitives.WriteUInt16LittleEndian(b, (ushort)value);
        return Raw(b);
    }

    public ByteWriter U32(uint value)
    {
        var b = new byte[4];
        if (bigEndian) BinaryPrimitives.WriteUInt32BigEndian(b, value); else BinaryPrimitives.WriteUInt32LittleEndian(b, value);
        return Raw(b);
    }

    public ByteWriter Tag(int group, int element) => U16(group).U16(element);

    /// <summary>An explicit VR element; OB, OW, SQ, UN, UT... get the 4-byte length form.</summary>
    public ByteWriter Explicit(int group, int element, string vr, byte[] value, uint? length = null)
    {
        Tag(group, element).Ascii(vr);
        bool longForm = vr is "OB" or "OD" or "OF" or "OL" or "OV" or "OW" or "SQ" or "SV" or "UC" or "UN" or "UR" or "UT" or "UV";
        if (longForm)
        {
            U16(0).U32(length ?? (uint)value.Length);
        }
        else
        {
            U16((int)(length ?? (uint)value.Length));
        }

        return Raw(value);
    }

    public ByteWriter ExplicitText(int group, int element, string vr, string text) => Explicit(group, element, vr, Encoding.ASCII.GetBytes(text));

    public ByteWriter Implicit(int group, int element, byte[] value, uint? length = null) =>
        Tag(group, element).U32(length ?? (uint)value.Length).Raw(value);

    public ByteWriter ImplicitText(int group, int element, string text) => Implicit(group, element, Encoding.ASCII.GetBytes(text));

    public ByteWriter Item(uint length) => Tag(0xFFFE, 0xE000).U32(length);

    public ByteWriter ItemEnd() => Tag(0xFFFE, 0xE00D).U32(0);

    public ByteWriter SequenceEnd() => Tag(0xFFFE, 0xE0DD).U32(0);

    public static byte[] UInt16Le(params int[] values)
    {
        var b = new byte[values.Length * 2];
        for (int i = 0; i < values.Length; i++) BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(2 * i), (ushort)values[i]);
        return b;
    }

    public static byte[] UInt16Be(params int[] values)
    {
        var b = new byte[values.Length * 2];
        for (int i = 0; i < values.Length; i++) BinaryPrimitives.WriteUInt16BigEndian(b.AsSpan(2 * i), (ushort)values[i]);
        return b;
    }

    /// <summary>A Part 10 file: zero preamble, DICM, file meta with the given transfer syntax (Explicit VR LE), then <paramref name="dataSet"/>.</summary>
    public static byte[] Part10(string transferSyntax, byte[] dataSet)
    {
        var uid = transferSyntax.Length % 2 == 1 ? transferSyntax + "\0" : transferSyntax;
        var meta = new ByteWriter()
            .Explicit(0x0002, 0x0001, "OB", [0, 1])
            .ExplicitText(0x0002, 0x0010, "UI", uid)
            .ToArray();
        return new ByteWriter()
            .Raw(new byte[128]).Ascii("DICM")
            .Explicit(0x0002, 0x0000, "UL", BitConverter.GetBytes((uint)meta.Length))
            .Raw(meta)
            .Raw(dataSet)
            .ToArray();
    }
}
