using NUnit.Framework;
using QCFramework.Dicom;
using QCFramework.Dicom.Data;
using QCFramework.Dicom.Pixels;

namespace QCFramework.Tests.Dicom;

/// <summary>RLE Lossless (PS3.5 Annex G) on hand-made frames.</summary>
public class RleDecoderTests
{
    // Apple Technical Note TN1023 "Understanding PackBits": the packed bytes and what they unpack to.
    private static readonly byte[] PackBitsExample = [0xFE, 0xAA, 0x02, 0x80, 0x00, 0x2A, 0xFD, 0xAA, 0x03, 0x80, 0x00, 0x2A, 0x22, 0xF7, 0xAA];

    private static readonly byte[] PackBitsUnpacked =
    [
        0xAA, 0xAA, 0xAA, 0x80, 0x00, 0x2A, 0xAA, 0xAA, 0xAA, 0xAA, 0x80, 0x00, 0x2A, 0x22,
        0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA,
    ];

    [Test]
    public void The_PackBits_example_of_Apple_TN1023_decodes_as_published()
    {
        var frame = Frame(PackBitsExample);
        var output = new byte[24];

        RleDecoder.DecodeFrame(frame, Description(rows: 4, columns: 6, bits: 8), output, 0);

        Assert.That(output, Is.EqualTo(PackBitsUnpacked));
    }

    [Test]
    public void Sixteen_bit_samples_take_the_high_byte_from_the_first_segment()
    {
        // Two pixels 0x0103 and 0x0204: segment 1 holds the high bytes 01 02, segment 2 the low bytes 03 04.
        var frame = Frame([0x01, 0x01, 0x02], [0x01, 0x03, 0x04]);
        var output = new byte[4];

        RleDecoder.DecodeFrame(frame, Description(rows: 1, columns: 2, bits: 16), output, 0);

        Assert.That(output, Is.EqualTo(new byte[] { 0x03, 0x01, 0x04, 0x02 }), "little-endian 0x0103, 0x0204");
    }

    [Test]
    public void A_segment_that_decodes_short_is_an_error()
    {
        var frame = Frame([0x01, 0xAA, 0xBB]);

        Assert.That(() => RleDecoder.DecodeFrame(frame, Description(rows: 2, columns: 2, bits: 8), new byte[4], 0),
            Throws.TypeOf<DicomException>().With.Message.Contains("decodes to 2 bytes, fewer than the 4 pixels"));
    }

    [Test]
    public void A_header_declaring_the_wrong_number_of_segments_is_an_error()
    {
        var frame = Frame([0x00, 0x01], [0x00, 0x02]);

        Assert.That(() => RleDecoder.DecodeFrame(frame, Description(rows: 1, columns: 1, bits: 8), new byte[1], 0),
            Throws.TypeOf<DicomException>().With.Message.Contains("declares 2 segments where 1 are needed"));
    }

    [Test]
    public void An_RLE_file_decodes_through_the_pixel_statistics()
    {
        var bot = Array.Empty<byte>();
        var frame = Frame(PackBitsExample);
        var data = new ByteWriter()
            .Explicit(0x0028, 0x0002, "US", ByteWriter.UInt16Le(1))
            .ExplicitText(0x0028, 0x0004, "CS", "MONOCHROME2 ")
            .Explicit(0x0028, 0x0010, "US", ByteWriter.UInt16Le(4))
            .Explicit(0x0028, 0x0011, "US", ByteWriter.UInt16Le(6))
            .Explicit(0x0028, 0x0100, "US", ByteWriter.UInt16Le(8))
            .Explicit(0x0028, 0x0101, "US", ByteWriter.UInt16Le(8))
            .Explicit(0x0028, 0x0103, "US", ByteWriter.UInt16Le(0))
            .Explicit(0x7FE0, 0x0010, "OB", [], ByteWriter.Undefined)
            .Item((uint)bot.Length).Raw(bot)
            .Item((uint)frame.Length).Raw(frame)
            .SequenceEnd()
            .ToArray();
        var file = DicomFile.Parse(ByteWriter.Part10(DicomTransferSyntax.RleLossless.Uid, data));

        var statistics = DicomPixelData.Statistics(file)!;

        Assert.That(statistics.Min, Is.EqualTo(0x00));
        Assert.That(statistics.Max, Is.EqualTo(0xAA));
        Assert.That(statistics.Mean, Is.EqualTo(PackBitsUnpacked.Average(b => (double)b)).Within(1e-12));
    }

    /// <summary>An RLE frame: the 64-byte header (segment count, offsets) and the segments, each padded to even length.</summary>
    private static byte[] Frame(params byte[][] segments)
    {
        var writer = new ByteWriter().U32((uint)segments.Length);
        uint offset = 64;
        for (int i = 0; i < 15; i++)
        {
            writer.U32(i < segments.Length ? offset : 0);
            if (i < segments.Length)
            {
                offset += (uint)(segments[i].Length + (segments[i].Length % 2));
            }
        }

        foreach (var segment in segments)
        {
            writer.Raw(segment);
            if (segment.Length % 2 == 1)
            {
                writer.Raw(0x80);
            }
        }

        return writer.ToArray();
    }

    private static PixelDescription Description(int rows, int columns, int bits) =>
        new(rows, columns, 1, 1, bits, bits, 0, "MONOCHROME2");
}
