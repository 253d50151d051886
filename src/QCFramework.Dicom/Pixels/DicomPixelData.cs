using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;
using QCFramework.Dicom.Data;

namespace QCFramework.Dicom.Pixels;

/// <summary>
/// Decodes the pixel data of a file: native (uncompressed) in any byte order, or RLE Lossless.
/// Other compressed transfer syntaxes end in a <see cref="DicomException"/> naming the syntax.
/// Samples come out as the stored values, not masked to Bits Stored — as pydicom and dcmtk read them.
/// </summary>
public static class DicomPixelData
{
    /// <summary>
    /// Min, max and mean of every sample of every frame after the modality rescale, as pydicom's
    /// <c>apply_modality_lut(ds.pixel_array, ds)</c> gives them (YBR_FULL_422 chroma counted once
    /// per pixel, as its decoder upsamples it); null when the file has no Pixel Data.
    /// </summary>
    /// <exception cref="DicomException">The pixel data cannot be decoded.</exception>
    public static PixelStatistics? Statistics(DicomFile file)
    {
        var dataSet = file.DataSet;
        if (dataSet.Find(DicomTags.PixelData) is null)
        {
            if ((dataSet.Find(DicomTags.FloatPixelData) ?? dataSet.Find(DicomTags.DoubleFloatPixelData)) is { } floats)
            {
                throw new DicomException("float pixel data is not supported", floats.Tag, floats.Offset);
            }

            return null;
        }

        var description = PixelDescription.From(dataSet);
        var rescale = ModalityRescale.From(dataSet);
        var samples = DecodeLittleEndian(file, description, out bool nativeYbr422);
        var (min, max, sum, count) = Scan(samples.Span, description, nativeYbr422);
        double low = rescale.Apply(min);
        double high = rescale.Apply(max);
        double mean = rescale.Apply((double)sum / count);
        return rescale.Slope >= 0
            ? new PixelStatistics(low, high, mean, count)
            : new PixelStatistics(high, low, mean, count);
    }

    /// <summary>
    /// The samples of all frames as little-endian values of Bits Allocated each (bit-packed for 1):
    /// a view of the file's bytes when they already are, otherwise a decoded copy no larger than a
    /// bounded multiple of the file. <paramref name="nativeYbr422"/> is true for native YBR_FULL_422,
    /// which stays subsampled.
    /// </summary>
    internal static ReadOnlyMemory<byte> DecodeLittleEndian(DicomFile file, PixelDescription description, out bool nativeYbr422)
    {
        // Callers view these bytes as native integers; every platform .NET supports is little endian.
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("the DICOM pixel decoder needs a little-endian host");
        }

        var element = file.DataSet.Find(DicomTags.PixelData)
            ?? throw new DicomException("the data set has no pixel data", DicomTags.PixelData);
        var syntax = file.TransferSyntax;
        if (element.Fragments is { } fragments)
        {
            if (syntax != DicomTransferSyntax.RleLossless)
            {
                throw syntax.Encapsulated
                    ? new DicomException($"unsupported transfer syntax {syntax}: its compressed pixel data is not decoded", element.Tag, element.Offset)
                    : new DicomException($"encapsulated pixel data in a file of native transfer syntax {syntax}", element.Tag, element.Offset);
            }

            nativeYbr422 = false;
            return DecodeRle(fragments, description, element.Offset);
        }

        if (syntax.Encapsulated)
        {
            throw new DicomException($"native pixel data in a file of compressed transfer syntax {syntax}", element.Tag, element.Offset);
        }

        nativeYbr422 = description.IsYbrFull422;
        long expected = description.NativeLength;
        if (element.Value.Length < expected)
        {
            throw new DicomException(
                $"pixel data holds {element.Value.Length} bytes but {description.Rows}x{description.Columns}x{description.Frames} frames of {description.SamplesPerPixel} sample(s) at {description.BitsAllocated} bits need {expected}",
                element.Tag, element.Offset);
        }

        var value = element.Value[..(int)expected];
        if (!element.BigEndian)
        {
            return value;
        }

        // Big endian swaps bytes within each value; OW data of 1 or 8 bits is swapped within 16-bit words (PS3.5 §7.3).
        int width = description.BitsAllocated >= 16 ? description.BitsAllocated / 8 : element.Vr == DicomVr.OW ? 2 : 1;
        if (width == 1)
        {
            return value;
        }

        int swappedLength = (int)Math.Min(element.Value.Length, (expected + width - 1) / width * width);
        var swapped = element.Value[..swappedLength].ToArray();
        if (width == 2)
        {
            var words = MemoryMarshal.Cast<byte, ushort>(swapped.AsSpan(0, swappedLength / 2 * 2));
            BinaryPrimitives.ReverseEndianness(words, words);
        }
        else
        {
            var longs = MemoryMarshal.Cast<byte, uint>(swapped.AsSpan(0, swappedLength / 4 * 4));
            BinaryPrimitives.ReverseEndianness(longs, longs);
        }

