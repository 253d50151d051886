using System.Globalization;
using QCFramework.Campaigns.Definition;
using QCFramework.Campaigns.Scanning;
using QCFramework.IO.Phantoms;
using QCFramework.IO.Results;
using QCFramework.Phantoms;
using QCFramework.Results;

namespace QCFramework.Campaigns.Running;

/// <summary>Progress of a run, for a progress bar.</summary>
/// <param name="Done">Scans finished (including those done before a resume).</param>
/// <param name="Total">Scans of this shard.</param>
/// <param name="LastScanId">The scan that just finished.</param>
public readonly record struct RunProgress(int Done, int Total, string LastScanId);

/// <summary>
/// Runs a campaign (or one shard of it): simulates or reads every scan, scores it, and appends its
/// rows to results.csv the moment it finishes (with a flush), then records it as done — so a killed
/// run resumed with <c>resume</c> loses nothing and repeats nothing. Scans run in parallel; each scan's
/// seed comes from the master seed and its identity, so results do not depend on order, threads or
/// sharding. At the end results.csv is rewritten in canonical order and manifest.json written.
/// </summary>
public static class CampaignRunner
{
    /// <summary>Name of the results file.</summary>
    public const string ResultsFile = "results.csv";

    /// <summary>Name of the manifest.</summary>
    public const string ManifestFile = "manifest.json";

    private const string CompletedFile = "completed-scans.txt";

