using System.Globalization;
using System.Text.Json;
using NUnit.Framework;
using QCFramework.Physics;
using QCFramework.Tests.Cli;

namespace QCFramework.Tests.Physics;

public class SpectrumTests
{
    [TestCase(80)]
    [TestCase(120)]
    [TestCase(140)]
    public void Qcf_spectrum_json_agrees_with_the_spectrum_file_and_aluminium_within_1_percent(int kvp)
    {
        var reference = PythonReference.Run("spectrum_reference.py", RepoPaths.PhysicsData, $"tungsten_tar7.0_{kvp}_filt.dat");
        var f = reference[0].Split(' ');
        double mean = double.Parse(f[0], CultureInfo.InvariantCulture);
        double hvl = double.Parse(f[1], CultureInfo.InvariantCulture);

        var run = CliHarness.Run("spectrum", "--kvp", kvp.ToString(CultureInfo.InvariantCulture), "--json");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.That(json.RootElement.GetProperty("meanEnergyKev").GetDouble(), Is.EqualTo(mean).Within(1).Percent);
        Assert.That(json.RootElement.GetProperty("hvl1MmAl").GetDouble(), Is.EqualTo(hvl).Within(1).Percent);
        Assert.That(json.RootElement.GetProperty("kvp").GetDouble(), Is.EqualTo(kvp));
    }

    [Test]
    public void Monoenergetic_beam_has_HVL_ln2_over_mu_of_aluminium()
    {
        // A single 60 keV line: HVL1 = HVL2 = ln 2 / μ_Al. NIST SRD 126: μ/ρ(Al, 60 keV) = 0.2778 cm²/g, ρ = 2.699 g/cm³.
        var spectrum = new Spectrum(60, 7, 0.5, [60.0], [1e6], "60 keV line");
        var q = BeamQuality.Of(spectrum);
        double nistHvlMm = Math.Log(2) / (0.2778 * 2.699) * 10;
        Assert.That(q.Hvl1MmAl, Is.EqualTo(nistHvlMm).Within(1).Percent);
        Assert.That(q.Hvl2MmAl, Is.EqualTo(q.Hvl1MmAl).Within(1e-6).Percent);
        Assert.That(q.EffectiveEnergyKev, Is.EqualTo(60).Within(0.01));
        Assert.That(q.MeanEnergyKev, Is.EqualTo(60));
    }

    [Test]
    public void Two_line_beam_HVLs_solve_the_air_kerma_equation_from_first_principles()
    {
        // Lines at 40 and 80 keV with equal fluence. Air kerma weights Φ·E·(μen/ρ)air from NIST SRD 126
        // Table 4 (0.06833 and 0.02407 cm²/g); Al μ/ρ from Table 3 (0.5685, 0.2018 cm²/g), ρ = 2.699.
        double w40 = 40 * 0.06833, w80 = 80 * 0.02407;
        double mu40 = 0.5685 * 2.699 / 10, mu80 = 0.2018 * 2.699 / 10; // per mm
        double K(double t) => w40 * Math.Exp(-mu40 * t) + w80 * Math.Exp(-mu80 * t);
        double Solve(double fraction)
        {
            double t = 0;
            for (int i = 0; i < 100; i++)
            {
                double f = K(t) - fraction * K(0);
                double df = -mu40 * w40 * Math.Exp(-mu40 * t) - mu80 * w80 * Math.Exp(-mu80 * t);
                t -= f / df; // Newton: K is convex and decreasing, so this converges from t = 0.
            }

            return t;
        }

        double hvl1 = Solve(0.5), hvl2 = Solve(0.25) - hvl1;
        var q = BeamQuality.Of(new Spectrum(80, 7, 0.5, [40.0, 80.0], [1.0, 1.0], "two lines"));
        Assert.That(q.Hvl1MmAl, Is.EqualTo(hvl1).Within(1).Percent);
        Assert.That(q.Hvl2MmAl, Is.EqualTo(hvl2).Within(1).Percent);
        Assert.That(q.Hvl2MmAl, Is.GreaterThan(q.Hvl1MmAl), "beam hardening: the second HVL is thicker");
    }

    [TestCase(100)]
    [TestCase(120)]
    public void Interpolated_spectrum_reproduces_a_left_out_tabulated_one(int kvp)
    {
        // Leave the tabulated spectrum out: it is then interpolated across a 20 kV gap, twice the usual one.
        var full = SpectrumLibrary.Default.Get(kvp);
        var interpolated = new SpectrumLibrary(k => k != kvp).Get(kvp);
        var a = BeamQuality.Of(full);
        var b = BeamQuality.Of(interpolated);
        Assert.That(interpolated.Description, Does.Contain("interpolated"));
        Assert.That(b.MeanEnergyKev, Is.EqualTo(a.MeanEnergyKev).Within(0.5).Percent);
        Assert.That(b.Hvl1MmAl, Is.EqualTo(a.Hvl1MmAl).Within(0.5).Percent);
        Assert.That(b.Hvl2MmAl, Is.EqualTo(a.Hvl2MmAl).Within(0.5).Percent);
        Assert.That(interpolated.TotalFluence, Is.EqualTo(full.TotalFluence).Within(2).Percent);
    }

    [Test]
    public void Kvp_100_and_135_work_and_beam_quality_rises_with_kvp()
    {
        double previous = 0;
        foreach (double kvp in new[] { 70.0, 100, 130, 135, 140 })
        {
            var run = CliHarness.Run("spectrum", "--kvp", kvp.ToString(CultureInfo.InvariantCulture), "--json");
            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            using var json = JsonDocument.Parse(run.Stdout);
            double hvl = json.RootElement.GetProperty("hvl1MmAl").GetDouble();
            Assert.That(hvl, Is.GreaterThan(previous), $"HVL at {kvp} kVp");
            previous = hvl;
        }
    }

    [Test]
    public void Added_copper_hardens_the_beam()
    {
        var soft = BeamQuality.Of(SpectrumLibrary.Default.Get(120));
        var hard = BeamQuality.Of(SpectrumLibrary.Default.Get(120).Filter(MaterialLibrary.Default.Resolve("copper"), 0.2));
        Assert.That(hard.Hvl1MmAl, Is.GreaterThan(soft.Hvl1MmAl));
        Assert.That(hard.MeanEnergyKev, Is.GreaterThan(soft.MeanEnergyKev));
        Assert.That(hard.HomogeneityCoefficient, Is.GreaterThan(soft.HomogeneityCoefficient));
    }

    [Test]
    public void Ten_degree_target_spectra_load_and_differ_from_seven_degree()
    {
        var s7 = SpectrumLibrary.Default.Get(120, 7);
        var s10 = SpectrumLibrary.Default.Get(120, 10);
        Assert.That(s10.TotalFluence, Is.Not.EqualTo(s7.TotalFluence).Within(0.1).Percent);
        Assert.Throws<InputException>(() => SpectrumLibrary.Default.Get(120, 12));
    }
}
