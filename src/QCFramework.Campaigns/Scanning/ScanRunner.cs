using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using QCFramework.Dicom.Ct;
using QCFramework.Numerics;
using QCFramework.Phantoms;
using QCFramework.Results;
using QCFramework.Simulation;

namespace QCFramework.Campaigns.Scanning;

/// <summary>A request to scan phantoms and write the result as DICOM with truth.json and scan.json.</summary>
/// <param name="Phantoms">Phantom files and their offsets, in precedence order (later ones win where they overlap).</param>
/// <param name="Scanner">The scanner profile.</param>
/// <param name="Protocol">The protocol.</param>
/// <param name="Seed">The scan's seed.</param>
/// <param name="Repeats">Number of repeat acquisitions (independent noise).</param>
/// <param name="StudyKey">Identifies the study for DICOM UIDs (e.g. campaign/center).</param>
/// <param name="AcquisitionTime">Date and time written to DICOM.</param>
/// <param name="StationName">Station name written to DICOM (the center).</param>
public sealed record ScanRequest(IReadOnlyList<Definition.PlacedPhantom> Phantoms, ScannerProfile Scanner, ScanProtocol Protocol, ulong Seed, int Repeats,
    string StudyKey, DateTime AcquisitionTime, string StationName);

/// <summary>Runs scans and writes them: the edge between the simulator and the file system.</summary>
public static class ScanRunner
{
    /// <summary>The JSON options of scan.json and truth.json.</summary>
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>What a run produced.</summary>
    /// <param name="Phantom">The combined phantom.</param>
    /// <param name="Scene">The phantom in the protocol's contrast phase.</param>
    /// <param name="Repeats">The scan of each repeat.</param>
    /// <param name="Manifest">scan.json.</param>
    public sealed record Outcome(Phantom Phantom, ScanScene Scene, IReadOnlyList<ScanResult> Repeats, ScanManifest Manifest);

    /// <summary>Loads the phantoms, scans every repeat, and (with <paramref name="outputDirectory"/>) writes the files.</summary>
    public static Outcome Run(ScanRequest request, string? outputDirectory, ParallelOptions? parallel = null)
    {
        if (request.Phantoms.Count == 0)
        {
            throw new InputException("--phantom: at least one phantom is needed");
        }

        if (request.Repeats < 1)
        {
            throw new InputException($"--repeat must be at least 1 (got {request.Repeats})");
        }

        var phantoms = request.Phantoms.Select(p => IO.Phantoms.PhantomFile.LoadPlaced(p.File, (p.OffsetMm[0], p.OffsetMm[1], p.OffsetMm[2]))).ToArray();
        var phantom = Phantom.Combine(phantoms);
        var scene = new ScanScene(phantom, request.Protocol.Contrast);
        var scans = new List<ScanResult>();
        var series = new List<SeriesEntry>();
        for (int r = 1; r <= request.Repeats; r++)
        {
            ulong seed = Seeds.Derive(request.Seed, $"repeat/{r}");
            var scan = CtScanner.Scan(phantom, request.Scanner, request.Protocol, seed, parallel);
            scans.Add(scan);
            for (int s = 0; s < scan.Series.Count; s++)
            {
                var volume = scan.Series[s];
                string folder = Folder(request.Repeats, r, volume);
                series.Add(new SeriesEntry(r, volume.Acquisition.ImageKind, volume.Acquisition.MonoenergeticKev, folder, seed));
                if (outputDirectory is not null)
                {
                    WriteSeries(request, volume, seed, r, s, Path.Combine(outputDirectory, folder));
                }
            }
        }

        var p = request.Protocol;
        var manifest = new ScanManifest
        {
            SoftwareVersion = SoftwareInfo.Version,
            SoftwareCommit = SoftwareInfo.Commit,
            Seed = request.Seed,
            Phantom = phantom.Name,
            PhantomFiles = request.Phantoms.Select(p => new FileHash(p.File, Sha256(p.File))).ToArray(),
            Scanner = request.Scanner.Name,
            ScannerProfile = request.Scanner,
            Protocol = new ProtocolEntry(p.Kvp, p.Mas, p.KernelName, p.SliceThicknessMm, p.Contrast, p.DualEnergy, p.Mode.ToString().ToLowerInvariant(),
                p.ZRangeMm is { } z ? [z.FromMm, z.ToMm] : null, p.DayOfOperation, request.Repeats, p.DualEnergy is null ? null : p.MonoenergeticKev ?? CtScanner.DefaultMonoenergeticKev),
            FieldOfViewMm = scans[0].FieldOfViewMm,
            Slices = scans[0].Slices.Select(s => new SliceEntry(s.Level, s.ZMm)).ToArray(),
            VertebralLevels = phantom.Levels.Where(l => l.IsVertebra).OrderByDescending(l => l.ZMm).Select(l => l.Label).ToArray(),
            CalibrationCertificate = phantom.Certificate,
            Series = series,
        };

        if (outputDirectory is not null)
        {
            Directory.CreateDirectory(outputDirectory);
            WriteJson(Path.Combine(outputDirectory, "scan.json"), manifest);
            WriteJson(Path.Combine(outputDirectory, "truth.json"), new TruthFile(scans[0].Truth, scene.RegionMaterials.Select((m, i) => new RegionMaterial(phantom.Regions[i].Name, m)).ToArray()));
        }

        return new Outcome(phantom, scene, scans, manifest);
    }

