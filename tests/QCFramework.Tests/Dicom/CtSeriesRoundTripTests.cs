using NUnit.Framework;
using QCFramework.Dicom;
using QCFramework.Dicom.Ct;
using QCFramework.Dicom.Data;

namespace QCFramework.Tests.Dicom;

/// <summary>Writing a series and reading it back with our own codec.</summary>
public class CtSeriesRoundTripTests
{
    private readonly ICtSeriesCodec _codec = new CtSeriesCodec();

    [Test]
    public void Round_trip_gives_identical_HU_geometry_and_metadata()
    {
        var series = TestSeries.Create();
        var folder = TestSeries.NewFolder("roundtrip");

        var paths = _codec.Write(series, folder);
        var read = _codec.Read(folder);

        Assert.That(paths.Select(Path.GetFileName), Is.EqualTo(new[] { "0001.dcm", "0002.dcm", "0003.dcm" }));
        Assert.That(read.Geometry, Is.EqualTo(series.Geometry));
        Assert.That(read.Slices, Has.Count.EqualTo(3));
        for (int i = 0; i < 3; i++)
        {
            Assert.That(read.Slices[i].PositionMm, Is.EqualTo(series.Slices[i].PositionMm));
            Assert.That(read.Slices[i].Hu, Is.EqualTo(series.Slices[i].Hu).AsCollection, $"slice {i + 1}");
        }

        Assert.That(read.Acquisition, Is.EqualTo(series.Acquisition));
        Assert.That(read.Equipment, Is.EqualTo(series.Equipment));
        Assert.That(read.Identity, Is.EqualTo(series.Identity));
        Assert.That(read.Window, Is.EqualTo(series.Window));
    }

    [Test]
    public void Fractional_HU_are_rounded_half_to_even()
    {
        var series = TestSeries.Create(slices: 1);
        var hu = series.Slices[0].Hu;
        float[] input = [0.5f, 1.5f, 2.5f, -0.5f, -1.5f, 0.49f, -2.51f, 1023.7f];
        float[] expected = [0, 2, 2, 0, -2, 0, -3, 1024];
        input.CopyTo(hu, 0);
        var folder = TestSeries.NewFolder("rounding");

        _codec.Write(series, folder);
        var read = _codec.Read(folder).Slices[0].Hu;

        Assert.That(read[..input.Length], Is.EqualTo(expected));
    }

    [TestCase(0)]
    [TestCase(-7232)]
    public void Quantization_rounds_every_element_half_to_even_whatever_its_position(int intercept)
    {
        // 37 values: whole vector blocks and a scalar tail, ties on both sides of zero.
        var hu = Enumerable.Range(0, 37).Select(i => (float)((i - 18) * 0.5) + intercept).ToArray();
        hu[5] = 0.49999997f + intercept;
        var bytes = new byte[hu.Length * 2];

        CtSeriesWriter.Quantize(hu, intercept, bytes);

        for (int i = 0; i < hu.Length; i++)
        {
            short expected = (short)Math.Round((double)hu[i] - intercept, MidpointRounding.ToEven); // exact difference in double
            Assert.That(BitConverter.ToInt16(bytes, 2 * i), Is.EqualTo(expected), $"element {i}: {hu[i]}");
        }
    }

    [TestCase(float.NaN)]
    [TestCase(float.PositiveInfinity)]
    [TestCase(float.NegativeInfinity)]
    public void Non_finite_HU_are_refused(float value)
    {
        var series = TestSeries.Create(slices: 2);
        series.Slices[1].Hu[3000] = value;

        Assert.That(() => _codec.Write(series, TestSeries.NewFolder("nan")),
            Throws.ArgumentException.With.Message.Contains("non-finite CT number"));
    }

    [Test]
    public void HU_beyond_int16_are_stored_with_a_shifted_intercept_and_read_back_exactly()
    {
        var series = TestSeries.Create(slices: 1);
        var hu = series.Slices[0].Hu;
        hu[0] = -40000;
        hu[1] = 25535;
        var folder = TestSeries.NewFolder("wide");

        var path = _codec.Write(series, folder)[0];
        var read = _codec.Read(folder).Slices[0].Hu;

        // ⌊−40000⌋ + 32768 = −7232: −40000 is stored as −32768 and 25535 as 32767.
        Assert.That(DicomFile.Read(path).DataSet.GetNumber(DicomTags.RescaleIntercept), Is.EqualTo(-7232));
        Assert.That(read, Is.EqualTo(hu).AsCollection);
    }

    [Test]
    public void HU_spanning_more_than_65536_values_are_refused()
    {
        var series = TestSeries.Create(slices: 1);
        series.Slices[0].Hu[0] = -40000;
        series.Slices[0].Hu[1] = 25536;

        Assert.That(() => _codec.Write(series, TestSeries.NewFolder("too-wide")),
            Throws.ArgumentException.With.Message.Contains("more than the 65536 values"));
    }

    [Test]
    public void Rewriting_the_same_series_gives_byte_identical_files()
    {
        var first = _codec.Write(TestSeries.Create(), TestSeries.NewFolder("a"));
        var second = _codec.Write(TestSeries.Create(), TestSeries.NewFolder("b"));

        for (int i = 0; i < first.Count; i++)
        {
            Assert.That(File.ReadAllBytes(second[i]), Is.EqualTo(File.ReadAllBytes(first[i])), $"file {i + 1}");
        }
    }

