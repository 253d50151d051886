using System.Globalization;
using System.Text.Json;
using NUnit.Framework;
using QCFramework.Dicom.Ct;
using QCFramework.Tests.Tools;

namespace QCFramework.Tests.Dicom;

/// <summary>
/// Our series checked by other people's DICOM tools: dciodvfy (dicom3tools) verifies the CT Image
/// IOD, dcmdump (dcmtk), gdcminfo (GDCM) and pydicom read it back.
/// </summary>
public class ExternalValidatorTests
{
    /// <summary>
    /// dciodvfy warnings we accept, each with its justification. None are expected today: the list
    /// exists so that an accepted warning is written down here rather than silently tolerated.
    /// </summary>
    private static readonly (string Fragment, string Justification)[] JustifiedWarnings = [];

    private static IReadOnlyList<string> WriteSeries(bool contrast, string name) =>
        new CtSeriesCodec().Write(TestSeries.Create(slices: 3, contrast: contrast), TestSeries.NewFolder(name));

    [TestCase(true)]
    [TestCase(false)]
    public void Every_slice_passes_dciodvfy_with_no_errors_and_no_unjustified_warnings(bool contrast)
    {
        var dciodvfy = ExternalTool.Require("dciodvfy", "dicom3tools");
        foreach (var path in WriteSeries(contrast, "dciodvfy"))
        {
            var result = ExternalTool.Run(dciodvfy, [path]);
            var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

            Assert.That(lines, Has.Some.EqualTo("CTImage"), $"dciodvfy recognised the IOD:\n{result.Output}");
            Assert.That(lines.Where(l => l.Contains("Error", StringComparison.Ordinal)), Is.Empty, $"{path}:\n{result.Output}");
            var unjustified = lines
                .Where(l => l.Contains("Warning", StringComparison.Ordinal))
                .Where(l => !JustifiedWarnings.Any(j => l.Contains(j.Fragment, StringComparison.Ordinal)));
            Assert.That(unjustified, Is.Empty, $"{path}:\n{result.Output}");
        }
    }

    [Test]
    public void dcmdump_reads_every_slice_without_complaint_and_sees_our_values()
    {
        var dcmdump = ExternalTool.Require("dcmdump", "dcmtk");
        var paths = WriteSeries(true, "dcmdump");
        for (int i = 0; i < paths.Count; i++)
        {
            var result = ExternalTool.Run(dcmdump, ["-M", paths[i]]);

            Assert.That(result.ExitCode, Is.Zero, result.Output);
            Assert.That(result.Stderr, Is.Empty, "dcmdump warnings or errors");
            var z = (10 + (2.5 * i)).ToString(CultureInfo.InvariantCulture);
            Assert.That(result.Stdout, Does.Contain($"(0020,0032) DS [-120.5\\-98.25\\{z}]"));
            Assert.That(result.Stdout, Does.Contain("(0028,0010) US 48 "));
            Assert.That(result.Stdout, Does.Contain("(0028,0011) US 64 "));
            Assert.That(result.Stdout, Does.Contain("(0028,0030) DS [0.75\\0.8125]"));
            Assert.That(result.Stdout, Does.Contain("(0028,1054) LO [HU]"));
            Assert.That(result.Stdout, Does.Contain("(0010,0010) PN [SYNTHETIC^ESP]"));
            Assert.That(result.Stdout, Does.Contain("(7fe0,0010) OW "));
        }
    }

    [Test]
    public void gdcminfo_reads_every_slice_with_our_geometry()
    {
        var gdcminfo = ExternalTool.Require("gdcminfo", "libgdcm-tools");
        var paths = WriteSeries(true, "gdcminfo");
        for (int i = 0; i < paths.Count; i++)
        {
            var result = ExternalTool.Run(gdcminfo, [paths[i]]);

            Assert.That(result.ExitCode, Is.Zero, result.Output);
            Assert.That(result.Stdout, Does.Contain("MediaStorage is 1.2.840.10008.5.1.4.1.1.2 [CT Image Storage]"));
            Assert.That(result.Stdout, Does.Contain("Dimensions: (64,48,1)"), "GDCM lists columns, then rows");
            Assert.That(result.Stdout, Does.Contain("Spacing: (0.8125,0.75,"), "GDCM lists column spacing first");
            Assert.That(result.Stdout, Does.Contain($"Origin: (-120.5,-98.25,{(10 + (2.5 * i)).ToString(CultureInfo.InvariantCulture)})"));
            Assert.That(result.Stdout, Does.Contain("ScalarType found   :INT16"));
        }
    }

    [Test]
    public void pydicom_pixel_array_times_slope_plus_intercept_equals_our_HU_exactly()
    {
        var series = TestSeries.Create(slices: 3);
        var paths = new CtSeriesCodec().Write(series, TestSeries.NewFolder("pydicom"));

        var output = Pydicom.Run("""
            out = []
            for path in sys.argv[1:]:
                ds = pydicom.dcmread(path)
                hu = apply_modality_lut(ds.pixel_array, ds).astype(np.float64)
                out.append({
                    "sop": ds.SOPClassUID, "rows": ds.Rows, "columns": ds.Columns,
                    "position": [float(v) for v in ds.ImagePositionPatient],
                    "spacing": [float(v) for v in ds.PixelSpacing],
                    "patient": str(ds.PatientName), "kvp": float(ds.KVP),
                    "hu": hu.ravel().tolist()})
            print(json.dumps(out))
            """, [.. paths]);

        using var json = JsonDocument.Parse(output);
        var files = json.RootElement.EnumerateArray().ToList();
        Assert.That(files, Has.Count.EqualTo(3));
        for (int i = 0; i < 3; i++)
        {
            var file = files[i];
            Assert.That(file.GetProperty("sop").GetString(), Is.EqualTo(CtSeriesWriter.CtImageStorageUid));
            Assert.That(file.GetProperty("rows").GetInt32(), Is.EqualTo(48));
            Assert.That(file.GetProperty("columns").GetInt32(), Is.EqualTo(64));
            Assert.That(file.GetProperty("position").EnumerateArray().Select(v => v.GetDouble()),
                Is.EqualTo(new[] { series.Slices[i].PositionMm.X, series.Slices[i].PositionMm.Y, series.Slices[i].PositionMm.Z }));
            Assert.That(file.GetProperty("spacing").EnumerateArray().Select(v => v.GetDouble()), Is.EqualTo(new[] { 0.75, 0.8125 }));
            Assert.That(file.GetProperty("patient").GetString(), Is.EqualTo("SYNTHETIC^ESP"));
            Assert.That(file.GetProperty("kvp").GetDouble(), Is.EqualTo(120));
            var hu = file.GetProperty("hu").EnumerateArray().Select(v => v.GetDouble()).ToArray();
            Assert.That(hu, Is.EqualTo(series.Slices[i].Hu.Select(v => (double)v).ToArray()), $"slice {i + 1}");
        }
    }
}
