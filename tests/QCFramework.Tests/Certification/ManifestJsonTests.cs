using System.Text;
using System.Text.Json;
using NUnit.Framework;
using QCFramework.IO.Results;
using QCFramework.Results;

namespace QCFramework.Tests.Certification;

/// <summary>manifest.json: round trip, deterministic camelCase bytes, and errors that name the file, line and field.</summary>
[TestFixture]
public class ManifestJsonTests
{
    private string _dir = "";

    [SetUp]
    public void MakeFolder()
    {
        _dir = Path.Combine(Path.GetTempPath(), "qcf-manifest-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_dir, recursive: true);

    private static CampaignManifest Manifest() => SmallCampaign.Manifest(SmallCampaign.Rows()) with
    {
        MasterSeed = ulong.MaxValue,
        Shard = "2/3",
        Algorithms = [new AlgorithmInfo("rods", "phantom", "Kalender 1995 — ESP, µ and ³ kept")],
    };

    [Test]
    public void A_manifest_reads_back_equal_to_the_one_written()
    {
        string path = Path.Combine(_dir, "manifest.json");
        CampaignManifest m = Manifest();
        ManifestJson.Write(path, m);
        CampaignManifest back = ManifestJson.Read(path);
        Assert.That((back.Campaign, back.SoftwareVersion, back.SoftwareCommit, back.CampaignSha256, back.MasterSeed, back.CreatedUtc, back.Shard),
            Is.EqualTo((m.Campaign, m.SoftwareVersion, m.SoftwareCommit, m.CampaignSha256, m.MasterSeed, m.CreatedUtc, m.Shard)));
        Assert.That(back.Scans, Is.EqualTo(m.Scans));
        Assert.That(back.Inputs, Is.EqualTo(m.Inputs));
        Assert.That(back.Outputs, Is.EqualTo(m.Outputs));
        Assert.That(back.Algorithms, Is.EqualTo(m.Algorithms));
        Assert.That(back.Centers, Is.EqualTo(m.Centers));
        Assert.That(ManifestJson.CreatedAt(back), Is.EqualTo(SmallCampaign.CreatedAt));
    }

    [Test]
    public void The_bytes_are_camel_case_indented_utf8_with_lf_and_the_same_every_time()
    {
        byte[] bytes = ManifestJson.Format(Manifest());
        Assert.That(ManifestJson.Format(Manifest()), Is.EqualTo(bytes));
        Assert.That(bytes[..3], Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "no byte-order mark");
        string text = Encoding.UTF8.GetString(bytes);
        Assert.That(text, Does.Not.Contain("\r"));
        Assert.That(text, Does.EndWith("}\n"));
        Assert.That(text, Does.Contain("\n  \"campaign\": \"cert-demo\",\n  \"softwareVersion\": \"0.1.0\","));
        Assert.That(text, Does.Contain("Kalender 1995 — ESP, µ and ³ kept"), "non-ASCII stays readable");
        using JsonDocument doc = JsonDocument.Parse(bytes);
        JsonElement root = doc.RootElement;
        Assert.That(root.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[]
        {
            "campaign", "softwareVersion", "softwareCommit", "campaignSha256", "masterSeed", "createdUtc", "scans", "inputs", "outputs",
            "algorithms", "centers", "shard",
        }));
        Assert.That(root.GetProperty("masterSeed").GetUInt64(), Is.EqualTo(ulong.MaxValue));
        Assert.That(root.GetProperty("scans")[0].EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "scanId", "seed" }));
        Assert.That(root.GetProperty("centers")[0].EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "name", "scanner", "manufacturer", "model" }));
    }

    [TestCase("{\n  \"campaign\": \"x\",\n  \"masterSeed\": \"twelve\"\n}\n", ":3:", "$.masterSeed")]
    [TestCase("{\n  \"campaign\": \"x\",\n  \"softwareVersion\": \n", ":4:", "")]
    public void A_broken_manifest_is_reported_with_file_line_and_field(string json, string line, string field)
    {
        string path = Path.Combine(_dir, "manifest.json");
        File.WriteAllText(path, json);
        var ex = Assert.Throws<InputException>(() => ManifestJson.Read(path));
        Assert.That(ex!.Message, Does.StartWith(path + line));
        Assert.That(ex.Message, Does.Contain(field));
        Assert.That(ex.Message, Does.Not.Contain("\n"));
    }

    [Test]
    public void A_missing_field_is_named()
    {
        string path = Path.Combine(_dir, "manifest.json");
        string text = Encoding.UTF8.GetString(ManifestJson.Format(Manifest()));
        File.WriteAllText(path, string.Join('\n', text.Split('\n').Where(l => !l.Contains("\"createdUtc\"", StringComparison.Ordinal))));
        var ex = Assert.Throws<InputException>(() => ManifestJson.Read(path));
        Assert.That(ex!.Message, Does.StartWith(path));
        Assert.That(ex.Message, Does.Contain("missing required properties including: 'createdUtc'"));
    }

    [Test]
    public void A_creation_time_that_is_not_ISO_8601_is_refused()
    {
        string path = Path.Combine(_dir, "manifest.json");
        ManifestJson.Write(path, Manifest() with { CreatedUtc = "4 March 2025" });
        Assert.That(Assert.Throws<InputException>(() => ManifestJson.Read(path))!.Message,
            Does.StartWith($"{path}: $.createdUtc: '4 March 2025' is not an ISO 8601"));
    }
}