    [Test]
    public void Same_seed_gives_same_UIDs_and_other_seeds_or_series_give_other_UIDs()
    {
        var a = CtUids.Derive(7, "study", "series-1");
        var again = CtUids.Derive(7, "study", "series-1");
        var otherSeed = CtUids.Derive(8, "study", "series-1");
        var otherSeries = CtUids.Derive(7, "study", "series-2");
        // Length prefixes keep ("a|b", "c") and ("a", "b|c") apart.
        var shifted = CtUids.Derive(7, "study|series", "-1");

        Assert.That(again, Is.EqualTo(a));
        var all = new[] { a, otherSeed, otherSeries, shifted }
            .SelectMany(u => new[] { u.StudyInstanceUid, u.SeriesInstanceUid, u.FrameOfReferenceUid })
            .ToList();
        Assert.That(all.Distinct().Count(), Is.EqualTo(all.Count - 1), "only the study UID is shared, by a and otherSeries");
        Assert.That(otherSeries.StudyInstanceUid, Is.EqualTo(a.StudyInstanceUid));
        Assert.That(all, Has.All.Matches<string>(uid => DicomUid.IsValid(uid!)));
    }

    [Test]
    public void Slices_of_a_series_have_distinct_instance_UIDs_and_numbers()
    {
        var paths = _codec.Write(TestSeries.Create(), TestSeries.NewFolder("instances"));
        var files = paths.Select(p => DicomFile.Read(p).DataSet).ToList();

        Assert.That(files.Select(f => f.GetString(DicomTags.SOPInstanceUID)).Distinct().Count(), Is.EqualTo(3));
        Assert.That(files.Select(f => f.GetInteger(DicomTags.InstanceNumber)), Is.EqualTo(new long?[] { 1, 2, 3 }));
    }

    [Test]
    public void Synthetic_data_is_marked_even_when_the_series_does_not_say_so()
    {
        var series = TestSeries.Create(slices: 1);
        series = series with { Identity = series.Identity with { PatientName = "Doe^Jane", SeriesDescription = "Lumbar spine" } };

        var data = DicomFile.Read(_codec.Write(series, TestSeries.NewFolder("marked"))[0]).DataSet;

        Assert.That(data.GetString(DicomTags.PatientName), Is.EqualTo("SYNTHETIC^Doe^Jane"));
        Assert.That(data.GetString(DicomTags.SeriesDescription), Is.EqualTo("SYNTHETIC Lumbar spine"));
        Assert.That(data.GetString(DicomTags.BurnedInAnnotation), Is.EqualTo("NO"));
    }

    [Test]
    public void Contrast_module_is_written_only_when_contrast_was_used()
    {
        var with = DicomFile.Read(_codec.Write(TestSeries.Create(slices: 1), TestSeries.NewFolder("c"))[0]).DataSet;
        var without = DicomFile.Read(_codec.Write(TestSeries.Create(slices: 1, contrast: false), TestSeries.NewFolder("n"))[0]).DataSet;

        Assert.That(with.GetString(DicomTags.ContrastBolusAgent), Is.EqualTo("Iohexol 350 mg I/mL"));
        Assert.That(with.GetString(DicomTags.ContrastBolusRoute), Is.EqualTo("IV"));
        Assert.That(without.Contains(DicomTags.ContrastBolusAgent), Is.False);
        Assert.That(without.Contains(DicomTags.ContrastBolusRoute), Is.False);
    }

    [Test]
    public void Exposure_keeps_its_fraction_through_Exposure_in_uAs()
    {
        var series = TestSeries.Create(slices: 1);
        series = series with { Acquisition = series.Acquisition with { ExposureMas = 12.5 } };

        var path = _codec.Write(series, TestSeries.NewFolder("exposure"))[0];
        var data = DicomFile.Read(path).DataSet;

        Assert.That(data.GetInteger(DicomTags.Exposure), Is.EqualTo(13), "IS: rounded half away from zero");
        Assert.That(data.GetInteger(DicomTags.ExposureInuAs), Is.EqualTo(12500));
        Assert.That(_codec.Read(new[] { path }).Acquisition.ExposureMas, Is.EqualTo(12.5));
    }

    [Test]
    public void Non_ASCII_names_are_written_as_UTF8_and_declared_ISO_IR_192()
    {
        var series = TestSeries.Create(slices: 1);
        series = series with { Equipment = series.Equipment with { InstitutionName = "Universitätsklinikum Köln" } };

        var path = _codec.Write(series, TestSeries.NewFolder("utf8"))[0];

        var data = DicomFile.Read(path).DataSet;
        Assert.That(data.GetString(DicomTags.SpecificCharacterSet), Is.EqualTo("ISO_IR 192"));
        Assert.That(_codec.Read(new[] { path }).Equipment.InstitutionName, Is.EqualTo("Universitätsklinikum Köln"));
    }

    [Test]
    public void Decimal_strings_fit_16_characters_and_round_trip_when_they_can()
    {
        Assert.That(DicomDataSetBuilder.FormatDecimal(-120.5, DicomTags.PixelSpacing), Is.EqualTo("-120.5"));
        Assert.That(DicomDataSetBuilder.FormatDecimal(0.1, DicomTags.PixelSpacing), Is.EqualTo("0.1"));
        // 1/3 needs 17 significant digits to round-trip; DS allows 16 characters.
        string third = DicomDataSetBuilder.FormatDecimal(1.0 / 3.0, DicomTags.PixelSpacing);
        Assert.That(third, Has.Length.LessThanOrEqualTo(16));
        Assert.That(double.Parse(third, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(1.0 / 3.0).Within(1e-14));
        Assert.That(DicomDataSetBuilder.FormatDecimal(-1.234567890123456e-100, DicomTags.PixelSpacing), Has.Length.LessThanOrEqualTo(16));
    }
}
