using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using QCFramework.Dicom.Data;
using QCFramework.Dicom.Pixels;

namespace QCFramework.Dicom.Ct;

/// <summary>
/// Reads CT Image Storage files into <see cref="CtSeries"/>: single-frame, monochrome slices of one
/// Series Instance UID, sorted along the slice normal, with the same size, pixel spacing (within
/// <see cref="PixelSpacingToleranceMm"/>) and orientation, and uniform spacing (tolerances in
/// <see cref="SliceStack"/>). CT numbers are stored × Rescale Slope + Rescale Intercept, computed in
/// double and kept as float. Metadata comes from the first slice in sorted order. Anything else is a
/// <see cref="DicomException"/> naming the file.
/// </summary>
public static class CtSeriesReader
{
    /// <summary>Largest difference between the pixel spacings of two slices of one series, mm.</summary>
    public const double PixelSpacingToleranceMm = 1e-4;

    /// <summary>
    /// Reads the one series in <paramref name="directory"/>: every file in it (not in subfolders, not
    /// hidden) that looks like DICOM (see <see cref="DicomFile.HasDicomSignature"/>); other files,
    /// such as a scan's JSON side files, are passed over.
    /// </summary>
    public static CtSeries Read(string directory) => Single(ReadSlices(DicomFilesIn(directory)), directory);

    /// <summary>Reads the one series made of <paramref name="files"/>, every one of which must be a CT image.</summary>
    public static CtSeries Read(IEnumerable<string> files)
    {
        var list = files.ToList();
        return Single(ReadSlices(list), list.Count == 1 ? list[0] : "the files");
    }

    /// <summary>Reads every series in <paramref name="directory"/>, ordered by Series Number, then Series Instance UID.</summary>
    public static IReadOnlyList<CtSeries> ReadAll(string directory)
    {
        var slices = ReadSlices(DicomFilesIn(directory));
        var series = new List<CtSeries>();
        foreach (var group in slices.GroupBy(s => s.SeriesUid, StringComparer.Ordinal))
        {
            series.Add(Assemble([.. group]));
        }

        return series
            .OrderBy(s => s.Identity.SeriesNumber ?? int.MaxValue)
            .ThenBy(s => s.Identity.Uids.SeriesInstanceUid, StringComparer.Ordinal)
            .ToList();
    }

    private static IReadOnlyList<string> DicomFilesIn(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DicomException("the folder does not exist", filePath: directory);
        }

        var files = new List<string>();
        Span<byte> head = stackalloc byte[132];
        foreach (var path in Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(path).StartsWith('.'))
            {
                continue;
            }

            int read;
            try
            {
                using var handle = File.OpenHandle(path);
                read = RandomAccess.Read(handle, head, 0);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new DicomException($"cannot read the file: {ex.Message}", filePath: path);
            }

