using System.Buffers.Binary;

namespace QCFramework.Dicom.Pixels;

/// <summary>
/// Decodes RLE Lossless frames (PS3.5 Annex G). A frame starts with a 64-byte header: the number of
/// segments (at most 15) and each segment's offset. Each segment is one byte plane — for every
/// sample, the most significant byte first (§G.2) — compressed with PackBits (§G.3.1): a header
/// byte n of 0..127 copies the next n+1 bytes, −127..−1 repeats the next byte 1−n times, −128 is
/// skipped. The output is little-endian, planar: all pixels of sample 0, then sample 1...
/// </summary>
internal static class RleDecoder
{
    private const int HeaderLength = 64;

    /// <summary>PackBits turns 2 input bytes into at most 128 output bytes.</summary>
    public const int MaxExpansion = 64;

    /// <summary>Decodes one frame into <paramref name="destination"/>, which holds exactly one frame.</summary>
    /// <exception cref="DicomException">The frame is malformed or decodes to too few bytes.</exception>
    public static void DecodeFrame(ReadOnlySpan<byte> frame, PixelDescription description, Span<byte> destination, long offset)
    {
        if (frame.Length < HeaderLength)
        {
            throw Error($"an RLE frame needs a {HeaderLength}-byte header but has {frame.Length} bytes", offset);
        }

        int bytesPerSample = description.BitsAllocated / 8;
        if (description.BitsAllocated % 8 != 0)
        {
            throw Error($"RLE cannot encode Bits Allocated {description.BitsAllocated}", offset);
        }

        uint segments = BinaryPrimitives.ReadUInt32LittleEndian(frame);
        int expectedSegments = description.SamplesPerPixel * bytesPerSample;
        if (segments != expectedSegments)
        {
            throw Error($"the RLE header declares {segments} segments where {expectedSegments} are needed", offset);
        }

        int planeLength = description.Rows * description.Columns;
        for (int segment = 0; segment < expectedSegments; segment++)
        {
            uint start = BinaryPrimitives.ReadUInt32LittleEndian(frame[(4 + (4 * segment))..]);
            uint end = segment + 1 < expectedSegments
                ? BinaryPrimitives.ReadUInt32LittleEndian(frame[(8 + (4 * segment))..])
                : (uint)frame.Length;
            if (start < HeaderLength || start > end || end > frame.Length)
            {
                throw Error($"RLE segment {segment + 1} spans bytes {start}..{end} of a {frame.Length}-byte frame", offset);
            }

            int sample = segment / bytesPerSample;
            int byteInSample = bytesPerSample - 1 - (segment % bytesPerSample);
            int decoded = DecodeSegment(
                frame[(int)start..(int)end],
                destination[((sample * planeLength * bytesPerSample) + byteInSample)..],
                bytesPerSample,
                planeLength);
            if (decoded < planeLength)
            {
                throw Error($"RLE segment {segment + 1} decodes to {decoded} bytes, fewer than the {planeLength} pixels of a frame", offset);
            }
        }
    }

    /// <summary>
    /// PackBits-decodes <paramref name="source"/> into every <paramref name="stride"/>-th byte of
    /// <paramref name="destination"/>, stopping once <paramref name="count"/> bytes are out (padding
    /// beyond that is ignored). Returns how many bytes were decoded.
    /// </summary>
    private static int DecodeSegment(ReadOnlySpan<byte> source, Span<byte> destination, int stride, int count)
    {
        int written = 0;
        int position = 0;
        while (position < source.Length && written < count)
        {
            int header = (sbyte)source[position++];
            if (header >= 0)
            {
                int run = Math.Min(Math.Min(header + 1, source.Length - position), count - written);
                for (int i = 0; i < run; i++)
                {
                    destination[(written + i) * stride] = source[position + i];
                }

                position += header + 1;
                written += run;
            }
            else if (header != -128)
            {
                if (position >= source.Length)
                {
                    break;
                }

                byte value = source[position++];
                int run = Math.Min(1 - header, count - written);
                for (int i = 0; i < run; i++)
                {
                    destination[(written + i) * stride] = value;
                }

                written += run;
            }
        }

        return written;
    }

    private static DicomException Error(string reason, long offset) => new(reason, Data.DicomTags.PixelData, offset);
}
