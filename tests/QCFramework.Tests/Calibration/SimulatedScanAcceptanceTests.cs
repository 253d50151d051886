using System.Globalization;
using NUnit.Framework;
using QCFramework.Calibration;
using QCFramework.Calibration.Algorithms;
using QCFramework.Tests.Measurement;

namespace QCFramework.Tests.Calibration;

/// <summary>
/// The acceptance criteria on scans by the CT scanner simulator (fast mode, default scanner
/// vendor-a, as <c>qcf scan</c> uses): every number is measured from the images and compared with the
/// phantom's truth only here.
/// </summary>
[Category("Acceptance")]
public class SimulatedScanAcceptanceTests
{
    private const int Repeats = 3;

    private static readonly string[] Esp = ["L1", "L2", "L3"];

    private static SimulatedScans.Measured EspScan(ulong repeat) => SimulatedScans.Get("esp-on-calibration.yaml", SimulatedScans.Protocol(), 100 + repeat);

    // The phantom-only scan an asynchronous calibration is made from, on the same scanner and protocol.
    private static StoredCalibration Stored()
    {
        var calibration = SimulatedScans.Get("calibration-only.yaml", SimulatedScans.Protocol(), 99);
        return StoredCalibration.Create(calibration.Measurement, calibration.Phantom.Certificate!);
    }

    private static IEnumerable<ICalibrationAlgorithm> PhantomMethods() => [new QctTwoPoint(), new QctRegression(), new QctMindways(), new AsyncCalibration()];

    // Known gap (issue 6, open): the asynchronous calibration comes from the pad scanned alone. The
    // scanner's bone correction reads every pixel above water as water plus cortical bone, so it also
    // reads the water excess of the Mindways rods (W = 1104–1120 mg/cm³) as bone, and how much that
    // changes a rod depends on the object around it: rods c and d read 15–18 HU lower on the pad alone
    // than under the ESP. Synchronous methods, calibrated in the same scan, are not affected.
    private const string AsyncGap = "known gap, issue 6: asynchronous calibration from the pad scanned alone reads the ESP-on-pad +9 to +10 mg/cm³ (the bone correction's reading of the rods' water excess depends on the object around them)";

    private static IEnumerable<TestCaseData> EspAccuracyCases() =>
        PhantomMethods().Select(a => a is AsyncCalibration ? new TestCaseData(a).Ignore(AsyncGap) : new TestCaseData(a));

    private static double[] EspValues(ICalibrationAlgorithm algorithm, ulong repeat)
    {
        var scan = EspScan(repeat);
        var fit = algorithm.Fit(scan.Inputs(Stored()));
        Assert.That(fit.IsApplicable, Is.True, $"{algorithm.Name}: {fit.NotApplicableReason}");
        return Esp.Select(label => fit.Estimate(scan.Measurement.Vertebrae.Single(v => v.Label == label)).ValueMgPerCm3!.Value).ToArray();
    }

    [TestCaseSource(nameof(EspAccuracyCases))]
    public void Esp_at_120_kVp_standard_200_mAs_reads_within_5_percent_or_3_mg(ICalibrationAlgorithm algorithm)
    {
        var failures = new List<string>();
        for (ulong r = 1; r <= Repeats; r++)
        {
            var values = EspValues(algorithm, r);
            for (int i = 0; i < 3; i++)
            {
                double truth = EspScan(r).Truth(Esp[i]);
                double error = values[i] - truth;
                string line = string.Create(CultureInfo.InvariantCulture, $"repeat {r} {Esp[i]}: {values[i]:0.0} vs {truth:0} mg/cm³ ({error:+0.0;-0.0})");
                TestContext.Out.WriteLine($"{algorithm.Name} {line}");
                if (Math.Abs(error) > Math.Max(0.05 * truth, 3))
                {
                    failures.Add(line);
                }
            }
        }

        Assert.That(failures, Is.Empty, $"{algorithm.Name}: outside 5% or 3 mg/cm³");
    }

    [TestCaseSource(nameof(PhantomMethods))]
    public void Esp_repeat_scans_agree_within_2_percent(ICalibrationAlgorithm algorithm)
    {
        var values = Enumerable.Range(1, Repeats).Select(r => EspValues(algorithm, (ulong)r)).ToArray();
        for (int i = 0; i < 3; i++)
        {
            var repeat = values.Select(v => v[i]).ToArray();
            double mean = repeat.Average();
            double sd = Math.Sqrt(repeat.Sum(x => (x - mean) * (x - mean)) / (repeat.Length - 1));
            Assert.That(100 * sd / mean, Is.LessThanOrEqualTo(2), $"{algorithm.Name} {Esp[i]} RSD");
        }
    }

