using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using QCFramework.Calibration;
using QCFramework.Campaigns.Scanning;
using QCFramework.Cli.Hosting;
using QCFramework.Cli.Output;
using QCFramework.Dicom.Data;
using QCFramework.Dicom.Ct;
using QCFramework.Imaging;
using QCFramework.Measurement;
using QCFramework.Phantoms;
using Spectre.Console;

namespace QCFramework.Cli.Commands;

/// <summary>
/// <c>qcf measure DIR</c>: reads the DICOM series in DIR (and its image subfolders, e.g. the low,
/// high and VMI images of a dual-energy scan), measures it automatically and applies the calibration
/// algorithms. When DIR/scan.json exists, the calibration phantom's certificate and the vertebral
/// levels are taken from it — protocol knowledge a physicist has, not the phantom's truth.
/// </summary>
public sealed class MeasureCommand : ICommandFactory
{
    /// <summary>What the files say about one image of the series.</summary>
    public sealed record ImageEntry(string Key, string Kind, double? Kvp, double? ExposureMas, string? Kernel, string? Contrast, double? MonoenergeticKev);

    /// <summary>The series measured.</summary>
    public sealed record SeriesEntry(string Folder, string? Manufacturer, string? Model, IReadOnlyList<ImageEntry> Images, double PixelSpacingMm,
        double SliceThicknessMm, int Slices, string? CalibrationPhantom, IReadOnlyList<string> Notes, double? WaterEquivalentDiameterMm);

    /// <summary>One algorithm's answer for a vertebra.</summary>
    public sealed record BmdEntry(double? ValueMgPerCm3, string Status, string? Reason, string? Category);

    /// <summary>A reading on one image.</summary>
    public sealed record ReadingEntry(double MeanHu, double SdHu, int Voxels);

    /// <summary>One vertebra.</summary>
    public sealed record VertebraEntry(string Label, string LabelSource, double MeanHu, double SdHu, double RoiAreaMm2, int Slices,
        double MidLevelZMm, double CoverageFraction, EllipticalRoi Roi, IReadOnlyDictionary<string, ReadingEntry> HuByImage,
        IReadOnlyDictionary<string, BmdEntry> Bmd);

    /// <summary>One calibration rod.</summary>
    public sealed record RodEntry(int Index, double CenterXMm, double CenterYMm, double RadiusMm, double MeanHu, double SdHu, double AreaMm2);

    /// <summary>A reference tissue: its reading, or not applicable with the reason.</summary>
    public sealed record TissueEntry(double? MeanHu, double? SdHu, int Voxels, string Status, string? Reason, string Where);

    /// <summary>An algorithm's fit on the series.</summary>
    public sealed record CalibrationEntry(string Status, string? Reason, IReadOnlyDictionary<string, double> Diagnostics, IReadOnlyList<string> Warnings);

    /// <summary>The <c>--json</c> output (docs/CONTRACTS.md).</summary>
    public sealed record Output(SeriesEntry Series, IReadOnlyList<VertebraEntry> Vertebrae, IReadOnlyList<RodEntry> Rods,
        IReadOnlyDictionary<string, TissueEntry> ReferenceTissues, BodyComposition BodyComposition,
        IReadOnlyDictionary<string, CalibrationEntry> Calibrations);

    /// <summary>What DIR/scan.json tells the measurement (protocol knowledge, never truth).</summary>
    /// <param name="VertebralLevels">The vertebral levels the scan covers, superior first, or null.</param>
    /// <param name="Certificate">The calibration phantom's certificate, or null.</param>
    /// <param name="Repeats">Number of repeat acquisitions in the folder.</param>
    internal sealed record ScanKnowledge(IReadOnlyList<string>? VertebralLevels, CalibrationCertificate? Certificate, int Repeats);

