using System.Globalization;
using NUnit.Framework;
using QCFramework.IO.Results;
using QCFramework.Tests.Cli;
using QCFramework.Tests.Tools;

namespace QCFramework.Tests.Campaigns;

/// <summary>
/// A center that is a folder of real DICOM scans instead of a simulated scanner. The "real" scans
/// are ESP-on-pad series re-encoded by pydicom as a scanner would write them (implicit VR, unsigned
/// pixels with an intercept, private tags, opaque file names): certified next to the same series as
/// QCFramework wrote them, every algorithm must measure the same BMD, and QCT must find the ESP's
/// certificate values.
/// </summary>
public class RealScannerCenterTests
{
    [Test]
    public void A_center_of_dicom_scans_is_measured_scored_and_reported_like_a_simulated_one()
    {
        string python = ExternalTool.RequireWorking(["/usr/bin/python3", "python3"], ["-c", "import pydicom, numpy"], "python3 with pydicom and numpy (python3-pydicom)");
        string dir = CampaignFixture.NewFolder("real-center");
        for (int seed = 1; seed <= 2; seed++)
        {
            string scan = Path.Combine(dir, "written", $"esp-120kv-{seed}");
            var run = CliHarness.Run("scan", "--phantom", "esp-on-calibration", "--kvp", "120", "--mas", "200", "--kernel", "standard",
                "--mode", "fast", "--seed", $"{seed}", "--out", scan);
            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            foreach (string json in Directory.GetFiles(scan, "*.json"))
            {
                File.Delete(json); // a physicist's folder has images only
            }

            var reencode = ExternalTool.Run(python, [RepoPaths.Of("tests", "QCFramework.Tests", "Campaigns", "Reference", "reencode_as_vendor.py"),
                scan, Path.Combine(dir, "vendor", $"series-{seed}")]);
            Assert.That(reencode.ExitCode, Is.EqualTo(0), reencode.Output);
        }

        string campaign = Path.Combine(dir, "campaign.yaml");
        File.WriteAllText(campaign, $"""
            name: real-scanner-test
            masterSeed: 11
            date: 2026-11-22T09:00:00Z
            centers:
              - {"{"} name: as-written, dicom: written, phantom: esp.yaml, calibrationPhantom: mindways-model3.yaml {"}"}
              - {"{"} name: our-hospital, dicom: vendor, phantom: esp.yaml, calibrationPhantom: mindways-model3.yaml {"}"}
            algorithms: [hu-direct, qct-regression, qct-two-point, phantomless-fat-air]
            """);
        string output = Path.Combine(dir, "out");
        var certify = CliHarness.Run("certify", campaign, "--out", output);
        Assert.That(certify.ExitCode, Is.EqualTo(0), certify.Stderr);

        var rows = ResultsCsv.Read(Path.Combine(output, "results.csv"));
        var written = rows.Where(r => r.Center == "as-written").ToArray();
        var vendor = rows.Where(r => r.Center == "our-hospital").ToArray();
        Assert.That(vendor.Select(r => r.ScanId).Distinct(), Is.EqualTo(new[] { "our-hospital/dicom/series-1", "our-hospital/dicom/series-2" }));
        Assert.That(vendor, Has.Length.EqualTo(written.Length).And.Length.EqualTo(2 * 3 * 4), "2 scans × L1–L3 × 4 algorithms");
        Assert.That(vendor.Select(r => r.Kvp).Distinct(), Is.EqualTo(new[] { 120.0 }), "the protocol comes from the files");

        // Same CT numbers in both encodings: the same measurements and BMDs, row for row.
        for (int i = 0; i < vendor.Length; i++)
        {
            Assert.That((vendor[i].Vertebra, vendor[i].Algorithm, vendor[i].Status, vendor[i].MeanHu, vendor[i].MeasuredMgPerCm3),
                Is.EqualTo((written[i].Vertebra, written[i].Algorithm, written[i].Status, written[i].MeanHu, written[i].MeasuredMgPerCm3)),
                $"row {i}: {vendor[i].ScanId} {vendor[i].Vertebra} {vendor[i].Algorithm}");
        }

        // Synchronous QCT on the pad finds the ESP's nominal 50/100/200 mg/cm³ (SCIENCE.md: within 10% or 10 mg/cm³).
        foreach (var row in vendor.Where(r => r.Algorithm == "qct-regression"))
        {
            Assert.That(row.Status, Is.EqualTo("ok"), row.Reason);
            Assert.That(row.MeasuredMgPerCm3!.Value, Is.EqualTo(row.TruthMgPerCm3).Within(Math.Max(10, 0.1 * row.TruthMgPerCm3)),
                string.Create(CultureInfo.InvariantCulture, $"{row.ScanId} {row.Vertebra}"));
        }

        Assert.That(File.Exists(Path.Combine(output, "report.pdf")));
        var manifest = ManifestJson.Read(Path.Combine(output, "manifest.json"));
        Assert.That(manifest.Centers.Select(c => c.Name), Is.EqualTo(new[] { "as-written", "our-hospital" }));
    }
}