        return swapped.AsMemory(0, (int)expected);
    }

    private static byte[] DecodeRle(IReadOnlyList<ReadOnlyMemory<byte>> fragments, PixelDescription description, long offset)
    {
        // Fragment 0 is the Basic Offset Table. One frame may span several fragments; several frames
        // take one fragment each (PS3.5 §A.4.2), which is how pydicom maps them too.
        int frameFragments = fragments.Count - 1;
        if (frameFragments < 1 || (description.Frames > 1 && frameFragments != description.Frames))
        {
            throw new DicomException($"RLE pixel data has {frameFragments} fragment(s) for {description.Frames} frame(s)", DicomTags.PixelData, offset);
        }

        long encoded = 0;
        for (int i = 1; i < fragments.Count; i++)
        {
            encoded += fragments[i].Length;
        }

        long total = description.FrameBytes * description.Frames;
        if (total > (encoded * RleDecoder.MaxExpansion) + (64L * 15 * description.Frames) || total > Array.MaxLength)
        {
            throw new DicomException($"{encoded} bytes of RLE data cannot decode to the {total} bytes the image needs", DicomTags.PixelData, offset);
        }

        var output = new byte[total];
        int frameBytes = (int)description.FrameBytes;
        if (description.Frames == 1)
        {
            var frame = new byte[encoded];
            int position = 0;
            for (int i = 1; i < fragments.Count; i++)
            {
                fragments[i].Span.CopyTo(frame.AsSpan(position));
                position += fragments[i].Length;
            }

            RleDecoder.DecodeFrame(frame, description, output, offset);
            return output;
        }

        for (int f = 0; f < description.Frames; f++)
        {
            RleDecoder.DecodeFrame(fragments[f + 1].Span, description, output.AsSpan(f * frameBytes, frameBytes), offset);
        }

        return output;
    }

    private static (long Min, long Max, Int128 Sum, long Count) Scan(ReadOnlySpan<byte> samples, PixelDescription description, bool nativeYbr422)
    {
        bool signed = description.Signed;
        return description.BitsAllocated switch
        {
            1 => ScanBits(samples, description.SampleCount),
            8 when signed => Scan(MemoryMarshal.Cast<byte, sbyte>(samples), nativeYbr422),
            8 => Scan(samples, nativeYbr422),
            16 when signed => Scan(MemoryMarshal.Cast<byte, short>(samples), nativeYbr422),
            16 => Scan(MemoryMarshal.Cast<byte, ushort>(samples), nativeYbr422),
            32 when signed => Scan(MemoryMarshal.Cast<byte, int>(samples), nativeYbr422),
            _ => Scan(MemoryMarshal.Cast<byte, uint>(samples), nativeYbr422),
        };
    }

    /// <summary>
    /// Min, max, sum and count of integer samples. Native YBR_FULL_422 stores Y1 Y2 Cb Cr for two
    /// pixels; decoded, Cb and Cr appear once per pixel, so they count twice.
    /// </summary>
    private static (long Min, long Max, Int128 Sum, long Count) Scan<T>(ReadOnlySpan<T> values, bool ybr422)
        where T : unmanaged, IBinaryInteger<T>
    {
        long min = long.MaxValue;
        long max = long.MinValue;
        Int128 sum = 0;
        for (int i = 0; i < values.Length; i++)
        {
            long value = long.CreateTruncating(values[i]);
            min = Math.Min(min, value);
            max = Math.Max(max, value);
            sum += ybr422 && (i & 3) >= 2 ? 2 * value : value;
        }

        long count = ybr422 ? values.Length / 2 * 3 : values.Length;
        return (min, max, sum, count);
    }

    /// <summary>Bit-packed samples (BitsAllocated 1): least significant bit first (PS3.5 §8.1.1).</summary>
    private static (long Min, long Max, Int128 Sum, long Count) ScanBits(ReadOnlySpan<byte> packed, long count)
    {
        long ones = 0;
        long wholeBytes = count / 8;
        for (long i = 0; i < wholeBytes; i++)
        {
            ones += BitOperations.PopCount(packed[(int)i]);
        }

        int rest = (int)(count % 8);
        if (rest > 0)
        {
            ones += BitOperations.PopCount((uint)(packed[(int)wholeBytes] & ((1 << rest) - 1)));
        }

        return (ones < count ? 0 : 1, ones > 0 ? 1 : 0, ones, count);
    }
}
