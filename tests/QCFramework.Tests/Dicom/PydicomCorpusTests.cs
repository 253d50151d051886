using System.Text.Json;
using NUnit.Framework;
using QCFramework.Tests.Cli;
using QCFramework.Tests.Tools;

namespace QCFramework.Tests.Dicom;

/// <summary>
/// <c>qcf dicom info</c> on every file of pydicom's test corpus (python3-pydicom ships it): CT, MR,
/// RT, SR, SEG, ultrasound and secondary captures from several vendors and toolkits, in implicit,
/// explicit and big-endian syntaxes, deflated, without file meta, RLE and JPEG-family compressed,
/// truncated and broken. A file counts as readable when both referees agree it is: dcmdump parses it,
/// and pydicom reads it and — if it has pixel data — decodes it with only its numpy and RLE handlers
/// (no optional plugins). Readable files must give pydicom's frame count and pixel min, max and mean
/// after the modality rescale; all others must end in exit code 2 with one line on stderr.
/// </summary>
public class PydicomCorpusTests
{
    private const string Survey = """
        entries = []
        for folder, subfolders, files in os.walk(sys.argv[1]):
            subfolders.sort()
            for name in sorted(files):
                path = os.path.join(folder, name)
                entry = {"path": path}
                try:
                    ds = pydicom.dcmread(path, force=True)
                    entry["sopClassUid"] = str(ds.get("SOPClassUID", "")) or None
                    if "PixelData" in ds:
                        values = apply_modality_lut(ds.pixel_array, ds)
                        entry.update(outcome="pixels", rows=int(ds.Rows), columns=int(ds.Columns),
                                     frames=int(ds.get("NumberOfFrames", 1) or 1),
                                     min=float(values.min()), max=float(values.max()),
                                     mean=float(values.astype(np.float64).mean()))
                    else:
                        entry["outcome"] = "no-pixels"
                except Exception as error:
                    entry.update(outcome="error", reason=f"{type(error).__name__}: {error}")
                entries.append(entry)
        print(json.dumps(entries))
        """;

    [Test]
    public void Every_corpus_file_gives_pydicom_values_or_a_one_line_exit_2()
    {
        var corpus = Pydicom.Corpus();
        var dcmdump = ExternalTool.Require("dcmdump", "dcmtk");
        using var survey = JsonDocument.Parse(Pydicom.Run(Survey, corpus));
        int compared = 0;
        int refused = 0;
        int withoutPixels = 0;
        var failures = new List<string>();
        foreach (var entry in survey.RootElement.EnumerateArray())
        {
            string path = entry.GetProperty("path").GetString()!;
            string outcome = entry.GetProperty("outcome").GetString()!;
            bool dcmtkReads = ExternalTool.Run(dcmdump, ["-q", path]).ExitCode == 0;
            var result = RunWithin(TimeSpan.FromSeconds(30), "dicom", "info", path, "--json");
            string name = Path.GetRelativePath(corpus, path);

            if (!dcmtkReads || outcome == "error")
            {
                refused++;
                var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
                if (result.ExitCode != 2 || lines.Length != 1 || result.Stdout.Length > 0)
                {
                    failures.Add($"{name}: expected exit 2 and one line (dcmdump {(dcmtkReads ? "reads it" : "fails")}, pydicom: {outcome}), got exit {result.ExitCode}: {result.Stderr}{result.Stdout}");
                }

                continue;
            }

            if (result.ExitCode != 0)
            {
                failures.Add($"{name}: dcmdump and pydicom read it, qcf exits {result.ExitCode}: {result.Stderr}");
                continue;
            }

            using var ours = JsonDocument.Parse(result.Stdout);
            var info = ours.RootElement;
            if (Text(info, "sopClassUid") != Text(entry, "sopClassUid"))
            {
                failures.Add($"{name}: SOP class {Text(info, "sopClassUid")} where pydicom has {Text(entry, "sopClassUid")}");
            }

            if (outcome == "no-pixels")
            {
                withoutPixels++;
                if (info.GetProperty("pixelMean").ValueKind != JsonValueKind.Null)
                {
                    failures.Add($"{name}: pixel statistics for an object without pixel data");
                }

                continue;
            }

            compared++;
            foreach (var field in new[] { "rows", "columns", "frames" })
            {
                if (info.GetProperty(field).GetInt64() != entry.GetProperty(field).GetInt64())
                {
                    failures.Add($"{name}: {field} {info.GetProperty(field)} where pydicom has {entry.GetProperty(field)}");
                }
            }

            // Min and max are single rescaled samples, computed as pydicom does: they must agree exactly.
            // The mean is a sum of many: numpy's pairwise summation and our exact integer sum may
            // differ in the last bits only.
            Compare(failures, name, "min", info.GetProperty("pixelMin").GetDouble(), entry.GetProperty("min").GetDouble(), 0);
            Compare(failures, name, "max", info.GetProperty("pixelMax").GetDouble(), entry.GetProperty("max").GetDouble(), 0);
            Compare(failures, name, "mean", info.GetProperty("pixelMean").GetDouble(), entry.GetProperty("mean").GetDouble(), 1e-12);
        }

        Assert.That(failures, Is.Empty, string.Join('\n', failures));
        TestContext.Out.WriteLine($"{compared} files compared with pydicom's pixels, {withoutPixels} without pixel data, {refused} refused with exit 2");
        // pydicom 2.3's corpus: 57 decodable images, 70 objects without pixel data, 38 compressed or broken files.
        Assert.That(compared, Is.GreaterThanOrEqualTo(50), "decodable images compared");
        Assert.That(refused, Is.GreaterThanOrEqualTo(30), "compressed and broken files refused");
    }

