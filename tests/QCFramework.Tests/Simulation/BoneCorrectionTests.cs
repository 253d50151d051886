using NUnit.Framework;
using QCFramework.IO.Phantoms;
using QCFramework.Physics;
using QCFramework.Simulation;
using QCFramework.Simulation.Projection;
using static QCFramework.Tests.Simulation.SimulationFixture;

namespace QCFramework.Tests.Simulation;

/// <summary>
/// The scanner's second-pass bone correction, checked against the attenuation data: a cortical-bone
/// rod in water must read the CT number ICRU 46 cortical bone has at the effective energy of the beam
/// behind 20 cm of water, whatever the water around it, where the water-only correction lets it drift
/// with the body size.
/// </summary>
public class BoneCorrectionTests
{
    private static string RodInWater(double diameterMm)
    {
        string path = Path.Combine(Path.GetTempPath(), $"qcf-bone-rod-{diameterMm:0}.yaml");
        File.WriteAllText(path, $$"""
            name: bone-rod-{{diameterMm:0}}
            description: cortical bone rod in a water cylinder
            citation: test phantom
            levels:
              - { label: center, zMm: 0, vertebra: 0 }
            solids:
              - { region: water, material: water, shape: ellipse, semiAxesMm: [{{diameterMm / 2}}, {{diameterMm / 2}}], lengthMm: 100 }
              - { region: bone, material: cortical-bone, shape: ellipse, centerMm: [0, 30, 0], semiAxesMm: [10, 10], lengthMm: 100 }
            """);
        return path;
    }

    private static double RodHu(double diameterMm, bool boneCorrection, double kvp)
    {
        var scanner = Scanner() with { BoneCorrection = boneCorrection };
        var scan = CtScanner.Scan(PhantomFile.Load(RodInWater(diameterMm)), scanner, Protocol(kvp, mas: 400, zRange: (0, 0)), seed: 5);
        return (Disc(scan.Series[0], 0, 0, 30, 6).Mean - scanner.CtNumberOffsetHu) / scanner.CtNumberGain;
    }

    /// <summary>
    /// The bone correction's reference energy computed independently of its code: the central
    /// channel's detector-weighted water μ behind 20 cm of water, and the energy at which water has that μ.
    /// </summary>
    internal static double ReferenceEnergyKev(double kvp)
    {
        var beam = BeamModel.Get(Scanner(), kvp);
        var water = MaterialLibrary.Default.Resolve("water");
        var (w, _) = beam.ChannelWeights(Scanner().Geometry.Channels / 2);
        var mu = water.LinearAttenuationPerCm(beam.EnergiesKev);
        double num = 0, den = 0;
        for (int k = 0; k < w.Length; k++)
        {
            double t = w[k] * Math.Exp(-mu[k] * 20);
            num += t * mu[k];
            den += t;
        }

        double target = num / den, lo = 20, hi = 150;
        for (int i = 0; i < 60; i++)
        {
            double mid = 0.5 * (lo + hi);
            if (water.LinearAttenuationPerCm(mid) > target)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return 0.5 * (lo + hi);
    }

    private static double PredictedBoneHu(double kvp) =>
        HounsfieldScale.Monoenergetic(MaterialLibrary.Default.Resolve("cortical-bone"), ReferenceEnergyKev(kvp));

    [TestCase(80.0)]
    [TestCase(120.0)]
    [TestCase(140.0)]
    public void Bone_reads_its_CT_number_at_the_20_cm_water_energy_whatever_the_body_size(double kvp)
    {
        double predicted = PredictedBoneHu(kvp);
        double small = RodHu(200, true, kvp), large = RodHu(320, true, kvp);
        double smallWaterOnly = RodHu(200, false, kvp), largeWaterOnly = RodHu(320, false, kvp);
        TestContext.Out.WriteLine($"{kvp} kVp: predicted {predicted:0.0}; corrected 200 mm {small:0.0}, 320 mm {large:0.0}; water-only {smallWaterOnly:0.0}, {largeWaterOnly:0.0} HU");
        Assert.That(small, Is.EqualTo(predicted).Within(1).Percent, "200 mm");
        Assert.That(large, Is.EqualTo(predicted).Within(1).Percent, "320 mm");
        Assert.That(Math.Abs(small - large), Is.LessThan(Math.Abs(smallWaterOnly - largeWaterOnly) / 3), "the correction removes most of the body-size dependence");
    }
}
