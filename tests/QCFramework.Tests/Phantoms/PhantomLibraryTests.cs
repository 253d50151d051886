using System.Globalization;
using System.IO.Compression;
using NUnit.Framework;
using QCFramework.IO.Phantoms;
using QCFramework.Phantoms;
using QCFramework.Phantoms.Geometry;
using QCFramework.Tests.Cli;

namespace QCFramework.Tests.Phantoms;

public class PhantomLibraryTests
{
    private static string PhantomDir => RepoPaths.Of("phantoms");

    private static IEnumerable<string> AllPhantoms() =>
        Directory.GetFiles(RepoPaths.Of("phantoms"), "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    [TestCase("esp.yaml")]
    [TestCase("water-200.yaml")]
    [TestCase("water-320.yaml")]
    [TestCase("ha-inserts.yaml")]
    [TestCase("iodine-inserts.yaml")]
    [TestCase("patient-l1.yaml")]
    [TestCase("esp-on-calibration.yaml")]
    [TestCase("esp-obese-on-calibration.yaml")]
    [TestCase("patient-l1-on-calibration.yaml")]
    [TestCase("calibration-only.yaml")]
    public void Contracted_phantom_files_exist_under_their_names(string file) =>
        Assert.That(File.Exists(Path.Combine(PhantomDir, file)), file);

    [TestCaseSource(nameof(AllPhantoms))]
    public void Every_phantom_loads_renders_and_reports_truth(string file)
    {
        string dir = Path.Combine(Path.GetTempPath(), "qcf-render-" + Path.GetFileNameWithoutExtension(file) + "-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var run = CliHarness.Run("phantom", "render", Path.Combine(PhantomDir, file), "--out", dir, "--pixel-mm", "2", "--slice-mm", "10");
            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            Assert.That(File.Exists(Path.Combine(dir, "labels.raw")));
            Assert.That(File.Exists(Path.Combine(dir, "truth.json")));
            var phantom = PhantomFile.Load(Path.Combine(PhantomDir, file));
            foreach (var level in phantom.Levels)
            {
                Assert.That(File.Exists(Path.Combine(dir, level.Label + ".png")), level.Label);
            }

            var truth = PhantomTruth.Of(phantom);
            Assert.That(truth.Regions, Is.Not.Empty);
            Assert.That(truth.Regions.All(r => r.VolumeCm3 >= 0), "volumes are non-negative");
            Assert.That(truth.Vertebrae.Select(v => v.Label), Is.EquivalentTo(phantom.Levels.Where(l => l.IsVertebra).Select(l => l.Label)));
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, true);
            }
        }
    }

    [Test]
    public void Esp_truth_has_the_nominal_densities_and_analytic_volumes()
    {
        var esp = PhantomFile.Load(Path.Combine(PhantomDir, "esp.yaml"));
        var truth = PhantomTruth.Of(esp);
        Assert.That(truth.Vertebrae.Select(v => (v.Label, v.TrabecularMgHaPerCm3)), Is.EqualTo(new[] { ("L1", 50.0), ("L2", 100.0), ("L3", 200.0) }));
        // L2 trabecular core: ellipse (20 − 1.5) × (14 − 1.5) mm over 25 − 2·1.5 mm.
        var l2 = truth.Regions.Single(r => r.Name == "L2-trabecular");
        Assert.That(l2.VolumeCm3 * 1000, Is.EqualTo(Math.PI * 18.5 * 12.5 * 22).Within(0.1).Percent);
        Assert.That(l2.MaterialSpec, Is.EqualTo("ha-in-resin:100"));
    }

    [Test]
    public void Certificate_values_override_the_esp_nominal_values()
    {
        var cert = PhantomFile.Load(Path.Combine(PhantomDir, "esp-certificate-example.yaml"));
        var truth = PhantomTruth.Of(cert);
        Assert.That(truth.Vertebrae.Select(v => v.TrabecularMgHaPerCm3), Is.EqualTo(new[] { 50.6, 100.9, 199.2 }));
        Assert.That(cert.Regions.Single(r => r.Name == "L1-cortical").MaterialSpec, Is.EqualTo("ha-in-resin:795"));
    }

    [TestCase("esp-fat-ring-140.yaml", 140)]
    [TestCase("esp-fat-ring-240.yaml", 240)]
    [TestCase("esp-fat-ring-340.yaml", 340)]
    [TestCase("esp-fat-ring-340-ribs.yaml", 340)]
    public void Fat_ring_has_its_fat_area_and_fits_the_esp_without_gap_or_overlap(string ring, double fatAreaCm2)
    {
        var esp = PhantomFile.Load(Path.Combine(PhantomDir, "esp.yaml"));
        var fat = PhantomFile.Load(Path.Combine(PhantomDir, ring));
        var combined = Phantom.Combine([esp, fat]);
        var image = Rasterizer.Rasterize(combined, new RasterGrid(800, 500, 0.5), 0, 0);
        int fatIndex = combined.RegionIndex("fat-ring");
        Assert.That(image.AreaMm2(fatIndex) / 100, Is.EqualTo(fatAreaCm2).Within(0.2).Percent);
        // Inside the ring's outer outline everything is covered exactly once: no vacuum gap, no overlap.
        double coveredMm2 = Enumerable.Range(0, combined.Regions.Count).Sum(image.AreaMm2);
        double ribs = combined.RegionIndex("rib") >= 0 ? image.AreaMm2(combined.RegionIndex("rib")) : 0;
        Assert.That(coveredMm2, Is.EqualTo(Superellipse2D.Area(90, 55, 2.5) + fatAreaCm2 * 100 + ribs).Within(0.1).Percent);
    }

    [Test]
    public void Calibration_phantoms_carry_their_certificates_in_rod_order()
    {
        var mindways = PhantomFile.Load(Path.Combine(PhantomDir, "esp-on-calibration.yaml"));
        Assert.That(mindways.Certificate, Is.Not.Null);
        Assert.That(mindways.Certificate!.Kind, Is.EqualTo(CertificateKind.K2hpo4Water));
        Assert.That(mindways.Certificate.Rods.Select(r => r.K2hpo4MgPerCm3), Is.EqualTo(new double?[] { -51.83, -53.40, 58.88, 157.05, 375.83 }));
        Assert.That(mindways.Certificate.Rods.Select(r => r.WaterMgPerCm3), Is.EqualTo(new double?[] { 1012.25, 1056.95, 1103.57, 1119.52, 923.20 }));
        var bdc = PhantomFile.Load(Path.Combine(PhantomDir, "qrm-bdc-6.yaml"));
        Assert.That(bdc.Certificate!.Rods.Select(r => r.HaMgPerCm3), Is.EqualTo(new double?[] { 0, 50, 100, 200, 400, 800 }));
    }

    [Test]
    public void Rendered_esp_mid_L2_slice_shows_body_shell_and_core_at_their_CT_numbers()
    {
        string dir = Path.Combine(Path.GetTempPath(), "qcf-esp-render-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var run = CliHarness.Run("phantom", "render", "esp", "--out", dir);
            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            var (width, height, pixels) = ReadGrayPng(Path.Combine(dir, "L2.png"));
            using var meta = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "L2.json")));
            double x0 = meta.RootElement.GetProperty("firstPixelCenterMm")[0].GetDouble();
            double y0 = meta.RootElement.GetProperty("firstPixelCenterMm")[1].GetDouble();
            double spacing = meta.RootElement.GetProperty("pixelSpacingMm").GetDouble();
            Assert.That(width, Is.EqualTo(meta.RootElement.GetProperty("columns").GetInt32()));
            byte At(double x, double y) => pixels[(int)Math.Round((y - y0) / spacing) * width + (int)Math.Round((x - x0) / spacing)];
            // Expected 8-bit values from monoenergetic 70 keV CT numbers computed here from NIST/xraylib μ:
            // window −200…1000 HU. Body (resin) ≈ −2 HU, L2 core (100 mg HA/cm³ in resin) ≈ +129 HU,
            // shell (800 mg HA/cm³) ≈ +1044 HU (saturates), vacuum −1000 HU (black).
            byte Expected(double hu) => (byte)Math.Round(255 * Math.Clamp((hu + 200) / 1200, 0, 1));
            var library = QCFramework.Physics.MaterialLibrary.Default;
            double Hu(string m) => QCFramework.Physics.HounsfieldScale.Monoenergetic(library.Resolve(m), 70);
            Assert.That(At(60, 0), Is.EqualTo(Expected(Hu("water-equivalent-resin"))).Within(1), "body");
            Assert.That(At(0, -10), Is.EqualTo(Expected(Hu("ha-in-resin:100"))).Within(1), "trabecular core");
            Assert.That(At(0, -10 - 13.25), Is.EqualTo(Expected(Hu("ha-in-resin:800"))).Within(1), "cortical shell (1.5 mm)");
            Assert.That(At(-85, -45), Is.EqualTo(0), "vacuum outside the body");
            Assert.That(Hu("ha-in-resin:100"), Is.GreaterThan(Hu("water-equivalent-resin") + 100), "core is visibly denser than the body");
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    // Decodes the greyscale, filter-0 PNGs qcf writes (chunk walk + zlib), enough to read pixels back.
    private static (int Width, int Height, byte[] Pixels) ReadGrayPng(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.That(bytes.Take(8), Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }));
        int pos = 8, width = 0, height = 0;
        using var idat = new MemoryStream();
        while (pos < bytes.Length)
        {
            int length = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(pos));
            string type = System.Text.Encoding.ASCII.GetString(bytes, pos + 4, 4);
            var data = bytes.AsSpan(pos + 8, length);
            if (type == "IHDR")
            {
                width = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(data);
                height = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(data[4..]);
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }

            pos += 12 + length;
        }

        idat.Position = 0;
        using var z = new ZLibStream(idat, CompressionMode.Decompress);
        var raw = new MemoryStream();
        z.CopyTo(raw);
        var rows = raw.ToArray();
        var pixels = new byte[width * height];
        for (int y = 0; y < height; y++)
        {
            Assert.That(rows[y * (width + 1)], Is.EqualTo(0), "filter type");
            Array.Copy(rows, y * (width + 1) + 1, pixels, y * width, width);
        }

        return (width, height, pixels);
    }
}
