using NUnit.Framework;
using QCFramework.Calibration;
using QCFramework.Measurement;
using QCFramework.Physics;

namespace QCFramework.Tests.Calibration;

public class TissueEnergyFitTests
{
    private static readonly ReferenceTissue[] Five = [ReferenceTissue.Muscle, ReferenceTissue.Fat, ReferenceTissue.Air, ReferenceTissue.Blood, ReferenceTissue.CorticalBone];

    [TestCase(48.0)]
    [TestCase(71.5)]
    [TestCase(96.0)]
    public void Two_tissues_give_the_energy_at_which_their_contrast_is_the_measured_one(double kev)
    {
        double muscle = ReferenceTissue.Muscle.HuAt(kev) + 4, fat = ReferenceTissue.Fat.HuAt(kev) + 4;
        var fit = TissueEnergyFit.TwoTissues(new TissueSample(ReferenceTissue.Muscle, muscle), new TissueSample(ReferenceTissue.Fat, fat))!;
        Assert.That(fit.EnergyKev, Is.EqualTo(kev).Within(1e-3));
        Assert.That(fit.OffsetHu, Is.EqualTo(4).Within(1e-3));
        Assert.That(fit.Gain, Is.EqualTo(1));
    }

    [Test]
    public void Two_tissues_whose_contrast_no_energy_gives_have_no_fit()
    {
        // Muscle 400 HU above fat: more than any energy in 30–150 keV gives (about 300 HU at 30 keV).
        Assert.That(ReferenceTissue.Muscle.HuAt(30) - ReferenceTissue.Fat.HuAt(30), Is.LessThan(400));
        Assert.That(TissueEnergyFit.TwoTissues(new TissueSample(ReferenceTissue.Muscle, 350), new TissueSample(ReferenceTissue.Fat, -50)), Is.Null);
    }

    [TestCase(55.0, 1.0, 0.0)]
    [TestCase(72.0, 1.02, 5.0)]
    public void Several_tissues_give_energy_gain_and_offset(double kev, double gain, double offset)
    {
        var samples = Five.Select(t => new TissueSample(t, gain * t.HuAt(kev) + offset)).ToArray();
        var fit = TissueEnergyFit.MultiTissue(samples);
        Assert.That(fit.EnergyKev, Is.EqualTo(kev).Within(0.05));
        Assert.That(fit.Gain, Is.EqualTo(gain).Within(1e-3));
        Assert.That(fit.OffsetHu, Is.EqualTo(offset).Within(0.5));
        Assert.That(fit.RSquared, Is.EqualTo(1).Within(1e-9));
    }

    [Test]
    public void Regressing_on_mass_attenuation_as_Ogo_does_misplaces_the_energy()
    {
        // The reason TissueEnergyFit regresses on μ, not μ/ρ: on exact 60 keV data, the r²-best energy
        // of HU against μ/ρ lies far from 60 keV.
        const double kev = 60;
        var hu = Five.Select(t => t.HuAt(kev)).ToArray();
        double best = 0, bestR2 = -1;
        for (double e = 30; e <= 150; e += 0.5)
        {
            var massAttenuation = new[] { "muscle", "adipose", "air", "blood", "cortical-bone" }
                .Select(m => MaterialLibrary.Default.Resolve(m).MassAttenuation(e).TotalCm2PerG).ToArray();
            double r2 = Math.Pow(MathNet.Numerics.Statistics.Correlation.Pearson(hu, massAttenuation), 2);
            if (r2 > bestR2)
            {
                (bestR2, best) = (r2, e);
            }
        }

        Assert.That(Math.Abs(best - kev), Is.GreaterThan(10));
        Assert.That(TissueEnergyFit.MultiTissue(Five.Select((t, i) => new TissueSample(t, hu[i])).ToArray()).EnergyKev, Is.EqualTo(kev).Within(0.05));
    }
}
