using System.Globalization;
using QCFramework.Results;

namespace QCFramework.Tests.Certification;

/// <summary>
/// A small multi-center campaign with known errors, built row by row: the European Spine Phantom's
/// L1–L3 (50, 100, 200 mg HA/cm³) scanned repeatedly at three centers with two algorithms.
/// <list type="bullet">
/// <item>Center A: phantom-rods +3 % (RSD 1 %), muscle-fat −2 % (RSD 1.5 %); eight cohort subjects scanned once.</item>
/// <item>Center B: phantom-rods +8 % (fails |RE| and slope), muscle-fat +1 % with RSD 3 % (fails RSD).</item>
/// <item>Center C (120 kVp only, so 1 % lower): phantom-rods +7 % at L1 (fails there), 0 and −1 % at L2 and L3; muscle-fat −3 %, not applicable at L3, one failed scan.</item>
/// </list>
/// Each repeat set gets offsets whose SD is exactly the set's RSD × truth, and 80 kVp reads 1 % higher
/// than the center's bias and 120 kVp 1 % lower, so the heat maps have structure.
/// </summary>
public static class SmallCampaign
{
    public const string Name = "cert-demo";
    public const string PhantomRods = "phantom-rods";
    public const string MuscleFat = "muscle-fat";
    public const string NotApplicableReason = "no adipose tissue in view";
    public const string FailedReason = "trabecular ROI could not be placed";
    public const string CreatedUtc = "2025-03-04T05:06:07Z";
    public static readonly DateTimeOffset CreatedAt = new(2025, 3, 4, 5, 6, 7, TimeSpan.Zero);

    public static readonly string[] Centers = ["Center A", "Center B", "Center C"];

    public static readonly (string Vertebra, double Truth)[] Vertebrae = [("L1", 50), ("L2", 100), ("L3", 200)];

    /// <summary>Cohort subjects at center A: L1 and L2 truth. Their L1–L2 means straddle the class limits 80 and 120.</summary>
    public static readonly (string Id, double L1, double L2)[] Subjects =
    [
        ("s01", 55, 60), ("s02", 77, 80), ("s03", 92, 96), ("s04", 115, 119),
        ("s05", 125, 131), ("s06", 140, 150), ("s07", 70, 72), ("s08", 80, 83),
    ];

    public static IReadOnlyList<ResultRow> Rows()
    {
        var rows = new List<ResultRow>();
        Center(rows, "Center A", "siemens-force", [80, 120], ["sharp", "standard"], ["none"], 5,
            new() { [PhantomRods] = (_ => 3.0, 1.0), [MuscleFat] = (_ => -2.0, 1.5) });
        Center(rows, "Center B", "ge-revolution", [80, 120], ["sharp", "standard"], ["none"], 5,
            new() { [PhantomRods] = (_ => 8.0, 0.8), [MuscleFat] = (_ => 1.0, 3.0) });
        Center(rows, "Center C", "philips-iqon", [120], ["standard"], ["none", "portal"], 3,
            new() { [PhantomRods] = (v => v == "L1" ? 7.0 : v == "L2" ? 0.0 : -1.0, 0.5), [MuscleFat] = (_ => -3.0, 1.0) });

        // Cohort subjects at center A, scanned once at 120 kVp (standard kernel): measured = truth × (1 + bias).
        foreach (var (id, l1, l2) in Subjects)
        {
            foreach (var (vertebra, truth) in new[] { ("L1", l1), ("L2", l2) })
            {
                foreach (var (algorithm, bias) in new[] { (PhantomRods, 3.0), (MuscleFat, -2.0) })
                {
                    rows.Add(Row("Center A", "siemens-force", 120, "standard", "none", 1, $"cohort-{id}", id, vertebra, truth, algorithm,
                        truth * (1 + bias / 100), "ok", ""));
                }
            }
        }

        return rows;
    }