    [Test]
    public void A_real_scanners_CT_slice_reads_as_a_series_with_pydicoms_HU_and_geometry()
    {
        // CT_small.dcm: a GE CT slice from NEMA's WG04 set, downsized by pydicom's authors.
        var path = Path.Combine(Pydicom.Corpus(), "CT_small.dcm");
        using var reference = JsonDocument.Parse(Pydicom.Run("""
            ds = pydicom.dcmread(sys.argv[1])
            print(json.dumps({
                "position": [float(v) for v in ds.ImagePositionPatient],
                "orientation": [float(v) for v in ds.ImageOrientationPatient],
                "spacing": [float(v) for v in ds.PixelSpacing],
                "thickness": float(ds.SliceThickness), "kvp": float(ds.KVP),
                "kernel": str(ds.ConvolutionKernel), "manufacturer": str(ds.Manufacturer),
                "series": str(ds.SeriesInstanceUID),
                "hu": apply_modality_lut(ds.pixel_array, ds).astype(np.float64).ravel().tolist()}))
            """, path));
        var expected = reference.RootElement;

        var series = new QCFramework.Dicom.Ct.CtSeriesCodec().Read(new[] { path });

        static double[] Numbers(JsonElement e) => e.EnumerateArray().Select(v => v.GetDouble()).ToArray();
        var g = series.Geometry;
        var p = series.Slices[0].PositionMm;
        var o = g.Orientation;
        Assert.That(new[] { p.X, p.Y, p.Z }, Is.EqualTo(Numbers(expected.GetProperty("position"))));
        Assert.That(o.ToArray(), Is.EqualTo(Numbers(expected.GetProperty("orientation"))));
        Assert.That(new[] { g.RowSpacingMm, g.ColumnSpacingMm }, Is.EqualTo(Numbers(expected.GetProperty("spacing"))));
        Assert.That(g.SliceThicknessMm, Is.EqualTo(expected.GetProperty("thickness").GetDouble()));
        Assert.That(series.Acquisition.Kvp, Is.EqualTo(expected.GetProperty("kvp").GetDouble()));
        Assert.That(series.Acquisition.ConvolutionKernel, Is.EqualTo(expected.GetProperty("kernel").GetString()));
        Assert.That(series.Equipment.Manufacturer, Is.EqualTo(expected.GetProperty("manufacturer").GetString()));
        Assert.That(series.Identity.Uids.SeriesInstanceUid, Is.EqualTo(expected.GetProperty("series").GetString()));
        Assert.That(series.Slices[0].Hu.Select(v => (double)v), Is.EqualTo(Numbers(expected.GetProperty("hu"))));
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static void Compare(List<string> failures, string name, string what, double ours, double theirs, double relative)
    {
        if (Math.Abs(ours - theirs) > relative * Math.Max(1, Math.Abs(theirs)))
        {
            failures.Add($"{name}: pixel {what} {ours:R} where pydicom has {theirs:R}");
        }
    }

    /// <summary>Runs qcf in-process, failing the test if it has not finished in time (a hang).</summary>
    private static CliHarness.Result RunWithin(TimeSpan limit, params string[] args)
    {
        var run = Task.Run(() => CliHarness.Run(args));
        Assert.That(run.Wait(limit), Is.True, $"qcf {string.Join(' ', args)} did not finish within {limit.TotalSeconds:0} s");
        return run.Result;
    }
}
