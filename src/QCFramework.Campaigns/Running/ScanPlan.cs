using System.Globalization;
using QCFramework.Campaigns.Definition;
using QCFramework.IO.Phantoms;
using QCFramework.Numerics;
using QCFramework.Phantoms.Cohorts;
using QCFramework.Simulation;

namespace QCFramework.Campaigns.Running;

/// <summary>Expands a campaign into its scans, and splits them into shards.</summary>
public static class ScanPlan
{
    /// <summary>
    /// Every scan of the campaign, sorted by ScanId. Cohort subjects are written as phantom files to
    /// <paramref name="cohortDirectory"/> (deterministically, from the cohort's seed).
    /// </summary>
    public static IReadOnlyList<ScanSpec> Expand(Campaign campaign, string cohortDirectory)
    {
        var setups = campaign.Setups.ToList();
        for (int c = 0; c < campaign.Cohorts.Count; c++)
        {
            var entry = campaign.Cohorts[c];
            var model = CohortFile.Load(entry.ModelFile);
            var subjects = CohortSampler.Sample(model, entry.Count, entry.Seed);
            string folder = Path.Combine(cohortDirectory, $"{c + 1:00}-{model.Name}");
            CohortFile.Write(model, subjects, folder, entry.Seed);
            foreach (var subject in subjects)
            {
                var placed = new List<PlacedPhantom> { new(Path.Combine(folder, subject.Id + ".yaml"), [0.0, 0, 0]) };
                if (entry.CalibrationPhantomFile is { } calibration)
                {
                    // The pad lies under the subject: its top half a millimetre below the body's posterior surface.
                    placed.Add(new PlacedPhantom(calibration, [0.0, subject.BodyDepthMm / 2 + 0.5, 0]));
                }

                setups.Add(new Setup($"{model.Name}-{subject.Id}", placed, subject.Id));
            }
        }

        var scans = new List<ScanSpec>();
        foreach (var center in campaign.Centers)
        {
            if (center.DicomFolder is { } folder)
            {
                foreach (string series in DicomSeriesFolders(folder))
                {
                    string id = $"{center.Name}/dicom/{Path.GetRelativePath(folder, series).Replace('\\', '/')}";
                    scans.Add(new ScanSpec(id, center, null, null, 1, Seeds.Derive(campaign.MasterSeed, id), series));
                }

                continue;
            }

            var m = center.Protocols!;
            foreach (var setup in setups)
            {
                foreach (double kvp in m.Kvp)
                {
                    foreach (double mas in m.Mas)
                    {
                        foreach (string kernel in m.Kernels)
                        {
                            foreach (double slice in m.SliceMm)
                            {
                                foreach (var contrast in m.Contrast)
                                {
                                    foreach (var dual in m.DualEnergy)
                                    {
                                        // Dual-energy protocols take their kVps from the setting.
                                        if (dual is not null && kvp != m.Kvp[0])
                                        {
                                            continue;
                                        }

                                        double scanKvp = dual?.HighKvp ?? kvp;
                                        var protocol = new ScanProtocol(scanKvp, mas, kernel, slice, contrast, dual, campaign.Mode, null, center.Day);
                                        for (int r = 1; r <= m.Repeats; r++)
                                        {
                                            string id = Id(center.Name, setup.Name, protocol, r);
                                            scans.Add(new ScanSpec(id, center, setup, protocol, r, Seeds.Derive(campaign.MasterSeed, id)));
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }

        var sorted = scans.OrderBy(s => s.ScanId, StringComparer.Ordinal).ToArray();
        for (int i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].ScanId == sorted[i - 1].ScanId)
            {
                throw new InputException($"{campaign.File}: two scans have the same identity '{sorted[i].ScanId}' (a setup or center listed twice?)");
            }
        }

        return sorted;
    }

    /// <summary>The scans of shard <paramref name="index"/> of <paramref name="count"/> (1-based): every count-th scan in ScanId order.</summary>
    public static IReadOnlyList<ScanSpec> Shard(IReadOnlyList<ScanSpec> scans, int index, int count)
    {
        if (count < 1 || index < 1 || index > count)
        {
            throw new InputException($"--shard {index}/{count}: expected I/N with 1 ≤ I ≤ N");
        }

        return scans.Where((_, k) => k % count == index - 1).ToArray();
    }

    /// <summary>Parses "I/N".</summary>
    public static (int Index, int Count) ParseShard(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (1, 1);
        }

        var parts = text.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int i)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n < 1 || i < 1 || i > n)
        {
            throw new InputException($"--shard: '{text}' is not I/N with 1 ≤ I ≤ N");
        }

        return (i, n);
    }

    /// <summary>The identity of a simulated scan.</summary>
    public static string Id(string center, string setup, ScanProtocol p, int repeat)
    {
        string dual = p.DualEnergy is { } d ? string.Create(CultureInfo.InvariantCulture, $"de{d.LowKvp}-{d.HighKvp}") : "se";
        return string.Create(CultureInfo.InvariantCulture,
            $"{center}/{setup}/{p.Kvp}kV-{p.Mas}mAs-{p.KernelName}-{p.SliceThicknessMm}mm-{p.Contrast.Name}-{dual}/r{repeat:00}");
    }

    // Each folder holding DICOM files is one series (the folder itself or its subfolders).
    private static IEnumerable<string> DicomSeriesFolders(string root) =>
        new[] { root }.Concat(Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories))
            .Where(d => Directory.EnumerateFiles(d).Any(f => !f.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal);
}
