using QCFramework.Dicom.Ct;

namespace QCFramework.Tests.Dicom;

/// <summary>Small synthetic CT series for codec tests, with every metadata field filled.</summary>
internal static class TestSeries
{
    public static readonly DateTime StudyTime = new(2024, 3, 14, 9, 26, 53);
    public static readonly DateTime SeriesTime = new(2024, 3, 14, 9, 31, 7, 250);

    /// <summary>
    /// A series of <paramref name="slices"/> slices of 48 rows × 64 columns (not square, so rows and
    /// columns cannot be swapped unnoticed), integral HU covering −1024..3071, 2.5 mm apart.
    /// </summary>
    public static CtSeries Create(int slices = 3, long seed = 42, string seriesKey = "esp/120kV/standard/repeat-1", bool contrast = true)
    {
        const int rows = 48;
        const int columns = 64;
        var list = new List<CtSlice>();
        for (int s = 0; s < slices; s++)
        {
            var hu = new float[rows * columns];
            for (int r = 0; r < rows; r++)
            {
                for (int c = 0; c < columns; c++)
                {
                    hu[(r * columns) + c] = ((((r * 131) + (c * 17) + (s * 1000)) % 4096) - 1024);
                }
            }

            list.Add(new CtSlice(new Vector3D(-120.5, -98.25, 10 + (2.5 * s)), hu));
        }

        return new CtSeries
        {
            Geometry = new CtGeometry
            {
                Rows = rows,
                Columns = columns,
                RowSpacingMm = 0.75,
                ColumnSpacingMm = 0.8125,
                Orientation = ImageOrientation.Axial,
                SliceThicknessMm = 2.5,
                SliceSpacingMm = 2.5,
            },
            Slices = list,
            Acquisition = new CtAcquisition
            {
                Kvp = 120,
                TubeCurrentMa = 250,
                ExposureTimeMs = 500,
                ExposureMas = 125,
                ConvolutionKernel = "STANDARD",
                Contrast = contrast ? new ContrastAgent("Iohexol 350 mg I/mL", "IV") : null,
                ScanOptions = "AXIAL",
                ReconstructionDiameterMm = 360,
                DataCollectionDiameterMm = 500,
                DistanceSourceToDetectorMm = 1085.6,
                DistanceSourceToPatientMm = 595,
                GeneratorPowerKw = 30,
                FilterType = "BODY FILTER",
                FocalSpotMm = 0.7,
                RotationDirection = "CW",
            },
            Equipment = new CtEquipment
            {
                Manufacturer = "QCFramework Simulated",
                ModelName = "Generic 64-slice",
                StationName = "SIM01",
                InstitutionName = "QCFramework Validation Lab",
                SoftwareVersions = "QCFramework 0.1.0",
            },
            Identity = new CtIdentity
            {
                Uids = CtUids.Derive(seed, "campaign-A/center-1", seriesKey),
                PatientName = "SYNTHETIC^ESP",
                PatientId = "ESP-0001",
                PatientPosition = "HFS",
                StudyDateTime = StudyTime,
                SeriesDateTime = SeriesTime,
                StudyId = "1",
                StudyDescription = "QCT phantom study",
                SeriesDescription = "SYNTHETIC ESP 120 kV",
                SeriesNumber = 3,
                BodyPartExamined = "LSPINE",
                ImageComment = "protocol qct-esp-v1",
            },
            Window = new DisplayWindow(400, 1500),
        };
    }

    /// <summary>A fresh folder under <see cref="DicomTestFolders.Root"/>, removed after the run.</summary>
    public static string NewFolder(string name)
    {
        var path = Path.Combine(DicomTestFolders.Root, Guid.NewGuid().ToString("N"), name);
        Directory.CreateDirectory(path);
        return path;
    }
}
