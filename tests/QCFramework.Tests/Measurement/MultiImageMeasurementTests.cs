using NUnit.Framework;
using QCFramework.Imaging;
using QCFramework.Measurement;
using QCFramework.Physics;

namespace QCFramework.Tests.Measurement;

public class MultiImageMeasurementTests
{
    private static CtVolume Vmi(double kev) =>
        Scans.Qct("patient-l1-on-calibration.yaml", new SyntheticScan.Settings(EffectiveEnergyKev: kev, ImageKind: "VMI", MonoenergeticKev: kev, Seed: (ulong)kev)).Volume;

    [Test]
    public void Regions_found_on_the_reference_image_are_read_on_every_image()
    {
        var images = new[] { Vmi(40), Vmi(90), Vmi(70) };
        var m = SeriesMeasurer.Measure(images, new MeasurementOptions(ExpectedRodCount: 5));
        Assert.That(m.Images.Select(i => i.Key), Is.EqualTo(new[] { "vmi-70kev", "vmi-40kev", "vmi-90kev" }), "the VMI nearest 70 keV is the reference");
        var v = m.Vertebrae.Single();
        foreach (double kev in new[] { 40.0, 70, 90 })
        {
            var reading = v.Hu.On($"vmi-{kev}kev")!;
            double expected = HounsfieldScale.Monoenergetic(MaterialLibrary.Default.Resolve("trabecular-bone:140:0.55"), kev);
            Assert.That(reading.MeanHu, Is.EqualTo(expected).Within(1.5), $"{kev} keV");
            Assert.That(reading.Voxels, Is.EqualTo(v.Hu.Primary.Voxels), "the same voxels on every image");
        }

        Assert.That(m.Rods[4].Hu.ByImage, Has.Count.EqualTo(3));
    }

    [Test]
    public void Images_on_different_grids_or_of_the_same_kind_are_refused()
    {
        var a = Vmi(40);
        var shifted = a with { SliceZMm = a.SliceZMm.Select(z => z + 1).ToArray() };
        Assert.Throws<InputException>(() => SeriesMeasurer.Measure([a, shifted]));
        Assert.Throws<InputException>(() => SeriesMeasurer.Measure([a, a]));
        Assert.Throws<InputException>(() => SeriesMeasurer.Measure(a with { Acquisition = a.Acquisition with { MonoenergeticKev = null } }));
    }
}