    /// <summary>Runs the campaign into <paramref name="outputDirectory"/>.</summary>
    public static CampaignManifest Run(Campaign campaign, string outputDirectory, IScanScorer scorer, (int Index, int Count) shard, bool resume,
        int threads, Action<RunProgress>? progress = null)
    {
        Directory.CreateDirectory(outputDirectory);
        string results = Path.Combine(outputDirectory, ResultsFile);
        string completedPath = Path.Combine(outputDirectory, CompletedFile);
        if (!resume && (File.Exists(results) || File.Exists(completedPath)))
        {
            throw new InputException($"{outputDirectory} already holds results: use --resume to continue that run, or another --out");
        }

        var all = ScanPlan.Expand(campaign, Path.Combine(outputDirectory, "cohorts"));
        var scans = ScanPlan.Shard(all, shard.Index, shard.Count);
        var completed = resume ? Completed(completedPath) : new HashSet<string>(StringComparer.Ordinal);
        if (resume && File.Exists(results))
        {
            // A run killed while appending may have left half a line: drop it. Then keep only rows of
            // scans recorded as done; a scan cut off while writing is run again.
            var bytes = File.ReadAllBytes(results);
            int end = Array.LastIndexOf(bytes, (byte)'\n') + 1;
            if (end < bytes.Length)
            {
                File.WriteAllBytes(results, bytes[..end]);
            }

            var kept = end == 0 ? [] : ResultsCsv.Read(results).Where(r => completed.Contains(r.ScanId)).ToArray();
            ResultsCsv.Write(results, kept);
        }

        var pending = scans.Where(s => !completed.Contains(s.ScanId)).ToArray();
        int done = scans.Count - pending.Length;
        var gate = new object();
        progress?.Invoke(new RunProgress(done, scans.Count, ""));
        Parallel.ForEach(pending, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) }, spec =>
        {
            var rows = RunScan(campaign, spec, outputDirectory, scorer);
            lock (gate)
            {
                ResultsCsv.AppendRows(results, rows);
                File.AppendAllText(completedPath, spec.ScanId + "\n");
                done++;
                progress?.Invoke(new RunProgress(done, scans.Count, spec.ScanId));
            }
        });

        var allRows = File.Exists(results) ? ResultsCsv.Read(results) : [];
        ResultsCsv.WriteSorted(results, allRows);
        var manifest = Manifest(campaign, scans, scorer.Algorithms, outputDirectory, $"{shard.Index}/{shard.Count}");
        ManifestJson.Write(Path.Combine(outputDirectory, ManifestFile), manifest);
        File.Delete(completedPath);
        return manifest;
    }

    /// <summary>The manifest of a set of scans whose results are in <paramref name="outputDirectory"/>.</summary>
    public static CampaignManifest Manifest(Campaign campaign, IReadOnlyList<ScanSpec> scans, IReadOnlyList<AlgorithmInfo> algorithms, string outputDirectory, string shard)
    {
        string baseDir = Path.GetDirectoryName(Path.GetFullPath(campaign.File)) ?? ".";
        var inputs = campaign.InputFiles
            .Concat(scans.SelectMany(s => s.Setup?.Phantoms.Select(p => p.File) ?? []).Where(f => !IsUnder(f, outputDirectory)))
            .Select(Path.GetFullPath)
            .Distinct()
            .Select(f => new FileHash(LogicalPath(f, baseDir), ScanRunner.Sha256(f)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToArray();
        return new CampaignManifest
        {
            Campaign = campaign.Name,
            SoftwareVersion = SoftwareInfo.Version,
            SoftwareCommit = SoftwareInfo.Commit,
            CampaignSha256 = ScanRunner.Sha256(campaign.File),
            MasterSeed = campaign.MasterSeed,
            CreatedUtc = campaign.AcquisitionTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            Scans = scans.Select(s => new ScanSeed(s.ScanId, s.Seed)).ToArray(),
            Inputs = inputs,
            Outputs = [new FileHash(ResultsFile, ScanRunner.Sha256(Path.Combine(outputDirectory, ResultsFile)))],
            Algorithms = algorithms,
            Centers = campaign.Centers.Select(c => new CenterInfo(c.Name, c.Scanner?.Name ?? "real scanner (DICOM)",
                c.Scanner?.Manufacturer ?? "", c.Scanner?.Model ?? "")).ToArray(),
            Shard = shard,
        };
    }

    private static IReadOnlyList<ResultRow> RunScan(Campaign campaign, ScanSpec spec, string outputDirectory, IScanScorer scorer)
    {
        string workDir = Path.GetDirectoryName(Path.GetFullPath(campaign.File)) ?? ".";
        if (spec.DicomFolder is { } real)
        {
            var center = spec.Center;
            var phantom = PhantomFile.Load(center.DicomPhantomFile!);
            var certificate = center.DicomCalibrationPhantomFile is { } cal ? PhantomFile.Load(cal).Certificate : phantom.Certificate;
            var truth = PhantomTruth.Of(phantom);
            var levels = phantom.Levels.Where(l => l.IsVertebra).OrderByDescending(l => l.ZMm).Select(l => l.Label).ToArray();
            var context = new ScanContext(spec, [("SINGLE", null, real)], levels, certificate, truth, Template(campaign, spec, "dicom", spec.Center.Name, 0), workDir);
            return scorer.Score(context);
        }

        string folder = campaign.KeepDicom
            ? Path.Combine(outputDirectory, "dicom", Safe(spec.ScanId))
            : Path.Combine(Path.GetTempPath(), "qcf-scan-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(outputDirectory + spec.ScanId)))[..16]);
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, true);
            }

            var request = new ScanRequest(spec.Setup!.Phantoms, spec.Center.Scanner!, spec.Protocol!, spec.Seed, 1,
                $"{campaign.Name}/{spec.Center.Name}", campaign.AcquisitionTime.AddDays(spec.Center.Day), spec.Center.Name);
            var outcome = ScanRunner.Run(request, folder, new ParallelOptions { MaxDegreeOfParallelism = 1 });
            var series = outcome.Manifest.Series.Select(s => (s.Kind, s.MonoenergeticKev, Path.Combine(folder, s.Folder))).ToArray();
            var template = Template(campaign, spec, spec.Protocol!.Mode.ToString().ToLowerInvariant(), spec.Center.Scanner!.Name, spec.Center.Day);
            var context = new ScanContext(spec, series, outcome.Manifest.VertebralLevels, outcome.Manifest.CalibrationCertificate,
                outcome.Repeats[0].Truth, template, workDir);
            return scorer.Score(context);
        }
        finally
        {
            if (!campaign.KeepDicom && Directory.Exists(folder))
            {
                Directory.Delete(folder, true);
            }
        }
    }

    private static ResultRow Template(Campaign campaign, ScanSpec spec, string mode, string scanner, double day)
    {
        var p = spec.Protocol;
        return new ResultRow
        {
            Campaign = campaign.Name,
            Center = spec.Center.Name,
            Scanner = scanner,
            ScanId = spec.ScanId,
            Kvp = p?.Kvp ?? double.NaN,
            Mas = p?.Mas ?? double.NaN,
            Kernel = p?.KernelName ?? "",
            SliceMm = p?.SliceThicknessMm ?? double.NaN,
            Contrast = p?.Contrast.Name ?? "",
            DualEnergy = p?.DualEnergy is { } d ? string.Create(CultureInfo.InvariantCulture, $"{d.LowKvp}/{d.HighKvp} {d.Technique}") : "none",
            Mode = mode,
            Repeat = spec.Repeat,
            Seed = spec.Seed,
            Phantom = spec.Setup?.Name ?? Path.GetFileNameWithoutExtension(spec.Center.DicomPhantomFile ?? ""),
            Subject = spec.Setup?.Subject ?? "",
            Vertebra = "",
            TruthMgPerCm3 = double.NaN,
            Algorithm = "",
            Status = "",
            Day = day,
        };
    }

    // How an input is named in the manifest: files of the library folders (phantoms/, protocols/,
    // reports/) by their place in the library, wherever this machine keeps it; others relative to
    // the campaign file. So runs from different folders or machines record the same inputs.
    private static string LogicalPath(string file, string baseDir)
    {
        var parts = file.Replace('\\', '/').Split('/');
        for (int i = parts.Length - 2; i >= 0; i--)
        {
            if (parts[i] is "phantoms" or "protocols" or "reports")
            {
                return string.Join('/', parts[i..]);
            }
        }

        return Path.GetRelativePath(baseDir, file).Replace('\\', '/');
    }

    private static HashSet<string> Completed(string path) =>
        File.Exists(path) ? File.ReadAllLines(path).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal) : new HashSet<string>(StringComparer.Ordinal);

    private static bool IsUnder(string file, string directory) =>
        Path.GetFullPath(file).StartsWith(Path.GetFullPath(directory) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string Safe(string id) => string.Concat(id.Select(c => char.IsLetterOrDigit(c) || c is '-' or '.' ? c : '_'));
}
