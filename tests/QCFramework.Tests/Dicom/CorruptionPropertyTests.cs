using System.IO.Compression;
using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;
using QCFramework.Dicom;
using QCFramework.Dicom.Ct;
using QCFramework.Dicom.Data;
using QCFramework.Dicom.Info;
using QCFramework.Dicom.Pixels;

namespace QCFramework.Tests.Dicom;

/// <summary>
/// Any damage to a valid file — truncation, overwritten bytes, a length field set to an arbitrary
/// value — must end in a <see cref="DicomException"/> or a successful read: never another exception,
/// a hang, or an allocation out of proportion to the file. The valid files cover every reading path:
/// our own CT slice, and hand-encoded images in Implicit VR Little Endian, Explicit VR Big Endian,
/// Deflated and RLE Lossless, with nested undefined-length sequences and private elements.
/// </summary>
public class CorruptionPropertyTests
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(10);

    private static readonly Lazy<byte[][]> Samples = new(BuildSamples);

    /// <summary>One way to damage a file.</summary>
    /// <param name="Sample">Which valid file.</param>
    /// <param name="Kind">0 truncate, 1 overwrite bytes, 2 overwrite a 32-bit word.</param>
    /// <param name="Offset">Where, as a fraction of the file length in 1/1000.</param>
    /// <param name="Values">The bytes to write (kinds 1 and 2).</param>
    public sealed record Damage(int Sample, int Kind, int Offset, byte[] Values)
    {
        public byte[] ApplyTo(byte[] file)
        {
            int at = (int)((long)Offset * file.Length / 1000);
            if (Kind == 0)
            {
                return file[..at];
            }

            var damaged = (byte[])file.Clone();
            for (int i = 0; i < Values.Length && at + i < damaged.Length; i++)
            {
                damaged[at + i] = Values[i];
            }

            return damaged;
        }

        public override string ToString() => $"sample {Sample}, kind {Kind}, at {Offset}/1000, bytes {Convert.ToHexString(Values)}";
    }

    [FsCheck.NUnit.Property(MaxTest = 400, QuietOnSuccess = true)]
    public Property Damaged_files_end_in_a_DicomException_or_a_clean_read()
    {
        var damage =
            from sample in Gen.Choose(0, Samples.Value.Length - 1)
            from kind in Gen.Choose(0, 2)
            from offset in Gen.Choose(0, 999)
            from count in Gen.Choose(1, 8)
            from values in Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), kind == 2 ? 4 : count)
            select new Damage(sample, kind, offset, values);
        return Prop.ForAll(Arb.From(damage), d => ReadsCleanly(d.ApplyTo(Samples.Value[d.Sample]), d.ToString()));
    }

    [Test]
    public void Every_sample_is_valid_before_damage()
    {
        foreach (var sample in Samples.Value)
        {
            Assert.That(ReadsCleanly(sample, "undamaged"), Is.True);
            Assert.That(DicomPixelData.Statistics(DicomFile.Parse(sample)), Is.Not.Null);
        }
    }

    [Test]
    public void No_truncation_of_a_CT_slice_is_accepted_as_a_slice()
    {
        // Exhaustive where it is cheap: every proper prefix of the file, not a random sample. A cut at
        // an element boundary is a well-formed shorter data set, but never a complete CT slice.
        var file = Samples.Value[0];
        var path = Path.Combine(TestSeries.NewFolder("truncated"), "slice.dcm");
        for (int length = 0; length < file.Length; length++)
        {
            File.WriteAllBytes(path, file[..length]);
            Assert.That(() => CtSeriesReader.Read(new[] { path }), Throws.TypeOf<DicomException>(), $"cut at {length} of {file.Length}");
        }
    }

    /// <summary>
    /// Reads the bytes every way a user can (parse, dump, summary, pixel statistics, CT series);
    /// true when that succeeds or fails with a DicomException. Anything else fails the property.
    /// </summary>
    private static bool ReadsCleanly(byte[] bytes, string what)
    {
        var run = Task.Run(() =>
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            Exception? error = null;
            try
            {
                Read(bytes);
            }
            catch (Exception ex)
            {
                error = ex;
            }

            return (error, allocated: GC.GetAllocatedBytesForCurrentThread() - before);
        });
        if (!run.Wait(TimeLimit))
        {
            throw new AssertionException($"{what}: reading did not finish within {TimeLimit.TotalSeconds} s");
        }

        var (error, allocated) = run.Result;
        if (error is not null and not DicomException)
        {
            throw new AssertionException($"{what}: {error.GetType().Name} instead of DicomException: {error}");
        }

        // Deflate may inflate 1032-fold; everything else stays near the file's size.
        long bound = (1100L * bytes.Length) + (8 << 20);
        if (allocated > bound)
        {
            throw new AssertionException($"{what}: allocated {allocated} bytes reading a {bytes.Length}-byte file");
        }

        return true;
    }

    private static void Read(byte[] bytes)
    {
        var file = DicomFile.Parse(bytes, "damaged.dcm");
        DicomDump.Lines(file);
        DicomInspector.Summarize(file, "damaged.dcm");
        var path = Path.Combine(TestSeries.NewFolder("damaged"), "damaged.dcm");
        File.WriteAllBytes(path, bytes);
        if (file.DataSet.GetString(DicomTags.SOPClassUID) == CtSeriesWriter.CtImageStorageUid)
        {
            CtSeriesReader.Read(new[] { path });
        }
    }

    private static byte[][] BuildSamples()
    {
        var ours = File.ReadAllBytes(new CtSeriesCodec().Write(TestSeries.Create(slices: 1), TestSeries.NewFolder("sample"))[0]);
        var rle = new ByteWriter().U32(1).U32(64);
        for (int i = 0; i < 14; i++)
        {
            rle.U32(0);
        }

        // PackBits: 24 literal bytes (header 23), a run of 24 × 0x7F (header −23) beyond the frame, a no-op pad.
        rle.Raw(23).Raw([.. Enumerable.Range(0, 24).Select(i => (byte)(i * 9))]).Raw(0xE9, 0x7F, 0x80);
        var rleFrame = rle.ToArray();
        var encapsulated = new ByteWriter().Item(0).Item((uint)rleFrame.Length).Raw(rleFrame).SequenceEnd().ToArray();

        return
        [
            ours,
            ByteWriter.Part10("1.2.840.10008.1.2", Image(new ByteWriter(), explicitVr: false, ByteWriter.UInt16Le([.. Enumerable.Range(0, 24)]))),
            ByteWriter.Part10("1.2.840.10008.1.2.2", Image(new ByteWriter(bigEndian: true), explicitVr: true, ByteWriter.UInt16Be([.. Enumerable.Range(0, 24)]))),
            ByteWriter.Part10("1.2.840.10008.1.2.1.99", Deflate(Image(new ByteWriter(), explicitVr: true, ByteWriter.UInt16Le([.. Enumerable.Range(0, 24)])))),
            ByteWriter.Part10("1.2.840.10008.1.2.5", Image(new ByteWriter(), explicitVr: true, encapsulated, bits: 8, encapsulatedPixels: true)),
        ];
    }

    /// <summary>A 4 × 6 CT image with a nested undefined-length sequence and a private element.</summary>
    private static byte[] Image(ByteWriter w, bool explicitVr, byte[] pixels, int bits = 16, bool encapsulatedPixels = false)
    {
        void Text(int g, int e, string vr, string value)
        {
            if (explicitVr) w.ExplicitText(g, e, vr, value); else w.ImplicitText(g, e, value);
        }

        void Short(int g, int e, int value)
        {
            var bytes = new ByteWriter(w.BigEndian).U16(value).ToArray();
            if (explicitVr) w.Explicit(g, e, "US", bytes); else w.Implicit(g, e, bytes);
        }

        void OpenSequence(int g, int e)
        {
            if (explicitVr) w.Explicit(g, e, "SQ", [], ByteWriter.Undefined); else w.Implicit(g, e, [], ByteWriter.Undefined);
        }

        Text(0x0008, 0x0016, "UI", CtSeriesWriter.CtImageStorageUid + "\0");
        OpenSequence(0x0008, 0x1140);
        w.Item(ByteWriter.Undefined);
        OpenSequence(0x0008, 0x1140);
        w.Item(ByteWriter.Undefined);
        Text(0x0008, 0x1150, "UI", "1.2\0");
        w.ItemEnd().SequenceEnd().ItemEnd().SequenceEnd();
        Text(0x0009, 0x0010, "LO", "QCF TEST");
        if (explicitVr) w.Explicit(0x0009, 0x1001, "UN", [1, 2, 3]); else w.Implicit(0x0009, 0x1001, [1, 2, 3]);
        Text(0x0020, 0x000E, "UI", "1.2.3\0");
        Text(0x0020, 0x0032, "DS", "0\\0\\0 ");
        Text(0x0020, 0x0037, "DS", "1\\0\\0\\0\\1\\0 ");
        Short(0x0028, 0x0002, 1);
        Text(0x0028, 0x0004, "CS", "MONOCHROME2 ");
        Short(0x0028, 0x0010, 4);
        Short(0x0028, 0x0011, 6);
        Text(0x0028, 0x0030, "DS", "0.5\\0.5 ");
        Short(0x0028, 0x0100, bits);
        Short(0x0028, 0x0101, bits);
        Short(0x0028, 0x0103, 0);
        Text(0x0028, 0x1052, "DS", "-1024 ");
        Text(0x0028, 0x1053, "DS", "1 ");
        if (encapsulatedPixels)
        {
            w.Explicit(0x7FE0, 0x0010, "OB", [], ByteWriter.Undefined).Raw(pixels);
        }
        else if (explicitVr)
        {
            w.Explicit(0x7FE0, 0x0010, "OW", pixels);
        }
        else
        {
            w.Implicit(0x7FE0, 0x0010, pixels);
        }

        return w.ToArray();
    }

    private static byte[] Deflate(byte[] data)
    {
        var output = new MemoryStream();
        using (var deflate = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(data);
        }

        return output.ToArray();
    }
}
