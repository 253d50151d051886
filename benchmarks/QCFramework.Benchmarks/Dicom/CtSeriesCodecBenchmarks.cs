using BenchmarkDotNet.Attributes;
using QCFramework.Dicom.Ct;

namespace QCFramework.Benchmarks.Dicom;

/// <summary>
/// Writes and reads a 512 × 512 × 100 CT series (50 MiB of 16-bit pixels in 100 files).
/// MB/s = 52.4 MB of pixel data ÷ the mean time; results in benchmarks/RESULTS.md.
/// </summary>
[MemoryDiagnoser]
public class CtSeriesCodecBenchmarks
{
    private const int Size = 512;
    private const int Slices = 100;

    private readonly CtSeriesCodec _codec = new();
    private CtSeries _series = null!;
    private string _writeFolder = null!;
    private string _readFolder = null!;

    [GlobalSetup]
    public void Setup()
    {
        var slices = new List<CtSlice>();
        var random = new Random(1);
        for (int s = 0; s < Slices; s++)
        {
            var hu = new float[Size * Size];
            for (int i = 0; i < hu.Length; i++)
            {
                hu[i] = random.Next(-1024, 3072);
            }

            slices.Add(new CtSlice(new Vector3D(-250, -250, s * 1.25), hu));
        }

        _series = new CtSeries
        {
            Geometry = new CtGeometry
            {
                Rows = Size,
                Columns = Size,
                RowSpacingMm = 0.9765625,
                ColumnSpacingMm = 0.9765625,
                Orientation = ImageOrientation.Axial,
                SliceThicknessMm = 1.25,
                SliceSpacingMm = 1.25,
            },
            Slices = slices,
            Acquisition = new CtAcquisition { Kvp = 120, ExposureMas = 200, ConvolutionKernel = "STANDARD" },
            Equipment = new CtEquipment { Manufacturer = "QCFramework Simulated", ModelName = "Benchmark" },
            Identity = new CtIdentity
            {
                Uids = CtUids.Derive(1, "benchmark", "series"),
                PatientName = "SYNTHETIC^BENCHMARK",
                SeriesDescription = "SYNTHETIC benchmark",
                StudyDateTime = new DateTime(2024, 1, 1),
                SeriesDateTime = new DateTime(2024, 1, 1),
            },
        };
        var root = Path.Combine(Path.GetTempPath(), "qcf-dicom-benchmark-" + Environment.ProcessId);
        _writeFolder = Path.Combine(root, "write");
        _readFolder = Path.Combine(root, "read");
        _codec.Write(_series, _readFolder);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(Path.GetDirectoryName(_readFolder)!, recursive: true);

    [Benchmark]
    public int Write512x512x100() => _codec.Write(_series, _writeFolder).Count;

    [Benchmark]
    public int Read512x512x100() => _codec.Read(_readFolder).Slices.Count;
}
