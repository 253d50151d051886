using NUnit.Framework;
using QCFramework.Dicom.Data;
using QCFramework.Tests.Tools;

namespace QCFramework.Tests.Dicom;

/// <summary>UIDs under 2.25 from name-based (version 5) UUIDs, checked against Python's uuid module.</summary>
public class DicomUidTests
{
    [Test]
    public void UIDs_equal_2_25_and_the_integer_of_Pythons_uuid5()
    {
        var python = ExternalTool.RequireWorking(["python3", "/usr/bin/python3"], ["-c", "import uuid"], "no python3 on PATH or at /usr/bin/python3");
        string[] names = ["study|2:42|19:campaign-A/center-1", "instance|3:1.2|1:7", "Ünïcödé name", ""];
        foreach (var name in names)
        {
            var result = ExternalTool.Run(python, ["-c", "import sys, uuid; print(uuid.uuid5(uuid.UUID(sys.argv[1]), sys.argv[2]).int)", DicomUid.Namespace.ToString(), name]);
            Assert.That(result.ExitCode, Is.Zero, result.Output);

            Assert.That(DicomUid.FromName(name), Is.EqualTo("2.25." + result.Stdout.Trim()), $"name '{name}'");
        }
    }

    [TestCase("1.2.840.10008.5.1.4.1.1.2", true)]
    [TestCase("2.25.0", true)]
    [TestCase("1.02.3", false)]
    [TestCase("1..2", false)]
    [TestCase("1.2.", false)]
    [TestCase("1.2a", false)]
    [TestCase("", false)]
    public void UID_syntax_follows_PS3_5_section_9_1(string uid, bool valid)
    {
        Assert.That(DicomUid.IsValid(uid), Is.EqualTo(valid));
    }

    [Test]
    public void UIDs_longer_than_64_characters_are_invalid()
    {
        Assert.That(DicomUid.IsValid("1." + new string('2', 62)), Is.True);
        Assert.That(DicomUid.IsValid("1." + new string('2', 63)), Is.False);
    }
}
