using NUnit.Framework;
using QCFramework.Dicom.Ct;
using QCFramework.Dicom.Data;
using QCFramework.Tests.Tools;

namespace QCFramework.Tests.Dicom;

/// <summary>
/// Our reader on files that dcmtk, GDCM and pydicom wrote: our series, first given a sequence and
/// a private element with dcmodify, is converted by each tool to every uncompressed transfer syntax
/// (and RLE, with and without file meta) and must read back with identical CT numbers and geometry.
/// </summary>
public class ToolWrittenFilesTests
{
    private const string ImplicitLe = "1.2.840.10008.1.2";
    private const string ExplicitLe = "1.2.840.10008.1.2.1";
    private const string ExplicitBe = "1.2.840.10008.1.2.2";
    private const string Deflated = "1.2.840.10008.1.2.1.99";
    private const string Rle = "1.2.840.10008.1.2.5";

    private const string PydicomConvert = """
        mode, source, target = sys.argv[1:4]
        from pydicom.uid import ImplicitVRLittleEndian, ExplicitVRBigEndian, DeflatedExplicitVRLittleEndian
        for name in sorted(os.listdir(source)):
            ds = pydicom.dcmread(os.path.join(source, name))
            if mode == "implicit":
                ds.file_meta.TransferSyntaxUID = ImplicitVRLittleEndian
                ds.is_implicit_VR, ds.is_little_endian = True, True
            elif mode == "big-endian":
                # pydicom re-encodes parsed values but not Pixel Data: swap it to big endian here.
                pixels = ds.pixel_array
                ds.PixelData = pixels.astype(pixels.dtype.newbyteorder(">")).tobytes()
                ds.file_meta.TransferSyntaxUID = ExplicitVRBigEndian
                ds.is_implicit_VR, ds.is_little_endian = False, False
            elif mode == "deflated":
                ds.file_meta.TransferSyntaxUID = DeflatedExplicitVRLittleEndian
                ds.is_implicit_VR, ds.is_little_endian = False, True
            ds.save_as(os.path.join(target, name), write_like_original=False)
        """;

    [TestCase("+ti", ImplicitLe, true)]
    [TestCase("+te -e", ExplicitLe, true)]
    [TestCase("+ti -e", ImplicitLe, true)]
    [TestCase("+tb", ExplicitBe, true)]
    [TestCase("+td", Deflated, true)]
    [TestCase("+ti -F", ImplicitLe, false)]
    [TestCase("+te -F", ExplicitLe, false)]
    [TestCase("+tb -F", ExplicitBe, false)]
    public void Files_converted_by_dcmconv_read_back_identically(string options, string syntax, bool hasMeta)
    {
        var dcmconv = ExternalTool.Require("dcmconv", "dcmtk");
        var (series, source) = PreparedSource();
        var target = TestSeries.NewFolder("dcmconv");
        foreach (var path in Directory.GetFiles(source))
        {
            Convert(dcmconv, [.. options.Split(' '), path, Path.Combine(target, Path.GetFileName(path))]);
        }

        AssertReadsBack(series, target, syntax, hasMeta);
    }

    [Test]
    public void Files_compressed_by_dcmcrle_decode_to_identical_HU()
    {
        var dcmcrle = ExternalTool.Require("dcmcrle", "dcmtk");
        var (series, source) = PreparedSource();
        var target = TestSeries.NewFolder("dcmcrle");
        foreach (var path in Directory.GetFiles(source))
        {
            Convert(dcmcrle, [path, Path.Combine(target, Path.GetFileName(path))]);
        }

        AssertReadsBack(series, target, Rle, true);
    }

    [TestCase("-M", ImplicitLe)]
    [TestCase("-X", ExplicitLe)]
    [TestCase("-d", Deflated)]
    [TestCase("-R", Rle)]
    public void Files_converted_by_gdcmconv_read_back_identically(string option, string syntax)
    {
        var gdcmconv = ExternalTool.Require("gdcmconv", "libgdcm-tools");
        var (series, source) = PreparedSource();
        var target = TestSeries.NewFolder("gdcmconv");
        foreach (var path in Directory.GetFiles(source))
        {
            Convert(gdcmconv, [option, path, Path.Combine(target, Path.GetFileName(path))]);
        }

        AssertReadsBack(series, target, syntax, true);
    }

    [TestCase("implicit", ImplicitLe)]
    [TestCase("big-endian", ExplicitBe)]
    [TestCase("deflated", Deflated)]
    public void Files_rewritten_by_pydicom_read_back_identically(string mode, string syntax)
    {
        var (series, source) = PreparedSource();
        var target = TestSeries.NewFolder("pydicom");

        Pydicom.Run(PydicomConvert, mode, source, target);

        AssertReadsBack(series, target, syntax, true);
    }

    /// <summary>Our series, with a Referenced Image Sequence and a private element added by dcmodify.</summary>
    private static (CtSeries Series, string Folder) PreparedSource()
    {
        var dcmodify = ExternalTool.Require("dcmodify", "dcmtk");
        var series = TestSeries.Create(slices: 3);
        var folder = TestSeries.NewFolder("source");
        foreach (var path in new CtSeriesCodec().Write(series, folder))
        {
            Convert(dcmodify, ["-nb", "-i", "(0008,1140)[0].(0008,1150)=1.2.840.10008.5.1.4.1.1.2", "-i", "(0008,1140)[0].(0008,1155)=1.2.3.4", path]);
            Convert(dcmodify, ["-nb", "-i", "(0009,0010)=QCF TEST", "-i", "(0009,1001)=7", path]);
        }

        return (series, folder);
    }

    private static void Convert(string tool, IReadOnlyList<string> arguments)
    {
        var result = ExternalTool.Run(tool, arguments);
        Assert.That(result.ExitCode, Is.Zero, $"{Path.GetFileName(tool)} {string.Join(' ', arguments)}:\n{result.Output}");
    }

    private static void AssertReadsBack(CtSeries expected, string folder, string syntax, bool hasMeta)
    {
        var first = DicomFile.Read(Directory.GetFiles(folder).Order().First());
        Assert.That(first.TransferSyntax.Uid, Is.EqualTo(syntax), "the tool wrote the transfer syntax under test");
        Assert.That(first.HasFileMeta, Is.EqualTo(hasMeta));
        Assert.That(first.DataSet.Find(DicomTags.ReferencedImageSequence)!.Items, Has.Count.EqualTo(1), "the sequence survived");
        Assert.That(first.DataSet.Contains(new DicomTag(0x0009, 0x1001)), Is.True, "the private element survived");

        var read = new CtSeriesCodec().Read(folder);

        Assert.That(read.Geometry, Is.EqualTo(expected.Geometry));
        Assert.That(read.Identity.Uids, Is.EqualTo(expected.Identity.Uids));
        Assert.That(read.Acquisition.Kvp, Is.EqualTo(expected.Acquisition.Kvp));
        Assert.That(read.Slices, Has.Count.EqualTo(expected.Slices.Count));
        for (int i = 0; i < expected.Slices.Count; i++)
        {
            Assert.That(read.Slices[i].PositionMm, Is.EqualTo(expected.Slices[i].PositionMm));
            Assert.That(read.Slices[i].Hu, Is.EqualTo(expected.Slices[i].Hu).AsCollection, $"slice {i + 1}");
        }
    }
}
