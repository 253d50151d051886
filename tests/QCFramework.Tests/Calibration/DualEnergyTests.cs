using System.Globalization;
using NUnit.Framework;
using QCFramework.Calibration;
using QCFramework.Calibration.Algorithms;
using QCFramework.Imaging;
using QCFramework.Measurement;
using QCFramework.Physics;
using QCFramework.Tests.Measurement;

namespace QCFramework.Tests.Calibration;

public class DualEnergyTests
{
    private static readonly (double Blood, double Marrow, double Muscle, double Organ) Portal = (5, 2, 0.5, 2);

    private static double Hu(string material, double kev) => HounsfieldScale.Monoenergetic(MaterialLibrary.Default.Resolve(material), kev);

    private static SeriesMeasurement Vmis(double marrowFat, (double, double, double, double)? iodine = null, params double[] kev)
    {
        var images = kev.Select(e => Scans.Qct(Scans.PatientOnPad(marrowFat),
            new SyntheticScan.Settings(EffectiveEnergyKev: e, ImageKind: "VMI", MonoenergeticKev: e, Seed: (ulong)(7 * e), Iodine: iodine)).Volume).ToArray();
        return SeriesMeasurer.Measure(images, new MeasurementOptions(ExpectedRodCount: 5));
    }

    private static double SingleEnergyQct(double marrowFat, (double, double, double, double)? iodine = null)
    {
        var (phantom, _, m) = Scans.Measured(Scans.PatientOnPad(marrowFat), new SyntheticScan.Settings(EffectiveEnergyKev: Scans.DefaultKev, Iodine: iodine));
        return new QctRegression().Fit(new CalibrationInputs(m, phantom.Certificate)).Estimate(m.Vertebrae[0]).ValueMgPerCm3!.Value;
    }

    private static double Estimate(ICalibrationAlgorithm algorithm, SeriesMeasurement m, QCFramework.Phantoms.CalibrationCertificate? certificate = null)
    {
        var fit = algorithm.Fit(new CalibrationInputs(m, certificate));
        Assert.That(fit.IsApplicable, Is.True, $"{algorithm.Name}: {fit.NotApplicableReason}");
        return fit.Estimate(m.Vertebrae[0]).ValueMgPerCm3!.Value;
    }

    [Test]
    public void Two_material_decomposition_of_HA_in_water_returns_its_concentration()
    {
        var images = new[]
        {
            new SeriesImage("vmi-40kev", new AcquisitionInfo(ImageKind: "VMI", MonoenergeticKev: 40)),
            new SeriesImage("vmi-90kev", new AcquisitionInfo(ImageKind: "VMI", MonoenergeticKev: 90)),
        };
        var roi = HandMadeSeries.Readings(("vmi-40kev", Hu("ha-in-water:150", 40)), ("vmi-90kev", Hu("ha-in-water:150", 90)));
        var series = HandMadeSeries.Series(images, [], [roi]);
        Assert.That(Estimate(new DectTwoMaterial(), series), Is.EqualTo(150).Within(1e-6));
    }

    [Test]
    public void Three_material_decomposition_removes_the_marrow_fat_bias_of_single_energy_QCT()
    {
        var fats = new[] { 0.3, 0.55, 0.8 };
        var single = fats.Select(f => SingleEnergyQct(f)).ToArray();
        var dual = fats.Select(f => Estimate(new DectThreeMaterial(), Vmis(f, null, 40, 90))).ToArray();
        string report = $"single-energy QCT {string.Join(", ", single.Select(v => v.ToString("0.0", CultureInfo.InvariantCulture)))}; " +
            $"three-material {string.Join(", ", dual.Select(v => v.ToString("0.0", CultureInfo.InvariantCulture)))} (truth 140 at every fat fraction)";
        TestContext.Out.WriteLine(report);
        // Fat lowers single-energy readings as the fat fraction rises; the bias is the change across 0.3–0.8.
        Assert.That(single[0] - single[2], Is.GreaterThan(10), report);
        Assert.That(Math.Abs(dual[0] - dual[2]), Is.LessThan((single[0] - single[2]) / 10), report);
    }

