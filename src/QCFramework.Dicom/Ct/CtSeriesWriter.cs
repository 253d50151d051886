using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using QCFramework.Dicom.Data;

namespace QCFramework.Dicom.Ct;

/// <summary>
/// Writes a <see cref="CtSeries"/> as CT Image Storage files (PS3.3 §A.3), one per slice, named
/// <c>0001.dcm</c>, <c>0002.dcm</c>... in slice order (existing files of those names are replaced),
/// Explicit VR Little Endian. Every Type 1 and Type 2 attribute of the IOD's mandatory modules is
/// written; optional values are written when the series has them.
/// <para>
/// CT numbers are stored as signed 16-bit integers with Rescale Slope 1 and an integer Rescale
/// Intercept, one per series: 0 when every HU lies in [−32768, 32767], otherwise ⌊min HU⌋ + 32768.
/// Each HU is rounded to the nearest integer, ties to even (IEEE 754 default), so a reader gets
/// back stored + intercept: exactly the input for integral HU, within 0.5 HU otherwise.
/// </para>
/// <para>
/// Synthetic data is marked: Patient's Name and Series Description always contain "SYNTHETIC"
/// (prefixed when the series does not already say so), and Burned In Annotation is NO.
/// </para>
/// </summary>
public static class CtSeriesWriter
{
    /// <summary>The CT Image Storage SOP Class UID (PS3.4 Annex B.5).</summary>
    public const string CtImageStorageUid = "1.2.840.10008.5.1.4.1.1.2";

    /// <summary>The word that marks synthetic data in Patient's Name and Series Description.</summary>
    public const string SyntheticMarker = "SYNTHETIC";

