using System.Text.Json;
using NUnit.Framework;
using QCFramework.Dicom.Ct;
using QCFramework.Tests.Cli;

namespace QCFramework.Tests.Dicom;

/// <summary><c>qcf dicom info</c> as docs/CONTRACTS.md specifies it.</summary>
public class DicomInfoCommandTests
{
    [Test]
    public void File_info_reports_the_contract_fields_with_statistics_of_the_written_HU()
    {
        var series = TestSeries.Create(slices: 1);
        var path = new CtSeriesCodec().Write(series, TestSeries.NewFolder("info"))[0];

        var result = CliHarness.Run("dicom", "info", path, "--json");

        Assert.That(result.ExitCode, Is.Zero, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var info = json.RootElement;
        var hu = series.Slices[0].Hu;
        Assert.That(info.GetProperty("transferSyntaxUid").GetString(), Is.EqualTo("1.2.840.10008.1.2.1"));
        Assert.That(info.GetProperty("sopClassUid").GetString(), Is.EqualTo("1.2.840.10008.5.1.4.1.1.2"));
        Assert.That(info.GetProperty("modality").GetString(), Is.EqualTo("CT"));
        Assert.That(info.GetProperty("rows").GetInt32(), Is.EqualTo(48));
        Assert.That(info.GetProperty("columns").GetInt32(), Is.EqualTo(64));
        Assert.That(info.GetProperty("frames").GetInt32(), Is.EqualTo(1));
        Assert.That(info.GetProperty("bitsAllocated").GetInt32(), Is.EqualTo(16));
        Assert.That(info.GetProperty("pixelRepresentation").GetInt32(), Is.EqualTo(1));
        Assert.That(info.GetProperty("rescaleSlope").GetDouble(), Is.EqualTo(1));
        Assert.That(info.GetProperty("rescaleIntercept").GetDouble(), Is.EqualTo(0));
        Assert.That(info.GetProperty("pixelMin").GetDouble(), Is.EqualTo(hu.Min()));
        Assert.That(info.GetProperty("pixelMax").GetDouble(), Is.EqualTo(hu.Max()));
        Assert.That(info.GetProperty("pixelMean").GetDouble(), Is.EqualTo(hu.Average(v => (double)v)).Within(1e-9));
    }

    [Test]
    public void File_info_without_json_prints_a_table_and_an_element_listing()
    {
        var path = new CtSeriesCodec().Write(TestSeries.Create(slices: 1), TestSeries.NewFolder("table"))[0];

        var result = CliHarness.Run("dicom", "info", path);

        Assert.That(result.ExitCode, Is.Zero, result.Stderr);
        Assert.That(result.Stdout, Does.Contain("Transfer syntax").And.Contain("Explicit VR Little Endian (1.2.840.10008.1.2.1)"));
        var lines = result.Stdout.Split('\n').Select(l => l.TrimEnd()).ToList();
        Assert.That(lines, Has.Some.EqualTo("(0028,0010) US 48  # 2 Rows"));
        Assert.That(lines, Has.Some.EqualTo("(0010,0010) PN [SYNTHETIC^ESP]  # 14 PatientName"));
    }

    [Test]
    public void Folder_info_lists_each_series()
    {
        var folder = TestSeries.NewFolder("two-series");
        new CtSeriesCodec().Write(TestSeries.Create(slices: 3, seriesKey: "first"), folder);
        var other = TestSeries.Create(slices: 2, seriesKey: "second");
        other = other with { Identity = other.Identity with { SeriesNumber = 4 }, Acquisition = other.Acquisition with { Kvp = 80, ConvolutionKernel = "BONE" } };
        foreach (var path in new CtSeriesCodec().Write(other, TestSeries.NewFolder("second")))
        {
            File.Copy(path, Path.Combine(folder, "b-" + Path.GetFileName(path)));
        }

        var result = CliHarness.Run("dicom", "info", folder, "--json");

        Assert.That(result.ExitCode, Is.Zero, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var series = json.RootElement.GetProperty("series").EnumerateArray().ToList();
        Assert.That(series, Has.Count.EqualTo(2));
        Assert.That(series[0].GetProperty("seriesInstanceUid").GetString(), Is.EqualTo(CtUids.Derive(42, "campaign-A/center-1", "first").SeriesInstanceUid));
        Assert.That(series[0].GetProperty("slices").GetInt32(), Is.EqualTo(3));
        Assert.That(series[0].GetProperty("rows").GetInt32(), Is.EqualTo(48));
        Assert.That(series[0].GetProperty("columns").GetInt32(), Is.EqualTo(64));
        Assert.That(series[0].GetProperty("pixelSpacingMm").EnumerateArray().Select(v => v.GetDouble()), Is.EqualTo(new[] { 0.75, 0.8125 }));
        Assert.That(series[0].GetProperty("sliceSpacingMm").GetDouble(), Is.EqualTo(2.5));
        Assert.That(series[0].GetProperty("kvp").GetDouble(), Is.EqualTo(120));
        Assert.That(series[0].GetProperty("kernel").GetString(), Is.EqualTo("STANDARD"));
        Assert.That(series[1].GetProperty("slices").GetInt32(), Is.EqualTo(2));
        Assert.That(series[1].GetProperty("kvp").GetDouble(), Is.EqualTo(80));
        Assert.That(series[1].GetProperty("kernel").GetString(), Is.EqualTo("BONE"));
    }

    [Test]
    public void A_truncated_file_exits_2_with_one_line_naming_file_tag_and_offset()
    {
        var path = new CtSeriesCodec().Write(TestSeries.Create(slices: 1), TestSeries.NewFolder("cut"))[0];
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..^100]);

        var result = CliHarness.Run("dicom", "info", path, "--json");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Stdout, Is.Empty);
        Assert.That(result.Stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        int pixelDataOffset = bytes.Length - (48 * 64 * 2) - 12;
        Assert.That(result.Stderr.TrimEnd(), Is.EqualTo(
            $"qcf: {path}: (7FE0,0010) PixelData at byte {pixelDataOffset}: value length 6144 exceeds the 6044 bytes remaining"));
    }

