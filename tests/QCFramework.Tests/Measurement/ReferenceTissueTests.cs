using NUnit.Framework;
using QCFramework.Measurement;
using QCFramework.Physics;

namespace QCFramework.Tests.Measurement;

public class ReferenceTissueTests
{
    private static double Hu(string material, double kev = Scans.DefaultKev) => HounsfieldScale.Monoenergetic(MaterialLibrary.Default.Resolve(material), kev);

    [Test]
    public void Patient_reference_tissues_read_their_compositions_CT_numbers()
    {
        var t = Scans.Measured("patient-l1.yaml").Measurement.Tissues;
        // patient-section.yaml: muscle (NIST skeletal muscle), adipose for SAT and VAT, blood in the aorta,
        // water in the canal, ICRU 46 cortical bone in the posterior elements; vacuum outside reads −1000.
        var expected = new (TissueReading Reading, double Hu)[]
        {
            (t.Muscle, Hu("muscle")), (t.SubcutaneousFat, Hu("adipose")), (t.VisceralFat, Hu("adipose")), (t.Blood, Hu("blood")),
            (t.Csf, Hu("water")), (t.CorticalBone, Hu("cortical-bone")), (t.Air, -1000), (t.Aorta, Hu("blood")),
        };
        foreach (var (reading, hu) in expected)
        {
            Assert.That(reading.IsAvailable, Is.True, $"{reading.Tissue}: {reading.NotApplicableReason}");
            Assert.That(reading.Hu!.MeanHu, Is.EqualTo(hu).Within(1.5), reading.Tissue);
            Assert.That(reading.Hu.SdHu, Is.EqualTo(10).Within(1.5), $"{reading.Tissue}: noise only, no neighbouring tissue");
        }
    }

    [Test]
    public void A_spine_phantom_has_no_patient_tissues_and_says_why()
    {
        var t = Scans.Measured("esp-on-calibration.yaml").Measurement.Tissues;
        foreach (var reading in new[] { t.Muscle, t.SubcutaneousFat, t.VisceralFat, t.Blood, t.Aorta })
        {
            Assert.That(reading.IsAvailable, Is.False, reading.Tissue);
            Assert.That(reading.NotApplicableReason, Is.Not.Empty, reading.Tissue);
        }

        Assert.That(t.Air.IsAvailable, Is.True);
        Assert.That(t.Csf.Hu!.MeanHu, Is.EqualTo(Hu("water-equivalent-resin")).Within(1.5), "the ESP's canal is resin");
    }

    [Test]
    public void Contrast_in_the_blood_takes_blood_out_of_its_window_but_the_aorta_is_still_read()
    {
        var settings = new SyntheticScan.Settings(EffectiveEnergyKev: Scans.DefaultKev, Iodine: (5, 0, 0, 0), Contrast: "portal");
        var t = Scans.Measured("patient-l1.yaml", settings).Measurement.Tissues;
        Assert.That(t.Blood.IsAvailable, Is.False);
        Assert.That(t.Blood.NotApplicableReason, Does.Contain("outside the blood sanity window"));
        Assert.That(t.Aorta.Hu!.MeanHu, Is.EqualTo(Hu("blood+iodine:5")).Within(1.5));
    }

    [Test]
    public void Sanity_windows_put_Ogos_half_widths_around_the_compositions_range_over_40_to_150_keV()
    {
        var (lo, hi) = ReferenceTissue.Fat.Window;
        Assert.That(lo, Is.EqualTo(Hu("adipose", 40) - 30).Within(1e-9), "adipose is lowest at 40 keV");
        Assert.That(hi, Is.EqualTo(Hu("adipose", 150) + 30).Within(1e-9), "and highest at 150 keV");
        var (airLo, airHi) = ReferenceTissue.Air.Window;
        Assert.That((airLo, airHi), Is.EqualTo((-1030.0, -980.0)), "Ogo's air window, −1000 −30/+20");
    }
}
