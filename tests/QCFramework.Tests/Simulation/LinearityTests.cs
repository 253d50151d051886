using NUnit.Framework;
using QCFramework.Physics;
using QCFramework.Simulation;
using QCFramework.Simulation.Projection;
using static QCFramework.Tests.Simulation.SimulationFixture;

namespace QCFramework.Tests.Simulation;

public class LinearityTests
{
    [Test]
    public void HA_inserts_are_linear_and_their_slope_falls_with_kVp_as_the_spectra_predict()
    {
        // Prediction from the attenuation data and spectra, independent of the simulator's
        // reconstruction: the spectrum the detector sees behind the water the inserts' rays cross —
        // the mean chord of the 200 mm cylinder through a point 55 mm off centre, over all view
        // directions (18.4 cm) — has an effective energy where μ_water equals its detector-weighted
        // mean; the predicted slope is (HU(800 mg/cm³) − HU(0))/800 at that energy.
        var phantom = Phantom("ha-inserts.yaml");
        var concentrations = new[] { 0.0, 50, 100, 200, 400, 800 };
        double previous = double.MaxValue;
        foreach (double kvp in new[] { 80.0, 100, 120, 140 })
        {
            var scan = CtScanner.Scan(phantom, Scanner(), Protocol(kvp, mas: 300, zRange: (0, 0)), seed: 21);
            var hu = concentrations.Select((c, k) =>
            {
                double angle = 360.0 * k / 6 * Math.PI / 180;
                return Disc(scan.Series[0], 0, 55 * Math.Cos(angle), 55 * Math.Sin(angle), 6).Mean;
            }).ToArray();
            var (intercept, slope) = MathNet.Numerics.Fit.Line(concentrations, hu);
            double r2 = MathNet.Numerics.GoodnessOfFit.RSquared(concentrations.Select(c => intercept + slope * c), hu);
            Assert.That(r2, Is.GreaterThan(0.999), $"{kvp} kVp: R² {r2:0.00000}");

            double predicted = PredictedSlope(kvp);
            TestContext.Out.WriteLine($"{kvp} kVp: slope {slope:0.0000} HU per mg/cm³, predicted {predicted:0.0000}");
            Assert.That(slope, Is.EqualTo(predicted).Within(5).Percent, $"{kvp} kVp: slope {slope:0.0000} HU per mg/cm³, predicted {predicted:0.0000}");
            Assert.That(slope, Is.LessThan(previous), $"{kvp} kVp: the slope falls with kVp");
            previous = slope;
        }
    }

    private static double PredictedSlope(double kvp)
    {
        var beam = BeamModel.Get(Scanner(), kvp);
        var library = MaterialLibrary.Default;
        var (w, _) = beam.ChannelWeights(Scanner().Geometry.Channels / 2);
        var muWater = library.Resolve("water").LinearAttenuationPerCm(beam.EnergiesKev);
        const int directions = 3600;
        double chords = 0;
        for (int i = 0; i < directions; i++)
        {
            double d = 55 * Math.Sin(Math.PI * i / directions);
            chords += 2 * Math.Sqrt(100 * 100 - d * d);
        }

        double pathCm = chords / directions / 10;
        double num = 0, den = 0;
        for (int k = 0; k < w.Length; k++)
        {
            double t = w[k] * Math.Exp(-muWater[k] * pathCm);
            num += t * muWater[k];
            den += t;
        }

        double meanMu = num / den;
        var water = library.Resolve("water");
        double energy = QCFramework.Numerics.RootFinding.Bisect(e => water.LinearAttenuationPerCm(e) - meanMu, 20, 149);
        return (HounsfieldScale.Monoenergetic(library.Resolve("ha-in-water:800"), energy) - HounsfieldScale.Monoenergetic(water, energy)) / 800;
    }
}