    [Test]
    public void Virtual_non_contrast_removes_most_of_the_portal_phase_bias()
    {
        var certificate = Scans.Qct(Scans.PatientOnPad(0.55)).Phantom.Certificate;
        double singleBias = SingleEnergyQct(0.55, Portal) - SingleEnergyQct(0.55);
        double vncBias = Estimate(new DectVnc(), Vmis(0.55, Portal, 40, 90), certificate) - Estimate(new DectVnc(), Vmis(0.55, null, 40, 90), certificate);
        string report = $"portal − unenhanced: single-energy QCT {singleBias:0.0}, VNC {vncBias:0.0} mg/cm³";
        TestContext.Out.WriteLine(report);
        Assert.That(singleBias, Is.GreaterThan(10), report);
        Assert.That(Math.Abs(vncBias), Is.LessThan(0.25 * singleBias), report);
    }

    [Test]
    public void Low_and_high_kVp_images_get_their_energies_from_the_tissues()
    {
        var images = new[] { ("LOW", 50.0), ("HIGH", 76.0) }.Select(k => Scans.Qct(Scans.PatientOnPad(0.55),
            new SyntheticScan.Settings(EffectiveEnergyKev: k.Item2, ImageKind: k.Item1, Seed: (ulong)k.Item2)).Volume).ToArray();
        var m = SeriesMeasurer.Measure(images);
        var fit = new DectThreeMaterial().Fit(new CalibrationInputs(m));
        Assert.That(fit.Diagnostic("lowEnergyKev"), Is.EqualTo(50).Within(1));
        Assert.That(fit.Diagnostic("highEnergyKev"), Is.EqualTo(76).Within(1));
        Assert.That(fit.Estimate(m.Vertebrae[0]).ValueMgPerCm3, Is.EqualTo(Estimate(new DectThreeMaterial(), Vmis(0.55, null, 50, 76))).Within(3).Percent);
    }

    [Test]
    public void A_VMI_near_74_keV_is_calibrated_by_its_rods()
    {
        var m = Vmis(0.55, null, 40, 74, 90);
        var (phantom, _, _) = Scans.Measured(Scans.PatientOnPad(0.55));
        var fit = new VmiCalibrated().Fit(new CalibrationInputs(m, phantom.Certificate));
        Assert.That(fit.Diagnostic("vmiKev"), Is.EqualTo(74));
        double expected = Hu("trabecular-bone:140:0.55", 74) / MineralEquivalence.HaSlopeHuPerMgPerCm3(74);
        Assert.That(fit.Estimate(m.Vertebrae[0]).ValueMgPerCm3, Is.EqualTo(expected).Within(2).Percent, "the HA-in-water equivalent at 74 keV");
        Assert.That(new VmiCalibrated().Fit(new CalibrationInputs(m, phantom.Certificate, VmiKev: 60)).NotApplicableReason, Does.Contain("no VMI at 60 keV"));
    }

    [Test]
    public void The_mineral_scale_of_each_image_is_measured_on_the_rods_when_they_are_in_view()
    {
        var m = Vmis(0.55, null, 40, 90);
        var certificate = Scans.Qct(Scans.PatientOnPad(0.55)).Phantom.Certificate;
        var fit = new DectThreeMaterial().Fit(new CalibrationInputs(m, certificate));
        Assert.That(fit.Diagnostic("mineralFromRods"), Is.EqualTo(1));
        // Synthetic VMIs are exactly monoenergetic: the rods give hydroxyapatite-in-water's physics slope.
        Assert.That(fit.Diagnostic("mineralLowHuPerMgPerCm3"), Is.EqualTo(MineralEquivalence.HaSlopeHuPerMgPerCm3(40)).Within(1).Percent);
        Assert.That(fit.Diagnostic("mineralHighHuPerMgPerCm3"), Is.EqualTo(MineralEquivalence.HaSlopeHuPerMgPerCm3(90)).Within(1).Percent);
        Assert.That(new DectVnc().Fit(new CalibrationInputs(m)).NotApplicableReason, Does.Contain("calibrated on the rods"));
    }

    [Test]
    public void Dual_energy_methods_refuse_a_single_energy_series()
    {
        var (_, _, m) = Scans.Measured("patient-l1.yaml");
        foreach (var algorithm in new ICalibrationAlgorithm[] { new DectTwoMaterial(), new DectThreeMaterial(), new DectVnc() })
        {
            Assert.That(algorithm.Fit(new CalibrationInputs(m)).NotApplicableReason, Does.StartWith("one energy only"), algorithm.Name);
        }
    }
}