    [Test]
    public void A_compressed_file_exits_2_naming_its_transfer_syntax()
    {
        var data = new ByteWriter()
            .Explicit(0x0028, 0x0002, "US", ByteWriter.UInt16Le(1))
            .ExplicitText(0x0028, 0x0004, "CS", "MONOCHROME2 ")
            .Explicit(0x0028, 0x0010, "US", ByteWriter.UInt16Le(2))
            .Explicit(0x0028, 0x0011, "US", ByteWriter.UInt16Le(2))
            .Explicit(0x0028, 0x0100, "US", ByteWriter.UInt16Le(8))
            .Explicit(0x0028, 0x0101, "US", ByteWriter.UInt16Le(8))
            .Explicit(0x0028, 0x0103, "US", ByteWriter.UInt16Le(0))
            .Explicit(0x7FE0, 0x0010, "OB", [], ByteWriter.Undefined).Item(0).Item(4).Raw(0xFF, 0xD8, 0xFF, 0xD9).SequenceEnd()
            .ToArray();
        var path = Path.Combine(TestSeries.NewFolder("jpeg"), "jpeg.dcm");
        File.WriteAllBytes(path, ByteWriter.Part10("1.2.840.10008.1.2.4.50", data));

        var result = CliHarness.Run("dicom", "info", path);

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(result.Stderr, Does.Contain("unsupported transfer syntax JPEG Baseline (Process 1) (1.2.840.10008.1.2.4.50)"));
    }

    [Test]
    public void A_missing_path_exits_2()
    {
        var result = CliHarness.Run("dicom", "info", Path.Combine(TestSeries.NewFolder("none"), "absent.dcm"));

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Stderr, Does.Contain("no such file or folder"));
    }
}
