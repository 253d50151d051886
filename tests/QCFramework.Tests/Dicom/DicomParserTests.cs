using System.IO.Compression;
using NUnit.Framework;
using QCFramework.Dicom;
using QCFramework.Dicom.Data;

namespace QCFramework.Tests.Dicom;

/// <summary>The data-set layer on hand-encoded bytes laid out as PS3.5 specifies.</summary>
public class DicomParserTests
{
    private const string ImplicitLe = "1.2.840.10008.1.2";
    private const string ExplicitLe = "1.2.840.10008.1.2.1";
    private const string ExplicitBe = "1.2.840.10008.1.2.2";
    private const string Deflated = "1.2.840.10008.1.2.1.99";

    [Test]
    public void Implicit_VR_elements_take_their_VR_from_the_dictionary()
    {
        var data = new ByteWriter()
            .ImplicitText(0x0008, 0x0060, "CT")
            .Implicit(0x0028, 0x0010, ByteWriter.UInt16Le(512))
            .ImplicitText(0x0028, 0x1052, "-1024 ")
            .ToArray();
        var file = DicomFile.Parse(ByteWriter.Part10(ImplicitLe, data));

        Assert.That(file.TransferSyntax, Is.EqualTo(DicomTransferSyntax.ImplicitVrLittleEndian));
        Assert.That(file.DataSet.Find(DicomTags.Rows)!.Vr, Is.EqualTo(DicomVr.US));
        Assert.That(file.DataSet.GetInteger(DicomTags.Rows), Is.EqualTo(512));
        Assert.That(file.DataSet.GetString(DicomTags.Modality), Is.EqualTo("CT"));
        Assert.That(file.DataSet.GetNumber(DicomTags.RescaleIntercept), Is.EqualTo(-1024.0));
    }

    [Test]
    public void Explicit_VR_big_endian_numbers_are_read_big_endian()
    {
        var data = new ByteWriter(bigEndian: true)
            .Explicit(0x0028, 0x0010, "US", ByteWriter.UInt16Be(0x0102))
            .Explicit(0x0028, 0x0011, "US", ByteWriter.UInt16Be(300))
            .ToArray();
        var file = DicomFile.Parse(ByteWriter.Part10(ExplicitBe, data));

        Assert.That(file.DataSet.GetInteger(DicomTags.Rows), Is.EqualTo(0x0102));
        Assert.That(file.DataSet.GetInteger(DicomTags.Columns), Is.EqualTo(300));
    }

    [Test]
    public void Undefined_length_sequence_of_undefined_length_items_is_read_item_by_item()
    {
        var data = new ByteWriter()
            .Explicit(0x0008, 0x1140, "SQ", [], ByteWriter.Undefined)
            .Item(ByteWriter.Undefined).ExplicitText(0x0008, 0x1150, "UI", "1.2\0").ItemEnd()
            .Item(ByteWriter.Undefined).ExplicitText(0x0008, 0x1150, "UI", "1.3\0").ItemEnd()
            .SequenceEnd()
            .ExplicitText(0x0008, 0x0060, "CS", "CT")
            .ToArray();
        var file = DicomFile.Parse(ByteWriter.Part10(ExplicitLe, data));

        var sequence = file.DataSet.Find(DicomTags.ReferencedImageSequence)!;
        Assert.That(sequence.UndefinedLength, Is.True);
        Assert.That(sequence.Items, Has.Count.EqualTo(2));
        Assert.That(sequence.Items[1].GetString(new DicomTag(0x0008, 0x1150)), Is.EqualTo("1.3"));
        Assert.That(file.DataSet.GetString(DicomTags.Modality), Is.EqualTo("CT"), "the element after the sequence");
    }

    [Test]
    public void Defined_length_sequence_in_implicit_VR_is_parsed_when_the_dictionary_says_SQ()
    {
        var item = new ByteWriter().ImplicitText(0x0008, 0x1150, "1.2\0").ToArray();
        var data = new ByteWriter()
            .Implicit(0x0008, 0x1140, new ByteWriter().Item((uint)item.Length).Raw(item).ToArray())
            .ImplicitText(0x0008, 0x0060, "MR")
            .ToArray();
        var file = DicomFile.Parse(ByteWriter.Part10(ImplicitLe, data));

        Assert.That(file.DataSet.Find(DicomTags.ReferencedImageSequence)!.Items, Has.Count.EqualTo(1));
        Assert.That(file.DataSet.GetString(DicomTags.Modality), Is.EqualTo("MR"));
    }