            if (DicomFile.HasDicomSignature(head[..read]))
            {
                files.Add(path);
            }
        }

        return files.Count > 0 ? files : throw new DicomException("the folder holds no DICOM files", filePath: directory);
    }

    private static CtSeries Single(List<SliceFile> slices, string source)
    {
        if (slices.Count == 0)
        {
            throw new DicomException("no files given", filePath: source);
        }

        var series = slices.Select(s => s.SeriesUid).Distinct(StringComparer.Ordinal).ToList();
        if (series.Count > 1)
        {
            throw new DicomException(
                $"the files belong to {series.Count} series (Series Instance UIDs {string.Join(", ", series.Take(3))}{(series.Count > 3 ? ", ..." : "")}), one was expected",
                DicomTags.SeriesInstanceUID, filePath: source);
        }

        return Assemble(slices);
    }

    private static List<SliceFile> ReadSlices(IEnumerable<string> paths)
    {
        var slices = new List<SliceFile>();
        foreach (var path in paths)
        {
            slices.Add(ReadSlice(path));
        }

        return slices;
    }

    private static SliceFile ReadSlice(string path)
    {
        byte[]? buffer = null;
        try
        {
            int length;
            using (var handle = File.OpenHandle(path))
            {
                long size = RandomAccess.GetLength(handle);
                if (size > Array.MaxLength)
                {
                    throw new DicomException($"the file is {size} bytes, larger than a slice can be", filePath: path);
                }

                buffer = ArrayPool<byte>.Shared.Rent((int)size);
                length = 0;
                while (length < size)
                {
                    int read = RandomAccess.Read(handle, buffer.AsSpan(length, (int)size - length), length);
                    if (read == 0)
                    {
                        break;
                    }

                    length += read;
                }
            }

            var file = DicomFile.Parse(buffer.AsMemory(0, length), path);
            return Extract(file, path);
        }
        catch (DicomException ex)
        {
            throw ex.InFile(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DicomException($"cannot read the file: {ex.Message}", filePath: path);
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    /// <summary>Everything taken from one file; nothing refers to the file's (pooled) bytes.</summary>
    private static SliceFile Extract(DicomFile file, string path)
    {
        var ds = file.DataSet;
        var sopClass = ds.GetString(DicomTags.SOPClassUID);
        if (sopClass != CtSeriesWriter.CtImageStorageUid)
        {
            throw new DicomException($"SOP Class UID '{sopClass}' is not CT Image Storage ({CtSeriesWriter.CtImageStorageUid})",
                DicomTags.SOPClassUID, ds.Find(DicomTags.SOPClassUID)?.Offset);
        }

        var pixels = PixelDescription.From(ds);
        if (pixels.Frames != 1 || pixels.SamplesPerPixel != 1 || pixels.BitsAllocated == 1
            || pixels.PhotometricInterpretation is not ("MONOCHROME1" or "MONOCHROME2"))
        {
            throw new DicomException(
                $"a CT slice must be one monochrome frame of 8, 16 or 32 bits; this is {pixels.Frames} frame(s) of {pixels.SamplesPerPixel} {pixels.PhotometricInterpretation} sample(s) at {pixels.BitsAllocated} bits",
                DicomTags.PixelData, ds.Find(DicomTags.PixelData)?.Offset);
        }

        var rescale = ModalityRescale.From(ds);
        var hu = ToHu(DicomPixelData.DecodeLittleEndian(file, pixels, out _).Span, pixels, rescale);
        var orientation = new ImageOrientation(
            new Vector3D(ds.RequireNumber(DicomTags.ImageOrientationPatient, 0), ds.RequireNumber(DicomTags.ImageOrientationPatient, 1), ds.RequireNumber(DicomTags.ImageOrientationPatient, 2)),
            new Vector3D(ds.RequireNumber(DicomTags.ImageOrientationPatient, 3), ds.RequireNumber(DicomTags.ImageOrientationPatient, 4), ds.RequireNumber(DicomTags.ImageOrientationPatient, 5)));
        var position = new Vector3D(
            ds.RequireNumber(DicomTags.ImagePositionPatient, 0), ds.RequireNumber(DicomTags.ImagePositionPatient, 1), ds.RequireNumber(DicomTags.ImagePositionPatient, 2));
        var geometry = new CtGeometry
        {
            Rows = pixels.Rows,
            Columns = pixels.Columns,
            RowSpacingMm = ds.RequireNumber(DicomTags.PixelSpacing, 0),
            ColumnSpacingMm = ds.RequireNumber(DicomTags.PixelSpacing, 1),
            Orientation = orientation,
            SliceThicknessMm = ds.GetNumber(DicomTags.SliceThickness),
            SliceSpacingMm = ds.GetNumber(DicomTags.SpacingBetweenSlices),
        };

        return new SliceFile(path, ds.RequireString(DicomTags.SeriesInstanceUID), geometry, new CtSlice(position, hu), Metadata(ds));
    }

    private static float[] ToHu(ReadOnlySpan<byte> samples, PixelDescription pixels, ModalityRescale rescale)
    {
        var hu = new float[pixels.Rows * pixels.Columns];
        switch (pixels.BitsAllocated, pixels.Signed)
        {
            case (8, false): Rescale(samples, hu, rescale); break;
            case (8, true): Rescale(MemoryMarshal.Cast<byte, sbyte>(samples), hu, rescale); break;
            case (16, false): Rescale(MemoryMarshal.Cast<byte, ushort>(samples), hu, rescale); break;
            case (16, true): Rescale(MemoryMarshal.Cast<byte, short>(samples), hu, rescale); break;
            case (32, false): Rescale(MemoryMarshal.Cast<byte, uint>(samples), hu, rescale); break;
            default: Rescale(MemoryMarshal.Cast<byte, int>(samples), hu, rescale); break;
        }

        return hu;
    }

    private static void Rescale<T>(ReadOnlySpan<T> stored, Span<float> hu, ModalityRescale rescale)
        where T : unmanaged, System.Numerics.INumberBase<T>
    {
        double slope = rescale.Slope;
        double intercept = rescale.Intercept;
        for (int i = 0; i < hu.Length; i++)
        {
            hu[i] = (float)((double.CreateTruncating(stored[i]) * slope) + intercept);
        }
    }

    private static (CtAcquisition Acquisition, CtEquipment Equipment, CtIdentity Identity, DisplayWindow? Window) Metadata(DicomDataSet ds)
    {
        var exposureMas = ds.GetNumber(DicomTags.ExposureInuAs) is { } microAs ? microAs / 1000 : ds.GetNumber(DicomTags.Exposure);
        var acquisition = new CtAcquisition
        {
            Kvp = ds.GetNumber(DicomTags.KVP),
            TubeCurrentMa = ds.GetNumber(DicomTags.XRayTubeCurrent),
            ExposureTimeMs = ds.GetNumber(DicomTags.ExposureTime),
            ExposureMas = exposureMas,
            ConvolutionKernel = Text(ds, DicomTags.ConvolutionKernel),
            Contrast = ds.Contains(DicomTags.ContrastBolusAgent)
                ? new ContrastAgent(ds.GetString(DicomTags.ContrastBolusAgent)!, Text(ds, DicomTags.ContrastBolusRoute))
                : null,
            ScanOptions = Text(ds, DicomTags.ScanOptions),
            ReconstructionDiameterMm = ds.GetNumber(DicomTags.ReconstructionDiameter),
            DataCollectionDiameterMm = ds.GetNumber(DicomTags.DataCollectionDiameter),
            DistanceSourceToDetectorMm = ds.GetNumber(DicomTags.DistanceSourceToDetector),
            DistanceSourceToPatientMm = ds.GetNumber(DicomTags.DistanceSourceToPatient),
            GeneratorPowerKw = ds.GetNumber(DicomTags.GeneratorPower),
            FilterType = Text(ds, DicomTags.FilterType),
            FocalSpotMm = ds.GetNumber(DicomTags.FocalSpots),
            RotationDirection = Text(ds, DicomTags.RotationDirection),
        };
        var equipment = new CtEquipment
        {
            Manufacturer = Text(ds, DicomTags.Manufacturer),
            ModelName = Text(ds, DicomTags.ManufacturerModelName),
            StationName = Text(ds, DicomTags.StationName),
            InstitutionName = Text(ds, DicomTags.InstitutionName),
            SoftwareVersions = Text(ds, DicomTags.SoftwareVersions),
        };
        var identity = new CtIdentity
        {
            Uids = new CtUids(
                ds.RequireString(DicomTags.StudyInstanceUID),
                ds.RequireString(DicomTags.SeriesInstanceUID),
                Text(ds, DicomTags.FrameOfReferenceUID) ?? string.Empty),
            PatientName = Text(ds, DicomTags.PatientName),
            PatientId = Text(ds, DicomTags.PatientID),
            PatientPosition = Text(ds, DicomTags.PatientPosition),
            StudyDateTime = DicomDateTime.Read(ds, DicomTags.StudyDate, DicomTags.StudyTime),
            SeriesDateTime = DicomDateTime.Read(ds, DicomTags.SeriesDate, DicomTags.SeriesTime),
            StudyId = Text(ds, DicomTags.StudyID),
            StudyDescription = Text(ds, DicomTags.StudyDescription),
            SeriesDescription = Text(ds, DicomTags.SeriesDescription),
            SeriesNumber = ds.GetInteger(DicomTags.SeriesNumber) is { } number
                ? (number is >= int.MinValue and <= int.MaxValue ? (int)number : throw new DicomException($"{number} is out of range", DicomTags.SeriesNumber))
                : null,
            BodyPartExamined = Text(ds, DicomTags.BodyPartExamined),
            ImageComment = Text(ds, DicomTags.ImageComments),
        };
        var window = ds.GetNumber(DicomTags.WindowCenter) is { } center && ds.GetNumber(DicomTags.WindowWidth) is { } width
            ? new DisplayWindow(center, width)
            : null;
        return (acquisition, equipment, identity, window);
    }

    /// <summary>The text value, or null when absent or empty.</summary>
    private static string? Text(DicomDataSet ds, DicomTag tag) => ds.GetString(tag) is { Length: > 0 } text ? text : null;

    private static CtSeries Assemble(List<SliceFile> slices)
    {
        var first = slices[0];
        foreach (var slice in slices)
        {
            var g = slice.Geometry;
            if (g.Rows != first.Geometry.Rows || g.Columns != first.Geometry.Columns)
            {
                throw new DicomException($"image size {g.Rows}x{g.Columns} differs from {first.Geometry.Rows}x{first.Geometry.Columns} in {first.Path}",
                    DicomTags.Rows, filePath: slice.Path);
            }

            if (Math.Abs(g.RowSpacingMm - first.Geometry.RowSpacingMm) > PixelSpacingToleranceMm
                || Math.Abs(g.ColumnSpacingMm - first.Geometry.ColumnSpacingMm) > PixelSpacingToleranceMm)
            {
                throw new DicomException(string.Create(CultureInfo.InvariantCulture,
                    $"pixel spacing {g.RowSpacingMm}\\{g.ColumnSpacingMm} mm differs from {first.Geometry.RowSpacingMm}\\{first.Geometry.ColumnSpacingMm} mm in {first.Path}"),
                    DicomTags.PixelSpacing, filePath: slice.Path);
            }

            if (g.Orientation.MaxAbsDifference(first.Geometry.Orientation) > SliceStack.OrientationTolerance)
            {
                throw new DicomException($"image orientation differs from that of {first.Path} (tolerance {SliceStack.OrientationTolerance} per direction cosine)",
                    DicomTags.ImageOrientationPatient, filePath: slice.Path);
            }
        }

        var error = SliceStack.TrySort(
            slices.Select(s => s.Slice.PositionMm).ToList(), first.Geometry.Orientation, i => slices[i].Path, out int[] order, out double? spacing);
        if (error is not null)
        {
            throw new DicomException(error, DicomTags.ImagePositionPatient);
        }

        var lead = slices[order[0]];
        var (acquisition, equipment, identity, window) = lead.Metadata;
        return new CtSeries
        {
            Geometry = lead.Geometry with { SliceSpacingMm = spacing ?? lead.Geometry.SliceSpacingMm },
            Slices = order.Select(i => slices[i].Slice).ToList(),
            Acquisition = acquisition,
            Equipment = equipment,
            Identity = identity,
            Window = window,
        };
    }

    private sealed record SliceFile(
        string Path,
        string SeriesUid,
        CtGeometry Geometry,
        CtSlice Slice,
        (CtAcquisition Acquisition, CtEquipment Equipment, CtIdentity Identity, DisplayWindow? Window) Metadata);
}
