using System.Globalization;
using QCFramework.IO.Results;
using QCFramework.Results;

namespace QCFramework.Campaigns.Running;

/// <summary>
/// Combines the outputs of a campaign's shards into the output a single run would have written,
/// refusing outputs of different campaigns, shards of different splits, a shard twice or one missing.
/// </summary>
public static class CampaignMerge
{
    /// <summary>Merges <paramref name="shardDirectories"/> into <paramref name="outputDirectory"/>.</summary>
    public static CampaignManifest Merge(IReadOnlyList<string> shardDirectories, string outputDirectory)
    {
        if (shardDirectories.Count == 0)
        {
            throw new InputException("qcf merge: give the shard output folders to merge");
        }

        var parts = shardDirectories.Select(d =>
        {
            string manifest = Path.Combine(d, CampaignRunner.ManifestFile);
            string results = Path.Combine(d, CampaignRunner.ResultsFile);
            if (!File.Exists(manifest) || !File.Exists(results))
            {
                throw new InputException($"{d}: no finished shard here ({CampaignRunner.ManifestFile} and {CampaignRunner.ResultsFile} are needed)");
            }

            return (Dir: d, Manifest: ManifestJson.Read(manifest), Rows: ResultsCsv.Read(results));
        }).ToArray();

        var first = parts[0].Manifest;
        var (_, count) = ScanPlan.ParseShard(first.Shard);
        var seen = new Dictionary<int, string>();
        foreach (var (dir, manifest, _) in parts)
        {
            if (manifest.CampaignSha256 != first.CampaignSha256 || manifest.Campaign != first.Campaign)
            {
                throw new InputException($"{dir}: shard of another campaign ('{manifest.Campaign}', {manifest.CampaignSha256[..12]}…) than {parts[0].Dir} ('{first.Campaign}', {first.CampaignSha256[..12]}…)");
            }

            if (manifest.SoftwareVersion != first.SoftwareVersion || manifest.SoftwareCommit != first.SoftwareCommit)
            {
                throw new InputException($"{dir}: made by {manifest.SoftwareVersion} ({manifest.SoftwareCommit}), {parts[0].Dir} by {first.SoftwareVersion} ({first.SoftwareCommit})");
            }

            var (index, n) = ScanPlan.ParseShard(manifest.Shard);
            if (n != count)
            {
                throw new InputException($"{dir}: shard {manifest.Shard} of a split into {n}, others are of {count}");
            }

            if (!seen.TryAdd(index, dir))
            {
                throw new InputException($"{dir}: shard {index}/{count} is also in {seen[index]}");
            }
        }

        var missing = Enumerable.Range(1, count).Where(i => !seen.ContainsKey(i)).ToArray();
        if (missing.Length > 0)
        {
            throw new InputException($"qcf merge: shard(s) {string.Join(", ", missing.Select(i => $"{i}/{count}"))} missing");
        }

        var scans = parts.SelectMany(p => p.Manifest.Scans).OrderBy(s => s.ScanId, StringComparer.Ordinal).ToArray();
        var duplicate = scans.GroupBy(s => s.ScanId).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InputException($"qcf merge: scan '{duplicate.Key}' is in more than one shard");
        }

        Directory.CreateDirectory(outputDirectory);
        string results = Path.Combine(outputDirectory, CampaignRunner.ResultsFile);
        ResultsCsv.WriteSorted(results, parts.SelectMany(p => p.Rows));
        var merged = first with
        {
            Scans = scans,
            Shard = "1/1",
            Outputs = [new FileHash(CampaignRunner.ResultsFile, Scanning.ScanRunner.Sha256(results))],
            Inputs = parts.SelectMany(p => p.Manifest.Inputs).GroupBy(f => f.Path).Select(g => g.First()).OrderBy(f => f.Path, StringComparer.Ordinal).ToArray(),
        };
        ManifestJson.Write(Path.Combine(outputDirectory, CampaignRunner.ManifestFile), merged);
        return merged;
    }
}