    [Test]
    public void Undefined_length_UN_is_a_sequence_of_implicit_VR_items()
    {
        // PS3.5 §6.2.2: a UN of undefined length holds a sequence encoded Implicit VR Little Endian.
        var data = new ByteWriter()
            .Explicit(0x0009, 0x0010, "LO", "ACME"u8.ToArray())
            .Explicit(0x0009, 0x1001, "UN", [], ByteWriter.Undefined)
            .Item(ByteWriter.Undefined).ImplicitText(0x0009, 0x1002, "AB").ItemEnd()
            .SequenceEnd()
            .ToArray();
        var file = DicomFile.Parse(ByteWriter.Part10(ExplicitLe, data));

        var sequence = file.DataSet.Find(new DicomTag(0x0009, 0x1001))!;
        Assert.That(sequence.IsSequence, Is.True);
        Assert.That(sequence.Items[0].Find(new DicomTag(0x0009, 0x1002))!.Value.ToArray(), Is.EqualTo("AB"u8.ToArray()));
    }

    [Test]
    public void Private_tags_and_odd_lengths_keep_their_exact_bytes()
    {
        var data = new ByteWriter()
            .Explicit(0x0029, 0x0010, "LO", "SIEMENS CSA HEADER"u8.ToArray())
            .Explicit(0x0029, 0x1010, "OB", [1, 2, 3])
            .ExplicitText(0x0029, 0x1011, "LO", "ODD")
            .ExplicitText(0x0040, 0x0000, "UL", "\0\0\0\0")
            .ToArray();
        var file = DicomFile.Parse(ByteWriter.Part10(ExplicitLe, data));

        Assert.That(file.DataSet.Find(new DicomTag(0x0029, 0x1010))!.Value.ToArray(), Is.EqualTo(new byte[] { 1, 2, 3 }));
        Assert.That(file.DataSet.GetString(new DicomTag(0x0029, 0x1011)), Is.EqualTo("ODD"));
        Assert.That(file.DataSet.Find(new DicomTag(0x0029, 0x1010))!.Tag.IsPrivate, Is.True);
    }

    [TestCase(false, false, "1.2.840.10008.1.2")]
    [TestCase(true, false, "1.2.840.10008.1.2.1")]
    [TestCase(true, true, "1.2.840.10008.1.2.2")]
    public void Data_set_without_Part10_header_is_recognised_from_its_first_element(bool explicitVr, bool bigEndian, string expected)
    {
        var writer = new ByteWriter(bigEndian);
        if (explicitVr)
        {
            writer.ExplicitText(0x0008, 0x0060, "CS", "CT").Explicit(0x0028, 0x0010, "US", bigEndian ? ByteWriter.UInt16Be(7) : ByteWriter.UInt16Le(7));
        }
        else
        {
            writer.ImplicitText(0x0008, 0x0060, "CT").Implicit(0x0028, 0x0010, ByteWriter.UInt16Le(7));
        }

        var file = DicomFile.Parse(writer.ToArray());

        Assert.That(file.HasFileMeta, Is.False);
        Assert.That(file.TransferSyntax.Uid, Is.EqualTo(expected));
        Assert.That(file.DataSet.GetInteger(DicomTags.Rows), Is.EqualTo(7));
    }

