using NUnit.Framework;
using QCFramework.IO.Phantoms;
using QCFramework.Phantoms.Cohorts;
using QCFramework.Tests.Cli;

namespace QCFramework.Tests.Phantoms;

public class CohortTests
{
    private static readonly CohortModel Model = CohortFile.Load(RepoPaths.Of("phantoms", "cohorts", "default.yaml"));

    [Test]
    public void Same_seed_gives_the_same_cohort_and_a_larger_cohort_extends_a_smaller_one()
    {
        var a = CohortSampler.Sample(Model, 50, 42);
        var b = CohortSampler.Sample(Model, 80, 42);
        Assert.That(b.Take(50), Is.EqualTo(a));
        Assert.That(CohortSampler.Sample(Model, 50, 43), Is.Not.EqualTo(a));
    }

    [Test]
    public void Classes_at_80_and_120_have_realistic_shares_for_a_50_to_90_year_cohort()
    {
        // Cheng X et al., J Bone Miner Res 36 (2021) 427: QCT osteoporosis (< 80 mg/cm³) in 29.0% of women
        // and 13.5% of men aged 50 and over (a population younger on average than a uniform 50–90 cohort).
        var subjects = CohortSampler.Sample(Model, 4000, 2024);
        double Share(Sex sex, Func<double, bool> test) =>
            subjects.Where(s => s.Sex == sex).Count(s => test(s.BmdMgHaPerCm3)) / (double)subjects.Count(s => s.Sex == sex);
        Assert.That(Share(Sex.Female, v => v < 80), Is.InRange(0.20, 0.42));
        Assert.That(Share(Sex.Male, v => v < 80), Is.InRange(0.08, 0.25));
        Assert.That(Share(Sex.Female, v => v is >= 80 and <= 120) + Share(Sex.Male, v => v is >= 80 and <= 120), Is.InRange(0.5, 1.1), "osteopenia is common");
    }

    [Test]
    public void Bmd_falls_with_age_and_marrow_fat_anticorrelates_with_bmd()
    {
        var subjects = CohortSampler.Sample(Model, 4000, 7);
        var women = subjects.Where(s => s.Sex == Sex.Female).ToArray();
        double slope = MathNet.Numerics.Fit.Line(women.Select(s => s.AgeYears).ToArray(), women.Select(s => s.BmdMgHaPerCm3).ToArray()).B;
        Assert.That(slope, Is.LessThan(-1.0), "mg/cm³ per year");
        double r = MathNet.Numerics.Statistics.Correlation.Pearson(subjects.Select(s => s.BmdMgHaPerCm3), subjects.Select(s => s.MarrowFatFraction));
        Assert.That(r, Is.InRange(-0.88, -0.70));
        double rVat = MathNet.Numerics.Statistics.Correlation.Pearson(subjects.Select(s => s.BmdMgHaPerCm3), subjects.Select(s => Math.Log(s.VatAreaCm2)));
        Assert.That(rVat, Is.InRange(-0.5, -0.1));
    }

    [Test]
    public void Qcf_cohort_writes_loadable_phantoms_whose_truth_is_the_sampled_bmd()
    {
        string dir = Path.Combine(Path.GetTempPath(), "qcf-cohort-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var run = CliHarness.Run("cohort", "--n", "3", "--seed", "5", "--model", RepoPaths.Of("phantoms", "cohorts", "default.yaml"), "--out", dir);
            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            var subjects = CohortSampler.Sample(Model, 3, 5);
            foreach (var s in subjects)
            {
                var phantom = PhantomFile.Load(Path.Combine(dir, s.Id + ".yaml"));
                var truth = QCFramework.Phantoms.PhantomTruth.Of(phantom);
                Assert.That(truth.Vertebrae.Single().TrabecularMgHaPerCm3, Is.EqualTo(s.BmdMgHaPerCm3).Within(0.001));
            }

            Assert.That(File.ReadAllLines(Path.Combine(dir, "cohort.csv")), Has.Length.EqualTo(4));
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, true);
            }
        }
    }
}