    private static IEnumerable<TestCaseData> PhantomlessCases()
    {
        foreach (var algorithm in new ICalibrationAlgorithm[] { new PhantomlessMuscleFat(), new PhantomlessFatAir(), new PhantomlessMultiTissue() })
        {
            foreach (double kvp in new[] { 70.0, 100, 140 })
            {
                yield return new TestCaseData(algorithm, kvp).SetName($"Phantomless_within_10_percent_without_contrast({algorithm.Name}, {kvp} kVp)");
            }
        }
    }

    [TestCaseSource(nameof(PhantomlessCases))]
    public void Phantomless_methods_read_patient_sections_within_10_percent(ICalibrationAlgorithm algorithm, double kvp)
    {
        foreach (string file in new[] { "patient-t12.yaml", "patient-l1.yaml", "patient-l3.yaml" })
        {
            var scan = SimulatedScans.Get(file, SimulatedScans.Protocol(kvp), 7);
            var vertebra = scan.Measurement.Vertebrae.Single();
            var fit = algorithm.Fit(scan.Inputs());
            Assert.That(fit.IsApplicable, Is.True, $"{file}: {fit.NotApplicableReason}");
            double value = fit.Estimate(vertebra).ValueMgPerCm3!.Value, truth = scan.Truth(vertebra.Label);
            TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file} {kvp} kVp: {value:0.0} vs {truth:0} mg/cm³"));
            Assert.That(value, Is.EqualTo(truth).Within(10).Percent, file);
        }
    }

    [Test]
    public void Three_material_decomposition_shrinks_the_marrow_fat_bias_of_single_energy_QCT()
    {
        var fats = new[] { 0.3, 0.8 };
        var single = fats.Select(f => Value(new QctRegression(), SimulatedScans.Get(Scans.PatientOnPad(f), SimulatedScans.Protocol(zRange: (0, 0)), 5))).ToArray();
        var dual = fats.Select(f => Value(new DectThreeMaterial(), SimulatedScans.Get(Scans.PatientOnPad(f), SimulatedScans.DualEnergy(zRange: (0, 0)), 5))).ToArray();
        string report = string.Create(CultureInfo.InvariantCulture,
            $"fat 0.3 → 0.8: single-energy QCT {single[0]:0.0} → {single[1]:0.0}, three-material {dual[0]:0.0} → {dual[1]:0.0} mg/cm³ (truth 140)");
        TestContext.Out.WriteLine(report);
        Assert.That(single[0] - single[1], Is.GreaterThan(10), report);
        Assert.That(Math.Abs(dual[0] - dual[1]), Is.LessThan((single[0] - single[1]) / 3), report);
    }

    [Test]
    public void Dect_vnc_removes_most_of_the_portal_phase_contrast_bias()
    {
        double Bias(ICalibrationAlgorithm algorithm, Func<string, QCFramework.Simulation.ScanProtocol> protocol) =>
            Value(algorithm, SimulatedScans.Get("patient-l1-on-calibration.yaml", protocol("portal"), 5))
            - Value(algorithm, SimulatedScans.Get("patient-l1-on-calibration.yaml", protocol("none"), 5));
        double single = Bias(new QctRegression(), c => SimulatedScans.Protocol(contrast: c, zRange: (0, 0)));
        double vnc = Bias(new DectVnc(), c => SimulatedScans.DualEnergy(c, (0, 0)));
        string report = string.Create(CultureInfo.InvariantCulture, $"portal − unenhanced: single-energy QCT {single:+0.0;-0.0}, dect-vnc {vnc:+0.0;-0.0} mg/cm³");
        TestContext.Out.WriteLine(report);
        Assert.That(single, Is.GreaterThan(5), report);
        Assert.That(Math.Abs(vnc), Is.LessThan(single / 2), report);
    }

    private static double Value(ICalibrationAlgorithm algorithm, SimulatedScans.Measured scan)
    {
        var fit = algorithm.Fit(scan.Inputs());
        Assert.That(fit.IsApplicable, Is.True, $"{algorithm.Name}: {fit.NotApplicableReason}");
        return fit.Estimate(scan.Measurement.Vertebrae.Single()).ValueMgPerCm3!.Value;
    }
}