    /// <inheritdoc />
    public Command Create(CliContext context)
    {
        var directory = new Argument<string>("DIR") { Description = "Folder of a CT series (DICOM), e.g. a qcf scan output." };
        var algorithms = new Option<string>("--algorithms") { Description = "all, or a comma-separated list of algorithm names (qcf algorithms).", DefaultValueFactory = _ => "all" };
        var calibration = new Option<string?>("--calibration") { Description = "A stored asynchronous calibration (qcf calibrate)." };
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var command = new Command("measure", "Measure a CT series automatically (vertebrae, rods, reference tissues, body composition) and apply the calibration algorithms.")
        {
            directory, algorithms, calibration, json,
        };
        command.SetAction(parse =>
        {
            string dir = parse.GetValue(directory)!;
            var selected = CalibrationRegistry.Parse(parse.GetValue(algorithms)!);
            var stored = parse.GetValue(calibration) is { } file ? ReadCalibration(file) : null;
            var knowledge = ReadScanKnowledge(dir);
            var volumes = LoadSeries(dir, knowledge);
            var measurement = SeriesMeasurer.Measure(volumes,
                new MeasurementOptions(LevelLabels: knowledge.VertebralLevels, ExpectedRodCount: knowledge.Certificate?.Rods.Count));
            var inputs = new CalibrationInputs(measurement, knowledge.Certificate, stored);
            var fits = selected.Select(a => a.Fit(inputs)).ToArray();
            var output = Describe(dir, measurement, knowledge, fits);
            if (parse.GetValue(json))
            {
                Json.Write(context.Output, output);
            }
            else
            {
                WriteTables(context, output, fits);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The series in DIR: the DICOM files in it and in its immediate subfolders (the images of one acquisition).</summary>
    /// <exception cref="InputException">No series, or a folder of several repeats.</exception>
    internal static IReadOnlyList<CtVolume> LoadSeries(string dir, ScanKnowledge knowledge)
    {
        if (!Directory.Exists(dir))
        {
            throw new InputException($"{dir}: no such folder");
        }

        if (knowledge.Repeats > 1)
        {
            throw new InputException($"{dir}: the scan has {knowledge.Repeats} repeats; measure one of its repeat-NN folders");
        }

        var folders = new[] { dir }.Concat(Directory.GetDirectories(dir).Order(StringComparer.Ordinal)).ToArray();
        var volumes = new List<CtVolume>();
        foreach (string folder in folders)
        {
            bool hasDicom = Directory.EnumerateFiles(folder).Any(f => !Path.GetFileName(f).StartsWith('.') && LooksLikeDicom(f));
            if (!hasDicom)
            {
                continue;
            }

            foreach (var series in CtSeriesReader.ReadAll(folder))
            {
                volumes.Add(DicomVolumes.FromDicom(series, folder));
            }
        }

        if (volumes.Count == 0)
        {
            throw new InputException($"{dir}: no DICOM CT series in the folder or its subfolders");
        }

        return volumes;
    }

    /// <summary>DIR/scan.json's vertebral levels, certificate and repeat count, when the file exists.</summary>
    /// <exception cref="InputException">scan.json is not valid JSON or a field has the wrong shape.</exception>
    internal static ScanKnowledge ReadScanKnowledge(string dir)
    {
        string path = Path.Combine(dir, "scan.json");
        if (!File.Exists(path))
        {
            return new ScanKnowledge(null, null, 1);
        }

        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            var root = doc.RootElement;
            IReadOnlyList<string>? levels = root.TryGetProperty("vertebralLevels", out var l) && l.ValueKind == JsonValueKind.Array
                ? l.EnumerateArray().Select(e => e.GetString() ?? throw new InputException($"{path}: vertebralLevels: expected strings")).ToArray()
                : null;
            CalibrationCertificate? certificate = root.TryGetProperty("calibrationCertificate", out var c) && c.ValueKind == JsonValueKind.Object
                ? c.Deserialize<CalibrationCertificate>(ScanRunner.JsonOptions)
                : null;
            int repeats = root.TryGetProperty("protocol", out var p) && p.TryGetProperty("repeats", out var r) && r.TryGetInt32(out int n) ? n : 1;
            return new ScanKnowledge(levels is { Count: > 0 } ? levels : null, certificate, repeats);
        }
        catch (JsonException ex)
        {
            throw new InputException($"{path}: not valid scan.json ({ex.Message.Split('\n')[0]})", ex);
        }
    }

    /// <summary>Reads a stored calibration written by <c>qcf calibrate</c>.</summary>
    /// <exception cref="InputException">Missing file or not a calibration.</exception>
    internal static StoredCalibration ReadCalibration(string file)
    {
        if (!File.Exists(file))
        {
            throw new InputException($"--calibration {file}: no such file");
        }

        try
        {
            return JsonSerializer.Deserialize<StoredCalibration>(File.ReadAllText(file), Json.Options)
                ?? throw new InputException($"{file}: empty calibration");
        }
        catch (JsonException ex)
        {
            throw new InputException($"{file}: not a calibration written by qcf calibrate ({ex.Message.Split('\n')[0]})", ex);
        }
    }

    private static bool LooksLikeDicom(string file)
    {
        Span<byte> head = stackalloc byte[132];
        using var stream = File.OpenRead(file);
        int read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return DicomFile.HasDicomSignature(head[..read]);
    }

    private static Output Describe(string dir, SeriesMeasurement m, ScanKnowledge knowledge, IReadOnlyList<CalibrationResult> fits)
    {
        var reference = m.ReferenceImage.Acquisition;
        var series = new SeriesEntry(dir, reference.Manufacturer, reference.Model,
            m.Images.Select(i => new ImageEntry(i.Key, i.Acquisition.ImageKind, i.Acquisition.Kvp, i.Acquisition.ExposureMas, i.Acquisition.Kernel,
                i.Acquisition.Contrast, i.Acquisition.MonoenergeticKev)).ToArray(),
            m.PixelSpacingMm, m.SliceThicknessMm, m.SliceCount, knowledge.Certificate?.Phantom, m.Notes, m.WaterEquivalentDiameterMm);
        var vertebrae = m.Vertebrae.Select(v => new VertebraEntry(v.Label, v.LabelSource, v.MeanHu, v.SdHu, v.RoiAreaMm2, v.Slices, v.MidLevelZMm,
            v.CoverageFraction, v.Roi,
            v.Hu.ByImage.ToDictionary(r => r.Image, r => new ReadingEntry(r.MeanHu, r.SdHu, r.Voxels)),
            fits.ToDictionary(f => f.Algorithm, f =>
            {
                var e = f.Estimate(v);
                return new BmdEntry(e.ValueMgPerCm3, e.Status, e.Reason ?? (f.Warnings.Count > 0 ? string.Join("; ", f.Warnings) : null), e.Category);
            }))).ToArray();
        var rods = m.Rods.Select(r => new RodEntry(r.Index, r.CenterXMm, r.CenterYMm, r.RadiusMm, r.MeanHu, r.SdHu, r.AreaMm2)).ToArray();
        var tissues = m.Tissues.All.ToDictionary(t => t.Tissue, t => t.Hu is { } hu
            ? new TissueEntry(hu.MeanHu, hu.SdHu, hu.Primary.Voxels, "ok", null, t.Where)
            : new TissueEntry(null, null, 0, BmdEstimate.NotApplicableStatus, t.NotApplicableReason, t.Where));
        var calibrations = fits.ToDictionary(f => f.Algorithm, f => new CalibrationEntry(
            f.IsApplicable ? "ok" : BmdEstimate.NotApplicableStatus, f.NotApplicableReason,
            f.Diagnostics.GroupBy(d => d.Name).ToDictionary(g => g.Key, g => g.First().Value), f.Warnings));
        return new Output(series, vertebrae, rods, tissues, m.BodyComposition, calibrations);
    }

    private static void WriteTables(CliContext context, Output output, IReadOnlyList<CalibrationResult> fits)
    {
        var s = output.Series;
        context.Output.WriteLine($"{s.Folder}: {s.Manufacturer} {s.Model}; images {string.Join(", ", s.Images.Select(i => i.Key))}; " +
            $"{s.Slices} slices of {s.SliceThicknessMm:0.##} mm, {s.PixelSpacingMm:0.###} mm pixels");
        var table = new Table().AddColumn("algorithm");
        foreach (var v in output.Vertebrae)
        {
            table.AddColumn($"{v.Label} ({v.MeanHu:0.0} HU)");
        }

        table.AddColumn("status");
        foreach (var fit in fits)
        {
            var cells = new List<string> { fit.Algorithm };
            cells.AddRange(output.Vertebrae.Select(v => v.Bmd[fit.Algorithm] switch
            {
                { ValueMgPerCm3: { } value } e => $"{value.ToString("0.0", CultureInfo.InvariantCulture)} mg/cm³ ({e.Category})",
                { Category: { } category } => category,
                _ => "—",
            }));
            cells.Add(Markup.Escape(fit.IsApplicable ? (fit.Warnings.Count > 0 ? "ok; " + string.Join("; ", fit.Warnings) : "ok") : "not applicable: " + fit.NotApplicableReason));
            table.AddRow(cells.ToArray());
        }

        context.Console.Write(table);
        foreach (var (name, t) in output.ReferenceTissues)
        {
            context.Output.WriteLine(t.MeanHu is { } mean
                ? string.Create(CultureInfo.InvariantCulture, $"  {name}: {mean:0.0} ± {t.SdHu:0.0} HU ({t.Voxels} voxels)")
                : $"  {name}: not applicable — {t.Reason}");
        }

        foreach (string note in s.Notes)
        {
            context.Output.WriteLine("  note: " + note);
        }
    }
}
