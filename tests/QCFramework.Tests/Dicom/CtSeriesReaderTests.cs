using NUnit.Framework;
using QCFramework.Dicom;
using QCFramework.Dicom.Ct;

namespace QCFramework.Tests.Dicom;

/// <summary>The series reader's ordering and its checks on what makes one consistent series.</summary>
public class CtSeriesReaderTests
{
    private readonly ICtSeriesCodec _codec = new CtSeriesCodec();

    [Test]
    public void Files_in_any_order_are_sorted_along_the_slice_normal()
    {
        var series = TestSeries.Create(slices: 4);
        var reversed = series with { Slices = series.Slices.Reverse().ToList() };
        var paths = _codec.Write(reversed, TestSeries.NewFolder("reversed"));

        var read = _codec.Read(new[] { paths[2], paths[0], paths[3], paths[1] });

        Assert.That(read.Slices.Select(s => s.PositionMm.Z), Is.EqualTo(new[] { 10.0, 12.5, 15.0, 17.5 }));
        Assert.That(read.Slices[0].Hu, Is.EqualTo(series.Slices[0].Hu).AsCollection);
    }

    [Test]
    public void Sorting_follows_the_normal_of_an_oblique_orientation()
    {
        // Rows along +x, columns along (0, cos 30°, −sin 30°): the normal is (0, sin 30°, cos 30°).
        double c = Math.Cos(Math.PI / 6);
        double s = Math.Sin(Math.PI / 6);
        var orientation = new ImageOrientation(new Vector3D(1, 0, 0), new Vector3D(0, c, -s));
        var series = TestSeries.Create(slices: 3);
        var slices = series.Slices.Select((slice, i) => slice with { PositionMm = new Vector3D(0, 2 * s * (2 - i), 2 * c * (2 - i)) }).ToList();
        series = series with
        {
            Geometry = series.Geometry with { Orientation = orientation, SliceSpacingMm = 2 },
            Slices = slices,
        };

        var read = _codec.Read(_codec.Write(series, TestSeries.NewFolder("oblique")));

        Assert.That(read.Slices[0].Hu, Is.EqualTo(slices[2].Hu).AsCollection, "the slice lowest along the normal comes first");
        Assert.That(read.Geometry.SliceSpacingMm, Is.EqualTo(2).Within(1e-9));
    }

    [Test]
    public void A_folder_reader_passes_over_files_that_are_not_DICOM()
    {
        var folder = TestSeries.NewFolder("with-json");
        _codec.Write(TestSeries.Create(), folder);
        File.WriteAllText(Path.Combine(folder, "truth.json"), "{\"regions\": []}");
        File.WriteAllText(Path.Combine(folder, "scan.json"), "{}");

        Assert.That(_codec.Read(folder).Slices, Has.Count.EqualTo(3));
    }

    [Test]
    public void Files_of_two_series_are_refused()
    {
        var a = _codec.Write(TestSeries.Create(seriesKey: "one"), TestSeries.NewFolder("one"));
        var b = _codec.Write(TestSeries.Create(seriesKey: "two"), TestSeries.NewFolder("two"));

        Assert.That(() => _codec.Read(a.Concat(b)),
            Throws.TypeOf<DicomException>().With.Message.Contains("belong to 2 series"));
    }

    [Test]
    public void Uneven_spacing_is_refused()
    {
        var series = TestSeries.Create(slices: 3);
        var slices = series.Slices.ToList();
        slices[2] = slices[2] with { PositionMm = slices[2].PositionMm with { Z = 16 } };
        var paths = WriteEachSliceAlone(series with { Slices = slices });

        Assert.That(() => _codec.Read(paths),
            Throws.TypeOf<DicomException>().With.Message.Contains("slice spacing is not uniform"));
    }

    [Test]
    public void Two_slices_at_one_position_are_refused()
    {
        var series = TestSeries.Create(slices: 2);
        var slices = series.Slices.ToList();
        slices[1] = slices[1] with { PositionMm = slices[0].PositionMm };
        var paths = WriteEachSliceAlone(series with { Slices = slices });

        Assert.That(() => _codec.Read(paths),
            Throws.TypeOf<DicomException>().With.Message.Contains("at the same position"));
    }

    [Test]
    public void A_slice_with_another_orientation_is_refused()
    {
        var series = TestSeries.Create(slices: 2);
        var paths = WriteEachSliceAlone(series, (i, s) => i == 1
            ? s with { Geometry = s.Geometry with { Orientation = new ImageOrientation(new Vector3D(0, 1, 0), new Vector3D(-1, 0, 0)) } }
            : s);

        Assert.That(() => _codec.Read(paths),
            Throws.TypeOf<DicomException>().With.Message.Contains("image orientation differs"));
    }

    [Test]
    public void A_file_that_is_not_a_CT_image_is_refused_with_its_name()
    {
        var folder = TestSeries.NewFolder("not-ct");
        var path = Path.Combine(folder, "mr.dcm");
        File.WriteAllBytes(path, ByteWriter.Part10("1.2.840.10008.1.2.1",
            new ByteWriter().ExplicitText(0x0008, 0x0016, "UI", "1.2.840.10008.5.1.4.1.1.4\0").ToArray()));

        Assert.That(() => _codec.Read(new[] { path }),
            Throws.TypeOf<DicomException>().With.Message.StartsWith(path + ": (0008,0016) SOPClassUID").And.Message.Contains("is not CT Image Storage"));
    }

    [Test]
    public void An_empty_folder_is_an_error()
    {
        Assert.That(() => _codec.Read(TestSeries.NewFolder("empty")),
            Throws.TypeOf<DicomException>().With.Message.Contains("holds no DICOM files"));
    }

    /// <summary>
    /// Writes each slice as its own one-slice series sharing the UIDs, so the files can disagree in
    /// ways the writer itself refuses to produce.
    /// </summary>
    private List<string> WriteEachSliceAlone(CtSeries series, Func<int, CtSeries, CtSeries>? change = null)
    {
        var paths = new List<string>();
        for (int i = 0; i < series.Slices.Count; i++)
        {
            var single = series with { Slices = [series.Slices[i]] };
            single = change?.Invoke(i, single) ?? single;
            var folder = TestSeries.NewFolder($"slice-{i}");
            paths.Add(_codec.Write(single, folder)[0]);
        }

        return paths;
    }
}