    /// <summary>truth.json: the phantom's ground truth and each region's material in the scan's contrast phase.</summary>
    /// <param name="Truth">Regions and vertebrae.</param>
    /// <param name="Materials">Material of each region as scanned.</param>
    public sealed record TruthFile(PhantomTruth Truth, IReadOnlyList<RegionMaterial> Materials);

    /// <summary>A region's material as scanned.</summary>
    /// <param name="Region">Region name.</param>
    /// <param name="Material">Material specification.</param>
    public sealed record RegionMaterial(string Region, string Material);

    /// <summary>The folder of a series below the scan folder.</summary>
    public static string Folder(int repeats, int repeat, Imaging.CtVolume volume)
    {
        string kind = volume.Acquisition.ImageKind switch
        {
            "SINGLE" => "",
            "VMI" => string.Create(CultureInfo.InvariantCulture, $"vmi-{volume.Acquisition.MonoenergeticKev:000}"),
            var k => k.ToLowerInvariant(),
        };
        string repeatFolder = repeats > 1 ? $"repeat-{repeat:00}" : "";
        string folder = Path.Combine(repeatFolder, kind);
        return folder.Length == 0 ? "." : folder;
    }

    /// <summary>SHA-256 of a file, lower-case hex.</summary>
    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>Writes an object as indented camelCase JSON.</summary>
    public static void WriteJson<T>(string path, T value) => File.WriteAllText(path, JsonSerializer.Serialize(value, JsonOptions) + "\n");

    private static void WriteSeries(ScanRequest request, Imaging.CtVolume volume, ulong seed, int repeat, int index, string directory)
    {
        Directory.CreateDirectory(directory);
        var p = request.Protocol;
        string protocolId = string.Create(CultureInfo.InvariantCulture,
            $"{request.Scanner.Name}/{p.Kvp}kVp/{p.Mas}mAs/{p.KernelName}/{p.SliceThicknessMm}mm/{p.Contrast.Name}/{p.Mode.ToString().ToLowerInvariant()}/r{repeat}");
        var id = new DicomVolumes.Identity(
            (long)(seed & long.MaxValue), request.StudyKey, $"{protocolId}/{volume.Acquisition.ImageKind}/{volume.Acquisition.MonoenergeticKev}",
            100 * repeat + index + 1, "SYNTHETIC^QCF", "QCF-" + (seed % 1_000_000).ToString("000000", CultureInfo.InvariantCulture),
            request.AcquisitionTime, request.Scanner.Geometry.RotationTimeS * 1000, request.Scanner.Geometry.SourceToIsocenterMm,
            request.Scanner.Geometry.SourceToDetectorMm, 2 * request.Scanner.Geometry.ScanFieldRadiusMm, DicomVolumes.Comment(protocolId, volume),
            request.StationName, "QCFramework synthetic");
        new CtSeriesCodec().Write(DicomVolumes.ToDicom(volume, id), directory);
    }
}
