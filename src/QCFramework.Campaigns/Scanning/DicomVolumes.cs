using System.Globalization;
using QCFramework.Dicom.Ct;
using QCFramework.Imaging;
using QCFramework.Phantoms;

namespace QCFramework.Campaigns.Scanning;

/// <summary>
/// The one bridge between the engine's <see cref="CtVolume"/> and the DICOM codec's
/// <see cref="CtSeries"/>: simulated series are written as real CT Image Storage files, and
/// measurement reads any series — synthetic or from a scanner — back through the same path.
/// </summary>
public static class DicomVolumes
{
    /// <summary>Where a synthetic series comes from, for its DICOM identity.</summary>
    /// <param name="Seed">The scan's seed (UIDs derive from it).</param>
    /// <param name="StudyKey">Identifies the study (campaign, center, phantom).</param>
    /// <param name="SeriesKey">Identifies the series in the study (protocol, repeat, image kind).</param>
    /// <param name="SeriesNumber">Series number.</param>
    /// <param name="PatientName">Patient's Name (SYNTHETIC is added by the writer).</param>
    /// <param name="PatientId">Patient ID.</param>
    /// <param name="AcquisitionTime">Study and series date and time (from the campaign, never the clock).</param>
    /// <param name="ExposureTimeMs">Exposure time per rotation, ms.</param>
    /// <param name="SourceToIsocenterMm">Source–isocentre distance, mm.</param>
    /// <param name="SourceToDetectorMm">Source–detector distance, mm.</param>
    /// <param name="DataCollectionDiameterMm">Scan field of view, mm.</param>
    /// <param name="Comment">Image Comments: the simulation protocol and image kind.</param>
    /// <param name="StationName">Station (the center).</param>
    /// <param name="InstitutionName">Institution.</param>
    public sealed record Identity(long Seed, string StudyKey, string SeriesKey, int SeriesNumber, string PatientName, string PatientId,
        DateTime AcquisitionTime, double ExposureTimeMs, double SourceToIsocenterMm, double SourceToDetectorMm, double DataCollectionDiameterMm,
        string Comment, string StationName, string InstitutionName);

    /// <summary>The DICOM series of a simulated volume.</summary>
    public static CtSeries ToDicom(CtVolume volume, Identity id)
    {
        var grid = volume.Grid;
        var a = volume.Acquisition;
        double x0 = grid.X(0), y0 = grid.Y(0);
        var slices = volume.SliceZMm.Select((z, i) => new CtSlice(new Vector3D(x0, y0, z), volume.SlicesHu[i])).ToArray();
        bool contrast = a.Contrast is { } c && c != "none";
        return new CtSeries
        {
            Geometry = new CtGeometry
            {
                Rows = grid.Rows,
                Columns = grid.Columns,
                RowSpacingMm = grid.PixelSpacingMm,
                ColumnSpacingMm = grid.PixelSpacingMm,
                Orientation = ImageOrientation.Axial,
                SliceThicknessMm = volume.SliceThicknessMm,
                SliceSpacingMm = volume.SliceZMm.Count > 1 ? Math.Abs(volume.SliceZMm[1] - volume.SliceZMm[0]) : volume.SliceThicknessMm,
            },
            Slices = slices,
            Acquisition = new CtAcquisition
            {
                Kvp = a.Kvp,
                ExposureMas = a.ExposureMas,
                ExposureTimeMs = id.ExposureTimeMs,
                TubeCurrentMa = a.ExposureMas is { } mas ? mas / (id.ExposureTimeMs / 1000.0) : null,
                ConvolutionKernel = a.Kernel,
                Contrast = contrast ? new ContrastAgent($"IODINATED CONTRAST ({a.Contrast!.ToUpperInvariant()} PHASE)", "IV") : null,
                ScanOptions = "AXIAL",
                ReconstructionDiameterMm = grid.Columns * grid.PixelSpacingMm,
                DataCollectionDiameterMm = id.DataCollectionDiameterMm,
                DistanceSourceToDetectorMm = id.SourceToDetectorMm,
                DistanceSourceToPatientMm = id.SourceToIsocenterMm,
                FilterType = "BODY",
                RotationDirection = "CW",
            },
            Equipment = new CtEquipment
            {
                Manufacturer = a.Manufacturer,
                ModelName = a.Model,
                StationName = id.StationName,
                InstitutionName = id.InstitutionName,
                SoftwareVersions = SoftwareInfo.Description,
            },
            Identity = new CtIdentity
            {
                Uids = CtUids.Derive(id.Seed, id.StudyKey, id.SeriesKey),
                PatientName = id.PatientName,
                PatientId = id.PatientId,
                PatientPosition = "HFS",
                StudyDateTime = id.AcquisitionTime,
                SeriesDateTime = id.AcquisitionTime,
                StudyId = "1",
                StudyDescription = "SYNTHETIC QCT VALIDATION",
                SeriesDescription = a.SeriesDescription,
                SeriesNumber = id.SeriesNumber,
                BodyPartExamined = "LSPINE",
                ImageComment = id.Comment,
            },
            Window = a.ImageKind == "VMI" || a.ImageKind == "SINGLE" || a.ImageKind == "LOW" || a.ImageKind == "HIGH" ? new DisplayWindow(200, 1500) : null,
        };
    }

