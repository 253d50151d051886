using NUnit.Framework;
using QCFramework.Tests.Cli;

namespace QCFramework.Tests.Simulation;

public class ScanDeterminismTests
{
    [TestCase("fast")]
    [TestCase("physics")]
    public void The_same_seed_writes_byte_identical_files_on_one_thread_and_on_many(string mode)
    {
        string a = Path.Combine(Path.GetTempPath(), "qcf-det-a-" + Guid.NewGuid().ToString("N")[..8]);
        string b = Path.Combine(Path.GetTempPath(), "qcf-det-b-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            string[] common = ["scan", "--phantom", RepoPaths.Of("phantoms", "esp-on-calibration.yaml"), "--kvp", "100", "--mas", "150", "--kernel", "sharp",
                "--mode", mode, "--seed", "77", "--z-range-mm", "0:0"];
            var one = CliHarness.Run([.. common, "--threads", "1", "--out", a]);
            var many = CliHarness.Run([.. common, "--threads", "4", "--out", b]);
            Assert.That(one.ExitCode, Is.EqualTo(0), one.Stderr);
            Assert.That(many.ExitCode, Is.EqualTo(0), many.Stderr);
            var filesA = Directory.GetFiles(a, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a, f)).Order(StringComparer.Ordinal).ToArray();
            var filesB = Directory.GetFiles(b, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(b, f)).Order(StringComparer.Ordinal).ToArray();
            Assert.That(filesB, Is.EqualTo(filesA));
            Assert.That(filesA, Does.Contain("scan.json").And.Contain("truth.json").And.Contain("0001.dcm"));
            foreach (string f in filesA)
            {
                Assert.That(File.ReadAllBytes(Path.Combine(b, f)), Is.EqualTo(File.ReadAllBytes(Path.Combine(a, f))), f);
            }

            var other = CliHarness.Run([.. common.Select(x => x == "77" ? "78" : x), "--out", b + "-seed"]);
            Assert.That(File.ReadAllBytes(Path.Combine(b + "-seed", "0001.dcm")), Is.Not.EqualTo(File.ReadAllBytes(Path.Combine(a, "0001.dcm"))), "another seed, other noise");
        }
        finally
        {
            foreach (string d in new[] { a, b, b + "-seed" })
            {
                if (Directory.Exists(d))
                {
                    Directory.Delete(d, true);
                }
            }
        }
    }
}
