using QCFramework.Dicom.Data;

namespace QCFramework.Dicom.Pixels;

/// <summary>
/// The Image Pixel module attributes (PS3.3 §C.7.6.3) that say how pixel data is laid out.
/// </summary>
/// <param name="Rows">Rows per frame.</param>
/// <param name="Columns">Columns per frame.</param>
/// <param name="Frames">Number of frames (1 without Number of Frames).</param>
/// <param name="SamplesPerPixel">Samples per pixel: 1 for monochrome, 3 for colour.</param>
/// <param name="BitsAllocated">Bits per sample in the encoding: 1, 8, 16 or 32.</param>
/// <param name="BitsStored">Bits used of those allocated.</param>
/// <param name="PixelRepresentation">0 unsigned, 1 two's complement.</param>
/// <param name="PhotometricInterpretation">MONOCHROME1, MONOCHROME2, RGB, YBR_FULL, YBR_FULL_422...</param>
public sealed record PixelDescription(
    int Rows,
    int Columns,
    int Frames,
    int SamplesPerPixel,
    int BitsAllocated,
    int BitsStored,
    int PixelRepresentation,
    string PhotometricInterpretation)
{
    /// <summary>True when samples are signed (Pixel Representation 1).</summary>
    public bool Signed => PixelRepresentation == 1;

    /// <summary>True for YBR_FULL_422, whose native encoding shares one Cb and Cr between two pixels (PS3.3 §C.7.6.3.1.2).</summary>
    public bool IsYbrFull422 => PhotometricInterpretation == "YBR_FULL_422";

    /// <summary>Samples in all frames, as a decoder presents them (422 chroma counted per pixel).</summary>
    public long SampleCount => (long)Rows * Columns * Frames * SamplesPerPixel;

    /// <summary>Bytes of one decoded frame (BitsAllocated 8, 16 or 32).</summary>
    public long FrameBytes => (long)Rows * Columns * SamplesPerPixel * (BitsAllocated / 8);

    /// <summary>
    /// Bytes that native (uncompressed) pixel data must hold, without the pad byte of odd lengths:
    /// bit-packed for BitsAllocated 1, two-thirds of the full size for YBR_FULL_422.
    /// </summary>
    public long NativeLength
    {
        get
        {
            long bits = SampleCount * BitsAllocated;
            long bytes = (bits + 7) / 8;
            return IsYbrFull422 ? bytes / 3 * 2 : bytes;
        }
    }

    /// <summary>Reads the description from a data set, checking the values a decoder relies on.</summary>
    /// <exception cref="DicomException">An attribute is missing or out of range.</exception>
    public static PixelDescription From(DicomDataSet dataSet)
    {
        int rows = Positive(dataSet, DicomTags.Rows, 65535);
        int columns = Positive(dataSet, DicomTags.Columns, 65535);
        int samples = Positive(dataSet, DicomTags.SamplesPerPixel, 4);
        int bitsAllocated = (int)dataSet.RequireInteger(DicomTags.BitsAllocated);
        if (bitsAllocated is not (1 or 8 or 16 or 32))
        {
            throw new DicomException($"Bits Allocated {bitsAllocated} is not supported (1, 8, 16 or 32)",
                DicomTags.BitsAllocated, dataSet.Find(DicomTags.BitsAllocated)!.Offset);
        }

        long bitsStored = dataSet.RequireInteger(DicomTags.BitsStored);
        if (bitsStored < 1 || bitsStored > bitsAllocated)
        {
            throw new DicomException($"Bits Stored {bitsStored} is not within 1..{bitsAllocated}",
                DicomTags.BitsStored, dataSet.Find(DicomTags.BitsStored)!.Offset);
        }

        long representation = dataSet.RequireInteger(DicomTags.PixelRepresentation);
        if (representation is not (0 or 1))
        {
            throw new DicomException($"Pixel Representation {representation} is neither 0 nor 1",
                DicomTags.PixelRepresentation, dataSet.Find(DicomTags.PixelRepresentation)!.Offset);
        }

        string photometric = dataSet.RequireString(DicomTags.PhotometricInterpretation);
        if (samples > 1 && dataSet.GetInteger(DicomTags.PlanarConfiguration) is null)
        {
            // Type 1C when Samples per Pixel > 1 (PS3.3 §C.7.6.3.1.3).
            throw new DicomException("Planar Configuration is required when Samples per Pixel > 1", DicomTags.PlanarConfiguration);
        }

        // Number of Frames absent, empty or 0 means one frame, as pydicom and dcmtk read it.
        long frames = dataSet.GetInteger(DicomTags.NumberOfFrames) ?? 1;
        if (frames < 0 || frames > int.MaxValue)
        {
            throw new DicomException($"Number of Frames {frames} is out of range",
                DicomTags.NumberOfFrames, dataSet.Find(DicomTags.NumberOfFrames)!.Offset);
        }

        var description = new PixelDescription(rows, columns, frames == 0 ? 1 : (int)frames, samples, bitsAllocated,
            (int)bitsStored, (int)representation, photometric);

        // Checked before any size is computed in 64-bit integers: no file we can hold is larger.
        if ((double)rows * columns * description.Frames * samples * Math.Max(bitsAllocated, 8) / 8 > Array.MaxLength)
        {
            throw new DicomException($"{rows}x{columns}x{description.Frames} frames of {samples} sample(s) at {bitsAllocated} bits exceed 2 GiB of pixel data",
                DicomTags.PixelData, dataSet.Find(DicomTags.PixelData)?.Offset);
        }

        return description;
    }

    private static int Positive(DicomDataSet dataSet, DicomTag tag, int max)
    {
        long value = dataSet.RequireInteger(tag);
        if (value < 1 || value > max)
        {
            throw new DicomException($"value {value} is not within 1..{max}", tag, dataSet.Find(tag)!.Offset);
        }

        return (int)value;
    }
}