    [Test]
    public void Deflated_data_set_is_inflated_then_parsed()
    {
        var data = new ByteWriter().ExplicitText(0x0008, 0x0060, "CS", "CT").Explicit(0x0028, 0x0010, "US", ByteWriter.UInt16Le(9)).ToArray();
        var deflated = new MemoryStream();
        using (var deflate = new DeflateStream(deflated, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(data);
        }

        var file = DicomFile.Parse(ByteWriter.Part10(Deflated, deflated.ToArray()));

        Assert.That(file.TransferSyntax.Deflated, Is.True);
        Assert.That(file.DataSet.GetInteger(DicomTags.Rows), Is.EqualTo(9));
    }

    [Test]
    public void Value_longer_than_the_file_is_an_error_naming_tag_and_offset()
    {
        var data = new ByteWriter().ExplicitText(0x0008, 0x0060, "CS", "CT").Explicit(0x7FE0, 0x0010, "OW", new byte[10], length: 1000).ToArray();
        var bytes = ByteWriter.Part10(ExplicitLe, data);

        var error = Assert.Throws<DicomException>(() => DicomFile.Parse(bytes, "x.dcm"))!;

        int offset = bytes.Length - 10 - 12;
        Assert.That(error.Tag, Is.EqualTo(DicomTags.PixelData));
        Assert.That(error.Offset, Is.EqualTo(offset));
        Assert.That(error.Message, Is.EqualTo($"x.dcm: (7FE0,0010) PixelData at byte {offset}: value length 1000 exceeds the 10 bytes remaining"));
    }

    [Test]
    public void A_sequence_left_open_at_the_end_of_the_file_is_closed_there_as_dcmtk_and_pydicom_do()
    {
        var data = new ByteWriter()
            .ExplicitText(0x0008, 0x0060, "CS", "CT")
            .Explicit(0x0008, 0x1140, "SQ", [], ByteWriter.Undefined)
            .Item(ByteWriter.Undefined).ExplicitText(0x0008, 0x1150, "UI", "1.2\0").ItemEnd()
            .Item(100).ExplicitText(0x0008, 0x1150, "UI", "1.3\0")
            .ToArray();
        var file = DicomFile.Parse(ByteWriter.Part10(ExplicitLe, data));

        Assert.That(file.DataSet.Find(DicomTags.ReferencedImageSequence)!.Items, Has.Count.EqualTo(2));
    }

    [Test]
    public void An_item_longer_than_its_sequence_is_an_error_inside_the_file()
    {
        var item = new ByteWriter().ExplicitText(0x0008, 0x1150, "UI", "1.2\0").ToArray();
        var sequence = new ByteWriter().Item((uint)item.Length + 8).Raw(item).ToArray();
        var data = new ByteWriter()
            .Explicit(0x0008, 0x1140, "SQ", sequence)
            .ExplicitText(0x0008, 0x1150, "UI", "1.4\0")
            .ToArray();

        Assert.That(() => DicomFile.Parse(ByteWriter.Part10(ExplicitLe, data)),
            Throws.TypeOf<DicomException>().With.Message.Contains("item length 20 exceeds the 12 bytes remaining"));
    }

    [Test]
    public void Unknown_transfer_syntax_and_missing_meta_syntax_are_errors()
    {
        Assert.That(() => DicomFile.Parse(ByteWriter.Part10("1.2.3.4", [])),
            Throws.TypeOf<DicomException>().With.Message.Contains("unsupported transfer syntax 1.2.3.4"));

        var noSyntax = new ByteWriter().Raw(new byte[128]).Ascii("DICM").Explicit(0x0002, 0x0001, "OB", [0, 1]).ExplicitText(0x0008, 0x0060, "CS", "CT").ToArray();
        Assert.That(() => DicomFile.Parse(noSyntax), Throws.TypeOf<DicomException>().With.Message.Contains("no transfer syntax"));
    }

    [Test]
    public void Bytes_that_are_not_DICOM_are_refused()
    {
        Assert.That(() => DicomFile.Parse("{\"not\": \"dicom\"}"u8.ToArray()),
            Throws.TypeOf<DicomException>().With.Message.StartsWith("not a DICOM file"));
    }

    [Test]
    public void Sequences_nested_deeper_than_the_limit_are_refused_without_exhausting_the_stack()
    {
        var writer = new ByteWriter();
        for (int i = 0; i < 10_000; i++)
        {
            writer.Explicit(0x0008, 0x1140, "SQ", [], ByteWriter.Undefined).Item(ByteWriter.Undefined);
        }

        Assert.That(() => DicomFile.Parse(ByteWriter.Part10(ExplicitLe, writer.ToArray())),
            Throws.TypeOf<DicomException>().With.Message.Contains("nested more than"));
    }

    [Test]
    public void Malformed_numbers_are_errors_naming_the_tag()
    {
        var data = new ByteWriter().ExplicitText(0x0028, 0x0008, "IS", "1A").ExplicitText(0x0028, 0x1053, "DS", "NaN ").ToArray();
        var bytes = ByteWriter.Part10(ExplicitLe, data);
        var file = DicomFile.Parse(bytes);

        int dataSetStart = bytes.Length - data.Length;
        Assert.That(() => file.DataSet.GetInteger(DicomTags.NumberOfFrames),
            Throws.TypeOf<DicomException>().With.Message.EqualTo($"(0028,0008) NumberOfFrames at byte {dataSetStart}: '1A' is not an integer string"));
        Assert.That(() => file.DataSet.GetNumber(DicomTags.RescaleSlope),
            Throws.TypeOf<DicomException>().With.Message.Contains("'NaN' is not a decimal number"));
    }

    [Test]
    public void Encapsulated_pixel_data_is_split_into_fragments()
    {
        var data = new ByteWriter()
            .Explicit(0x7FE0, 0x0010, "OB", [], ByteWriter.Undefined)
            .Item(0)
            .Item(4).Raw(1, 2, 3, 4)
            .Item(2).Raw(5, 6)
            .SequenceEnd()
            .ToArray();
        var file = DicomFile.Parse(ByteWriter.Part10("1.2.840.10008.1.2.4.50", data));

        var fragments = file.DataSet.Find(DicomTags.PixelData)!.Fragments!;
        Assert.That(fragments.Select(f => f.Length), Is.EqualTo(new[] { 0, 4, 2 }));
    }
}
