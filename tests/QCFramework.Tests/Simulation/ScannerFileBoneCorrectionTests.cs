using NUnit.Framework;
using QCFramework.IO.Protocols;

namespace QCFramework.Tests.Simulation;

/// <summary>The scanner profile's <c>boneCorrection</c> switch: on unless a profile says otherwise, and only true or false.</summary>
public class ScannerFileBoneCorrectionTests
{
    private static string WithVendorALine(string line)
    {
        string text = File.ReadAllText(RepoPaths.Of("protocols", "scanners.yaml"));
        const string anchor = "  - name: vendor-a\n";
        Assert.That(text, Does.Contain(anchor));
        string path = Path.Combine(Path.GetTempPath(), $"qcf-scanners-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, text.Replace(anchor, anchor + "    " + line + "\n"));
        return path;
    }

    [Test]
    public void Profiles_have_the_bone_correction_unless_they_turn_it_off()
    {
        var profiles = ScannerFile.Load(RepoPaths.Of("protocols", "scanners.yaml"));
        Assert.That(profiles.Values.All(p => p.BoneCorrection), Is.True);
        Assert.That(ScannerFile.Load(WithVendorALine("boneCorrection: false"))["vendor-a"].BoneCorrection, Is.False);
    }

    [Test]
    public void Anything_but_true_or_false_is_refused_with_its_place()
    {
        string path = WithVendorALine("boneCorrection: maybe");
        var error = Assert.Throws<InputException>(() => ScannerFile.Load(path))!;
        Assert.That(error.Message, Does.StartWith(path + ":"));
        Assert.That(error.Message, Does.Contain("boneCorrection").And.Contain("expected true or false, got 'maybe'"));
    }
}