    /// <summary>Writes <paramref name="series"/> into <paramref name="directory"/> (created if needed).</summary>
    /// <returns>The paths written, in slice order.</returns>
    /// <exception cref="ArgumentException">The series is inconsistent (slice sizes, positions, HU range).</exception>
    public static IReadOnlyList<string> Write(CtSeries series, string directory)
    {
        Validate(series);
        int intercept = ChooseIntercept(series.Slices);
        Directory.CreateDirectory(directory);
        int digits = Math.Max(4, series.Slices.Count.ToString(CultureInfo.InvariantCulture).Length);
        var paths = new string[series.Slices.Count];
        int pixelBytes = series.Geometry.Rows * series.Geometry.Columns * 2;
        byte[] pixels = ArrayPool<byte>.Shared.Rent(pixelBytes);
        try
        {
            for (int i = 0; i < paths.Length; i++)
            {
                Quantize(series.Slices[i].Hu, intercept, pixels.AsSpan(0, pixelBytes));
                var dataSet = BuildSlice(series, i, intercept, pixels.AsMemory(0, pixelBytes));
                paths[i] = Path.Combine(directory, (i + 1).ToString("D" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + ".dcm");
                DicomFileWriter.Write(paths[i], dataSet);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(pixels);
        }

        return paths;
    }

    /// <summary>The data set of slice <paramref name="index"/> (0-based), pixel data included.</summary>
    internal static DicomDataSet BuildSlice(CtSeries series, int index, int intercept, ReadOnlyMemory<byte> pixels)
    {
        var geometry = series.Geometry;
        var identity = series.Identity;
        var acquisition = series.Acquisition;
        var equipment = series.Equipment;
        var slice = series.Slices[index];
        int instanceNumber = index + 1;
        var b = new DicomDataSetBuilder();

        // SOP Common (§C.12.1).
        b.AddText(DicomTags.SOPClassUID, DicomVr.UI, CtImageStorageUid)
            .AddText(DicomTags.SOPInstanceUID, DicomVr.UI, CtUids.SopInstanceUid(identity.Uids.SeriesInstanceUid, instanceNumber));

        // Patient (§C.7.1.1): all Type 2.
        b.AddText(DicomTags.PatientName, DicomVr.PN, Marked(identity.PatientName, "^"))
            .AddText(DicomTags.PatientID, DicomVr.LO, identity.PatientId)
            .AddText(DicomTags.PatientBirthDate, DicomVr.DA, null)
            .AddText(DicomTags.PatientSex, DicomVr.CS, null);

        // General Study (§C.7.2.1).
        b.AddText(DicomTags.StudyInstanceUID, DicomVr.UI, identity.Uids.StudyInstanceUid)
            .AddText(DicomTags.StudyDate, DicomVr.DA, FormatDate(identity.StudyDateTime))
            .AddText(DicomTags.StudyTime, DicomVr.TM, FormatTime(identity.StudyDateTime))
            .AddText(DicomTags.ReferringPhysicianName, DicomVr.PN, null)
            .AddText(DicomTags.StudyID, DicomVr.SH, identity.StudyId)
            .AddText(DicomTags.AccessionNumber, DicomVr.SH, null);
        AddOptionalText(b, DicomTags.StudyDescription, DicomVr.LO, identity.StudyDescription);

        // General Series (§C.7.3.1); Patient Position is Type 2C, required for CT Image Storage.
        b.AddText(DicomTags.Modality, DicomVr.CS, "CT")
            .AddText(DicomTags.SeriesInstanceUID, DicomVr.UI, identity.Uids.SeriesInstanceUid)
            .AddInteger(DicomTags.SeriesNumber, identity.SeriesNumber)
            .AddText(DicomTags.PatientPosition, DicomVr.CS, identity.PatientPosition)
            .AddText(DicomTags.SeriesDescription, DicomVr.LO, Marked(identity.SeriesDescription, " "));
        AddOptionalText(b, DicomTags.SeriesDate, DicomVr.DA, FormatDate(identity.SeriesDateTime));
        AddOptionalText(b, DicomTags.SeriesTime, DicomVr.TM, FormatTime(identity.SeriesDateTime));
        AddOptionalText(b, DicomTags.BodyPartExamined, DicomVr.CS, identity.BodyPartExamined);

        // Frame of Reference (§C.7.4.1).
        b.AddText(DicomTags.FrameOfReferenceUID, DicomVr.UI, identity.Uids.FrameOfReferenceUid)
            .AddText(DicomTags.PositionReferenceIndicator, DicomVr.LO, null);

        // General Equipment (§C.7.5.1).
        b.AddText(DicomTags.Manufacturer, DicomVr.LO, equipment.Manufacturer);
        AddOptionalText(b, DicomTags.ManufacturerModelName, DicomVr.LO, equipment.ModelName);
        AddOptionalText(b, DicomTags.StationName, DicomVr.SH, equipment.StationName);
        AddOptionalText(b, DicomTags.InstitutionName, DicomVr.LO, equipment.InstitutionName);
        AddOptionalText(b, DicomTags.SoftwareVersions, DicomVr.LO, equipment.SoftwareVersions);

        // General Image (§C.7.6.1); content date and time are Type 2C for temporally related images.
        b.AddInteger(DicomTags.InstanceNumber, instanceNumber)
            .AddText(DicomTags.ContentDate, DicomVr.DA, FormatDate(identity.SeriesDateTime))
            .AddText(DicomTags.ContentTime, DicomVr.TM, FormatTime(identity.SeriesDateTime))
            .AddText(DicomTags.BurnedInAnnotation, DicomVr.CS, "NO")
            .AddText(DicomTags.LossyImageCompression, DicomVr.CS, "00");
        AddOptionalText(b, DicomTags.ImageComments, DicomVr.LT, identity.ImageComment);

        // Image Plane (§C.7.6.2).
        b.AddDecimals(DicomTags.PixelSpacing, geometry.RowSpacingMm, geometry.ColumnSpacingMm)
            .AddDecimals(DicomTags.ImageOrientationPatient, geometry.Orientation.ToArray())
            .AddDecimals(DicomTags.ImagePositionPatient, slice.PositionMm.X, slice.PositionMm.Y, slice.PositionMm.Z)
            .AddDecimal(DicomTags.SliceThickness, geometry.SliceThicknessMm)
            .AddDecimal(DicomTags.SliceLocation, slice.PositionMm.Dot(geometry.Orientation.Normal));
        if (geometry.SliceSpacingMm is { } spacing)
        {
            b.AddDecimal(DicomTags.SpacingBetweenSlices, spacing);
        }

        // Image Pixel (§C.7.6.3) with the CT Image module's constraints (§C.8.2.1.1).
        b.AddUInt16(DicomTags.SamplesPerPixel, 1)
            .AddText(DicomTags.PhotometricInterpretation, DicomVr.CS, "MONOCHROME2")
            .AddUInt16(DicomTags.Rows, (ushort)geometry.Rows)
            .AddUInt16(DicomTags.Columns, (ushort)geometry.Columns)
            .AddUInt16(DicomTags.BitsAllocated, 16)
            .AddUInt16(DicomTags.BitsStored, 16)
            .AddUInt16(DicomTags.HighBit, 15)
            .AddUInt16(DicomTags.PixelRepresentation, 1)
            .AddBytes(DicomTags.PixelData, DicomVr.OW, pixels);

        // CT Image (§C.8.2.1).
        b.AddTexts(DicomTags.ImageType, DicomVr.CS, "ORIGINAL", "PRIMARY", "AXIAL")
            .AddDecimal(DicomTags.RescaleIntercept, intercept)
            .AddDecimal(DicomTags.RescaleSlope, 1)
            .AddText(DicomTags.RescaleType, DicomVr.LO, "HU")
            .AddDecimal(DicomTags.KVP, acquisition.Kvp)
            .AddInteger(DicomTags.AcquisitionNumber, 1);
        AddOptionalText(b, DicomTags.ScanOptions, DicomVr.CS, acquisition.ScanOptions);
        AddOptionalDecimal(b, DicomTags.DataCollectionDiameter, acquisition.DataCollectionDiameterMm);
        AddOptionalDecimal(b, DicomTags.ReconstructionDiameter, acquisition.ReconstructionDiameterMm);
        AddOptionalDecimal(b, DicomTags.DistanceSourceToDetector, acquisition.DistanceSourceToDetectorMm);
        AddOptionalDecimal(b, DicomTags.DistanceSourceToPatient, acquisition.DistanceSourceToPatientMm);
        AddOptionalText(b, DicomTags.RotationDirection, DicomVr.CS, acquisition.RotationDirection);
        AddOptionalInteger(b, DicomTags.ExposureTime, acquisition.ExposureTimeMs, 1);
        AddOptionalInteger(b, DicomTags.XRayTubeCurrent, acquisition.TubeCurrentMa, 1);
        AddOptionalInteger(b, DicomTags.Exposure, acquisition.ExposureMas, 1);
        AddOptionalInteger(b, DicomTags.ExposureInuAs, acquisition.ExposureMas, 1000);
        AddOptionalText(b, DicomTags.FilterType, DicomVr.SH, acquisition.FilterType);
        AddOptionalInteger(b, DicomTags.GeneratorPower, acquisition.GeneratorPowerKw, 1);
        AddOptionalDecimal(b, DicomTags.FocalSpots, acquisition.FocalSpotMm);
        AddOptionalText(b, DicomTags.ConvolutionKernel, DicomVr.SH, acquisition.ConvolutionKernel);

        // Contrast/Bolus (§C.7.6.4): only when contrast was used.
        if (acquisition.Contrast is { } contrast)
        {
            b.AddText(DicomTags.ContrastBolusAgent, DicomVr.LO, contrast.Agent);
            AddOptionalText(b, DicomTags.ContrastBolusRoute, DicomVr.LO, contrast.Route);
        }

        // VOI LUT (§C.11.2).
        if (series.Window is { } window)
        {
            b.AddDecimal(DicomTags.WindowCenter, window.CenterHu)
                .AddDecimal(DicomTags.WindowWidth, window.WidthHu);
        }

        return b.Build();
    }

    /// <summary>The series-wide intercept: 0 when all HU fit int16, else ⌊min⌋ + 32768 (see the class remarks).</summary>
    internal static int ChooseIntercept(IReadOnlyList<CtSlice> slices)
    {
        float min = float.PositiveInfinity;
        float max = float.NegativeInfinity;
        foreach (var slice in slices)
        {
            var (sliceMin, sliceMax) = Range(slice.Hu);
            if (!float.IsFinite(sliceMin) || !float.IsFinite(sliceMax))
            {
                throw new ArgumentException($"slice at {slice.PositionMm} holds a non-finite CT number");
            }

            min = Math.Min(min, sliceMin);
            max = Math.Max(max, sliceMax);
        }

        if (min >= short.MinValue && max <= short.MaxValue)
        {
            return 0;
        }

        double intercept = Math.Floor(min) + 32768;
        if (Math.Round((double)max - intercept, MidpointRounding.ToEven) > short.MaxValue)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"CT numbers span {min}..{max} HU, more than the 65536 values of 16-bit storage with slope 1"));
        }