    /// <summary>
    /// The engine's view of a DICOM series: axial slices on a square grid. Image kind and
    /// monoenergetic energy of synthetic dual-energy series are read back from Image Comments
    /// ("kind=VMI kev=70").
    /// </summary>
    /// <exception cref="InputException">The series is not axial or its pixels are not square.</exception>
    public static CtVolume FromDicom(CtSeries series, string source)
    {
        var g = series.Geometry;
        if (g.Orientation.MaxAbsDifference(ImageOrientation.Axial) > 1e-3)
        {
            throw new InputException($"{source}: only axial series (Image Orientation 1\\0\\0\\0\\1\\0) can be measured");
        }

        if (Math.Abs(g.RowSpacingMm - g.ColumnSpacingMm) > 1e-4)
        {
            throw new InputException($"{source}: pixels are not square ({g.RowSpacingMm} × {g.ColumnSpacingMm} mm)");
        }

        var first = series.Slices[0].PositionMm;
        double spacing = g.ColumnSpacingMm;
        var grid = new RasterGrid(g.Columns, g.Rows, spacing, first.X + (g.Columns - 1) / 2.0 * spacing, first.Y + (g.Rows - 1) / 2.0 * spacing);
        var ordered = series.Slices.OrderBy(s => s.PositionMm.Z).ToArray();
        string? comment = series.Identity.ImageComment;
        string kind = Field(comment, "kind") ?? "SINGLE";
        double? kev = double.TryParse(Field(comment, "kev"), NumberStyles.Float, CultureInfo.InvariantCulture, out double k) ? k : null;
        var a = series.Acquisition;
        return new CtVolume(grid, ordered.Select(s => s.PositionMm.Z).ToArray(), g.SliceThicknessMm ?? g.SliceSpacingMm ?? 0,
            ordered.Select(s => s.Hu).ToArray(),
            new AcquisitionInfo(a.Kvp, a.ExposureMas, a.ConvolutionKernel, a.Contrast?.Agent, series.Equipment.Manufacturer, series.Equipment.ModelName,
                series.Identity.SeriesDescription, kind, kev));
    }

    /// <summary>The Image Comments text of a synthetic series: its protocol and image kind.</summary>
    public static string Comment(string protocolId, CtVolume volume) =>
        string.Create(CultureInfo.InvariantCulture, $"qcf protocol={protocolId} kind={volume.Acquisition.ImageKind}") +
        (volume.Acquisition.MonoenergeticKev is { } kev ? string.Create(CultureInfo.InvariantCulture, $" kev={kev}") : "");

    private static string? Field(string? comment, string key)
    {
        if (comment is null)
        {
            return null;
        }

        foreach (string part in comment.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.StartsWith(key + "=", StringComparison.Ordinal))
            {
                return part[(key.Length + 1)..];
            }
        }

        return null;
    }
}
