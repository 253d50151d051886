using System.Globalization;
using System.Text.Json;
using NUnit.Framework;
using QCFramework.Physics;
using QCFramework.Tests.Cli;

namespace QCFramework.Tests.Physics;

public class AttenuationTests
{
    private static readonly MaterialLibrary Library = MaterialLibrary.Default;

    // NIST XCOM / Hubbell & Seltzer, NIST SRD 126, Table 4 "Water, Liquid": μ/ρ (cm²/g) with coherent scattering.
    [TestCase(20, 0.8096)]
    [TestCase(40, 0.2683)]
    [TestCase(60, 0.2059)]
    [TestCase(80, 0.1837)]
    [TestCase(100, 0.1707)]
    [TestCase(150, 0.1505)]
    public void Water_mass_attenuation_matches_NIST_XCOM_to_1_percent(double energyKev, double nist)
    {
        double ours = Library.Resolve("water").MassAttenuation(energyKev).TotalCm2PerG;
        Assert.That(ours, Is.EqualTo(nist).Within(1).Percent);
    }

    // NIST SRD 126, Table 3, aluminium (Z = 13): μ/ρ (cm²/g).
    [TestCase(30, 1.128)]
    [TestCase(40, 0.5685)]
    [TestCase(60, 0.2778)]
    [TestCase(80, 0.2018)]
    [TestCase(100, 0.1704)]
    public void Aluminium_mass_attenuation_matches_NIST_to_1_percent(double energyKev, double nist)
    {
        double ours = Library.Resolve("aluminium").MassAttenuation(energyKev).TotalCm2PerG;
        Assert.That(ours, Is.EqualTo(nist).Within(1).Percent);
    }

    [Test]
    public void Iodine_K_edge_is_sharp_and_at_its_energy()
    {
        // NIST SRD 126, Table 3, iodine: 6.551 cm²/g just below the K edge (33.1694 keV), 35.82 just above.
        var data = AttenuationData.Default;
        double below = data.CrossSections(53, 33.1694 - 1e-6).TotalCm2PerG;
        double above = data.CrossSections(53, 33.1694).TotalCm2PerG;
        Assert.That(below, Is.EqualTo(6.551).Within(1).Percent);
        Assert.That(above, Is.EqualTo(35.82).Within(1).Percent);
        Assert.That(data.EdgesKev(53), Does.Contain(33.1694));
    }

    [Test]
    public void Water_reads_0_HU_and_air_about_minus_1000_HU_at_every_energy()
    {
        var water = Library.Resolve("water");
        var air = Library.Resolve("air");
        for (double e = 1; e <= 150; e += 0.25)
        {
            Assert.That(HounsfieldScale.Monoenergetic(water, e), Is.EqualTo(0).Within(1e-9), $"water at {e} keV");
            // Dry air's μ is 0.12% of water's (density 0.001205), so −998.8…−999.0 HU, not exactly −1000.
            Assert.That(HounsfieldScale.Monoenergetic(air, e), Is.InRange(-1000.0, -998.0), $"air at {e} keV");
        }
    }

    private static readonly string[] AcceptanceMaterials =
        ["water", "hydroxyapatite", "k2hpo4", "adipose", "muscle", "blood", "cortical-bone", "iodine-in-water:10"];

    // 30–120 keV, with iodine's K edge (33.1694 keV) approached from both sides.
    private static readonly double[] AcceptanceEnergies = [30, 33, 33.16, 33.17, 33.5, 40, 50, 60, 70, 80, 100, 120];

    [TestCaseSource(nameof(AcceptanceMaterials))]
    public void Qcf_attenuation_json_agrees_with_an_independent_mixture_rule_computation(string material)
    {
        var reference = PythonReference.Run("attenuation_reference.py",
            [RepoPaths.PhysicsData, material, .. AcceptanceEnergies.Select(e => e.ToString(CultureInfo.InvariantCulture))]);
        Assert.That(reference, Has.Length.EqualTo(AcceptanceEnergies.Length));
        foreach (string line in reference)
        {
            var f = line.Split(' ');
            double energy = double.Parse(f[0], CultureInfo.InvariantCulture);
            double expectedMuRho = double.Parse(f[1], CultureInfo.InvariantCulture);
            double expectedDensity = double.Parse(f[2], CultureInfo.InvariantCulture);
            var run = CliHarness.Run("attenuation", "--material", material, "--energy-kev", f[0], "--json");
            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            using var json = JsonDocument.Parse(run.Stdout);
            double muRho = json.RootElement.GetProperty("massAttenuationCm2PerG").GetDouble();
            double mu = json.RootElement.GetProperty("linearAttenuationPerCm").GetDouble();
            Assert.That(muRho, Is.EqualTo(expectedMuRho).Within(0.5).Percent, $"{material} μ/ρ at {energy} keV");
            Assert.That(mu, Is.EqualTo(expectedMuRho * expectedDensity).Within(0.5).Percent, $"{material} μ at {energy} keV");
        }
    }