        return (int)intercept;
    }

    /// <summary>
    /// Stores each HU as round-half-even(HU − intercept) in little-endian int16. The difference is
    /// taken in double, where it is exact, so the rounding sees the true value; the range was
    /// checked by <see cref="ChooseIntercept"/>, so narrowing cannot wrap.
    /// </summary>
    internal static void Quantize(ReadOnlySpan<float> hu, int intercept, Span<byte> destination)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("the DICOM writer stores native-order int16 and needs a little-endian host");
        }

        var stored = MemoryMarshal.Cast<byte, short>(destination);
        var shift = new Vector<double>(intercept);
        int width = Vector<float>.Count;
        int i = 0;
        for (; i + (2 * width) <= hu.Length; i += 2 * width)
        {
            Vector.Widen(new Vector<float>(hu[i..]), out var a0, out var a1);
            Vector.Widen(new Vector<float>(hu[(i + width)..]), out var b0, out var b1);
            var a = Vector.Narrow(Vector.ConvertToInt64(Vector.Round(a0 - shift)), Vector.ConvertToInt64(Vector.Round(a1 - shift)));
            var b = Vector.Narrow(Vector.ConvertToInt64(Vector.Round(b0 - shift)), Vector.ConvertToInt64(Vector.Round(b1 - shift)));
            Vector.Narrow(a, b).CopyTo(stored[i..]);
        }

        for (; i < hu.Length; i++)
        {
            stored[i] = (short)Math.Round(hu[i] - (double)intercept, MidpointRounding.ToEven);
        }
    }

    /// <summary>Smallest and largest value; either is NaN or infinite when a value is not finite.</summary>
    private static (float Min, float Max) Range(ReadOnlySpan<float> values)
    {
        int width = Vector<float>.Count;
        var min = new Vector<float>(float.PositiveInfinity);
        var max = new Vector<float>(float.NegativeInfinity);
        var finite = Vector<float>.Zero;
        int i = 0;
        for (; i + width <= values.Length; i += width)
        {
            var v = new Vector<float>(values[i..]);
            min = Vector.Min(min, v);
            max = Vector.Max(max, v);
            finite += v - v; // 0 for finite values, NaN otherwise
        }

        float low = float.PositiveInfinity;
        float high = float.NegativeInfinity;
        float check = 0;
        for (int lane = 0; lane < width; lane++)
        {
            low = Math.Min(low, min[lane]);
            high = Math.Max(high, max[lane]);
            check += finite[lane];
        }

        for (; i < values.Length; i++)
        {
            low = Math.Min(low, values[i]);
            high = Math.Max(high, values[i]);
            check += values[i] - values[i];
        }

        return float.IsNaN(check) ? (float.NaN, float.NaN) : (low, high);
    }

    private static void Validate(CtSeries series)
    {
        var geometry = series.Geometry;
        if (geometry.Rows is < 1 or > ushort.MaxValue || geometry.Columns is < 1 or > ushort.MaxValue)
        {
            throw new ArgumentException($"image size {geometry.Rows}x{geometry.Columns} is not within 1..65535");
        }

        if (!(geometry.RowSpacingMm > 0) || !(geometry.ColumnSpacingMm > 0))
        {
            throw new ArgumentException("pixel spacing must be positive");
        }

        if (series.Slices.Count == 0)
        {
            throw new ArgumentException("a series needs at least one slice");
        }

        var normal = geometry.Orientation.Normal;
        if (Math.Abs(geometry.Orientation.RowDirection.Length - 1) > 1e-6 || Math.Abs(geometry.Orientation.ColumnDirection.Length - 1) > 1e-6
            || Math.Abs(normal.Length - 1) > 1e-6)
        {
            throw new ArgumentException("image orientation must be two orthogonal unit vectors");
        }

        long pixels = (long)geometry.Rows * geometry.Columns;
        var positions = new Vector3D[series.Slices.Count];
        for (int i = 0; i < positions.Length; i++)
        {
            if (series.Slices[i].Hu.Length != pixels)
            {
                throw new ArgumentException($"slice {i + 1} holds {series.Slices[i].Hu.Length} CT numbers, not {geometry.Rows}x{geometry.Columns}");
            }

            positions[i] = series.Slices[i].PositionMm;
        }

        var error = SliceStack.TrySort(positions, geometry.Orientation, i => $"slice {i + 1}", out _, out double? measured);
        if (error is not null)
        {
            throw new ArgumentException(error);
        }

        if (measured is { } gap && geometry.SliceSpacingMm is { } declared
            && Math.Abs(gap - declared) > Math.Max(SliceStack.SpacingToleranceMm, SliceStack.RelativeSpacingTolerance * gap))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"slice spacing {declared} mm disagrees with the {gap} mm between slice positions"));
        }
    }

    /// <summary>The value with the synthetic marker: unchanged if it already has it, else the marker, a separator and the value.</summary>
    private static string Marked(string? value, string separator) =>
        string.IsNullOrEmpty(value) ? SyntheticMarker
        : value.Contains(SyntheticMarker, StringComparison.OrdinalIgnoreCase) ? value
        : SyntheticMarker + separator + value;

    private static void AddOptionalText(DicomDataSetBuilder builder, DicomTag tag, DicomVr vr, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            builder.AddText(tag, vr, value);
        }
    }

    private static void AddOptionalDecimal(DicomDataSetBuilder builder, DicomTag tag, double? value)
    {
        if (value is not null)
        {
            builder.AddDecimal(tag, value);
        }
    }

    private static void AddOptionalInteger(DicomDataSetBuilder builder, DicomTag tag, double? value, double scale)
    {
        if (value is { } v)
        {
            builder.AddInteger(tag, (long)Math.Round(v * scale, MidpointRounding.AwayFromZero));
        }
    }

    private static string? FormatDate(DateTime? value) => value?.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string? FormatTime(DateTime? value) => value is not { } time ? null
        : time.Ticks % TimeSpan.TicksPerSecond == 0 ? time.ToString("HHmmss", CultureInfo.InvariantCulture)
        : time.ToString("HHmmss.ffffff", CultureInfo.InvariantCulture);
}