    private static void Center(List<ResultRow> rows, string center, string scanner, double[] kvps, string[] kernels, string[] contrasts,
        int repeats, Dictionary<string, (Func<string, double> BiasPct, double RsdPct)> algorithms)
    {
        // Offsets with mean 0 and SD 1 (n − 1 divisor): ±2, ±1, 0 over √2.5 for five repeats; −1, 0, 1 for three.
        double[] z = repeats == 5 ? [-2 / Math.Sqrt(2.5), -1 / Math.Sqrt(2.5), 0, 1 / Math.Sqrt(2.5), 2 / Math.Sqrt(2.5)] : [-1, 0, 1];
        foreach (double kvp in kvps)
        {
            foreach (string kernel in kernels)
            {
                foreach (string contrast in contrasts)
                {
                    for (int r = 1; r <= repeats; r++)
                    {
                        foreach (var (vertebra, truth) in Vertebrae)
                        {
                            foreach (var (algorithm, (bias, rsd)) in algorithms)
                            {
                                double shift = kvp < 100 ? 1 : -1;
                                double measured = truth * (1 + (bias(vertebra) + shift) / 100 + z[r - 1] * rsd / 100);
                                string status = "ok", reason = "";
                                if (center == "Center C" && algorithm == MuscleFat && vertebra == "L3")
                                {
                                    status = "not-applicable";
                                    reason = NotApplicableReason;
                                }
                                else if (center == "Center C" && algorithm == MuscleFat && vertebra == "L1" && r == 2 && contrast == "portal")
                                {
                                    status = "failed";
                                    reason = FailedReason;
                                }

                                rows.Add(Row(center, scanner, kvp, kernel, contrast, r, "esp", "", vertebra, truth, algorithm,
                                    status == "ok" ? measured : null, status, reason));
                            }
                        }
                    }
                }
            }
        }
    }

    private static ResultRow Row(string center, string scanner, double kvp, string kernel, string contrast, int repeat, string phantom,
        string subject, string vertebra, double truth, string algorithm, double? measured, string status, string reason)
    {
        string scanId = string.Join('-', center.Replace("Center ", "c").ToLowerInvariant(), phantom, subject,
            kvp.ToString(CultureInfo.InvariantCulture) + "kv", kernel, contrast, "r" + repeat.ToString(CultureInfo.InvariantCulture)).Replace("--", "-");
        return new ResultRow
        {
            Campaign = Name,
            Center = center,
            Scanner = scanner,
            ScanId = scanId,
            Kvp = kvp,
            Mas = 200,
            Kernel = kernel,
            SliceMm = 1,
            Contrast = contrast,
            DualEnergy = "none",
            Mode = "fast",
            Repeat = repeat,
            Seed = SeedOf(scanId),
            Phantom = phantom,
            Subject = subject,
            Vertebra = vertebra,
            TruthMgPerCm3 = truth,
            Algorithm = algorithm,
            MeasuredMgPerCm3 = measured,
            Status = status,
            Reason = reason,
            MeanHu = measured is double m ? 0.8 * m + 30 : null,
            SdHu = measured is null ? null : 12.5,
            RoiAreaMm2 = measured is null ? null : 410,
        };
    }

    /// <summary>A seed per scan (FNV-1a of its id; any fixed function will do for a test).</summary>
    private static ulong SeedOf(string scanId)
    {
        ulong h = 14695981039346656037;
        foreach (char c in scanId)
        {
            h = (h ^ c) * 1099511628211;
        }

        return h;
    }

    public static CampaignManifest Manifest(IReadOnlyList<ResultRow> rows) => new()
    {
        Campaign = Name,
        SoftwareVersion = "0.1.0",
        SoftwareCommit = "0123456789abcdef0123456789abcdef01234567",
        CampaignSha256 = "5f2b8c1e9a7d4b3c6e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f",
        MasterSeed = 20250304,
        CreatedUtc = CreatedUtc,
        Scans = rows.Select(r => (r.ScanId, r.Seed)).Distinct().OrderBy(s => s.ScanId, StringComparer.Ordinal)
            .Select(s => new ScanSeed(s.ScanId, s.Seed)).ToArray(),
        Inputs = [new FileHash("campaigns/cert-demo.yaml", new string('a', 64)), new FileHash("phantoms/esp.yaml", new string('b', 64))],
        Outputs = [new FileHash("results.csv", new string('c', 64))],
        Algorithms =
        [
            new AlgorithmInfo(PhantomRods, "phantom", "Synchronous phantom QCT, least squares over the rods (QCT PRO User Guide v5.0)"),
            new AlgorithmInfo(MuscleFat, "phantomless", "Internal calibration on paraspinal muscle and fat (Michalski et al. 2020, Med Eng Phys 78:55)"),
        ],
        Centers =
        [
            new CenterInfo("Center A", "siemens-force", "Siemens", "SOMATOM Force"),
            new CenterInfo("Center B", "ge-revolution", "GE", "Revolution CT"),
            new CenterInfo("Center C", "philips-iqon", "Philips", "IQon Spectral CT"),
        ],
    };
}