    [Test]
    public void Ha_in_water_displaces_water_by_the_crystal_volume_of_the_mineral()
    {
        // 200 mg HA/cm³ at 3.16 g/cm³ occupies 0.0633 cm³; water fills the remaining 0.9367 cm³.
        var m = Library.Resolve("ha-in-water:200");
        double waterVolume = 1 - 0.2 / 3.16;
        Assert.That(m.DensityGPerCm3, Is.EqualTo(0.2 + waterVolume * 1.0).Within(1e-9));
        // Calcium comes only from HA (39.89% Ca by mass).
        Assert.That(m.MassFraction(20) * m.DensityGPerCm3, Is.EqualTo(0.2 * 0.398925).Within(1e-9));
    }

    [Test]
    public void Iodine_standards_add_iodine_without_displacing_the_base()
    {
        // XCIST's water_20C_iodine_10mg: 10 mg I/mL is 0.9919% iodine by mass in 1.00819 g/mL (water at 0.99819).
        var m = Library.Resolve("iodine-in-water:10");
        Assert.That(m.DensityGPerCm3, Is.EqualTo(1.010).Within(1e-9));
        Assert.That(m.MassFraction(53) * m.DensityGPerCm3, Is.EqualTo(0.010).Within(1e-12));
        var blood = Library.Resolve("iodinated-blood:5");
        Assert.That(blood.DensityGPerCm3, Is.EqualTo(1.06 + 0.005).Within(1e-9));
        Assert.That(Library.Resolve("blood+iodine:5").DensityGPerCm3, Is.EqualTo(blood.DensityGPerCm3).Within(1e-12));
    }

    [Test]
    public void Trabecular_bone_holds_the_stated_mineral_by_calcium()
    {
        var m = Library.Resolve("trabecular-bone:150:0.5");
        double haMgPerCm3 = m.MassFraction(20) * m.DensityGPerCm3 / 0.398925 * 1000;
        // Marrow carries no calcium, so all Ca is the bone tissue's and states 150 mg HA/cm³ exactly.
        Assert.That(haMgPerCm3, Is.EqualTo(150).Within(1e-6));
    }

    [Test]
    public void Marrow_fat_fraction_mixes_red_and_yellow_by_mass()
    {
        var red = Library.Resolve("red-marrow");
        var yellow = Library.Resolve("yellow-marrow");
        var m = Library.Resolve("marrow:0.6");
        Assert.That(m.MassFraction(6), Is.EqualTo(0.4 * red.MassFraction(6) + 0.6 * yellow.MassFraction(6)).Within(1e-12));
        Assert.That(1 / m.DensityGPerCm3, Is.EqualTo(0.4 / 1.03 + 0.6 / 0.98).Within(1e-12));
        Assert.That(Library.Resolve("marrow:0").DensityGPerCm3, Is.EqualTo(1.03).Within(1e-12));
    }

    [Test]
    public void Mindways_rod_equivalence_is_a_linear_combination_of_water_and_K2HPO4()
    {
        // A certificate rod of 58.88 mg K2HPO4/cm³ and 1103.57 mg water/cm³ (SCIENCE.md, Mindways Model 3).
        var rod = Library.Resolve("mindways-rod:58.88:1103.57");
        var water = Library.Resolve("water");
        var k2 = Library.Resolve("k2hpo4");
        foreach (double e in new[] { 40.0, 70.0, 100.0 })
        {
            double expected = 1.10357 * water.MassAttenuation(e).TotalCm2PerG + 0.05888 * k2.MassAttenuation(e).TotalCm2PerG;
            Assert.That(rod.LinearAttenuationPerCm(e), Is.EqualTo(expected).Within(1e-9).Percent);
        }
    }

    [TestCase("watr", "water")]
    [TestCase("hydroxyapatit", "hydroxyapatite")]
    [TestCase("ha-in-watr:100", "ha-in-water")]
    public void Unknown_material_suggests_the_closest_names(string spec, string suggestion)
    {
        var ex = Assert.Throws<InputException>(() => Library.Resolve(spec));
        Assert.That(ex!.Message, Does.Contain(suggestion));
    }

    [TestCase("ha-in-water:abc")]
    [TestCase("ha-in-water")]
    [TestCase("ha-in-water:-5")]
    [TestCase("marrow:1.5")]
    [TestCase("trabecular-bone:100")]
    public void Malformed_parameters_are_refused_with_the_spec_named(string spec)
    {
        var ex = Assert.Throws<InputException>(() => Library.Resolve(spec));
        Assert.That(ex!.Message, Does.Contain(spec.Split(':')[0]));
    }
}
