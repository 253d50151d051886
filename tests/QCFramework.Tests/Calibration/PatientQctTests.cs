using System.Globalization;
using NUnit.Framework;
using QCFramework.Calibration.Algorithms;
using QCFramework.Physics;
using QCFramework.Tests.Measurement;
using QCFramework.Tests.Simulation;

namespace QCFramework.Tests.Calibration;

/// <summary>
/// Synchronous QCT of a patient section reads what single-energy QCT can read: the vertebra's
/// hydroxyapatite-in-water equivalence at the energy its scale is set at — the bone correction's
/// reference energy — computed from the attenuation data alone. The marrow-fat bias is physics
/// (fattier marrow, lower reading); what the simulated scanner and the algorithm add stays within
/// 3 mg/cm³.
/// </summary>
public class PatientQctTests
{
    [TestCase(0.3)]
    [TestCase(0.55)]
    [TestCase(0.8)]
    public void Qct_on_a_patient_section_reads_the_vertebras_HA_equivalence_at_the_reference_energy(double marrowFat)
    {
        const double bmd = 140;
        var scan = SimulatedScans.Get(Scans.PatientOnPad(marrowFat), SimulatedScans.Protocol(), 4);
        var fit = new QctRegression().Fit(scan.Inputs());
        Assert.That(fit.IsApplicable, Is.True, fit.NotApplicableReason);
        double measured = fit.Estimate(scan.Measurement.Vertebrae.Single()).ValueMgPerCm3!.Value;

        double energy = BoneCorrectionTests.ReferenceEnergyKev(120);
        var library = MaterialLibrary.Default;
        double haSlope = HounsfieldScale.Monoenergetic(library.Resolve("ha-in-water:1000"), energy) / 1000;
        string spec = string.Create(CultureInfo.InvariantCulture, $"trabecular-bone:{bmd}:{marrowFat}");
        double expected = HounsfieldScale.Monoenergetic(library.Resolve(spec), energy) / haSlope;
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"marrow fat {marrowFat}: QCT {measured:0.0}, HA equivalence at {energy:0.0} keV {expected:0.0}, truth {bmd} mg/cm³"));
        Assert.That(measured, Is.EqualTo(expected).Within(3));
    }
}
