using System.Globalization;
using NUnit.Framework;
using QCFramework.Calibration.Algorithms;
using QCFramework.Phantoms;
using QCFramework.Simulation;
using QCFramework.Tests.Calibration;

namespace QCFramework.Tests.Measurement;

/// <summary>
/// The paraspinal-muscle finder on the patient section on the pad as the scanner simulator images it,
/// in every contrast phase and on a dual-energy VMI. In the portal phase the enhanced visceral cavity
/// around the muscles comes to within about 10 HU of them. The muscle's area is checked against the
/// phantom's muscle regions and its CT number against those regions' CT numbers in the same image,
/// read by the truth masks (eroded 2 mm), never by the finder.
/// </summary>
public class ContrastPhaseMuscleTests
{
    private static readonly string[] MuscleRegions = ["erector-spinae-left", "erector-spinae-right", "multifidus-left", "multifidus-right"];

    [TestCase("none", false)]
    [TestCase("arterial", false)]
    [TestCase("portal", false)]
    [TestCase("portal", true)]
    public void Paraspinal_muscle_is_found_with_its_area_and_CT_number(string phase, bool dualEnergy)
    {
        var protocol = dualEnergy ? SimulatedScans.DualEnergy(phase) : SimulatedScans.Protocol(contrast: phase);
        var scan = SimulatedScans.Get("patient-l1-on-calibration.yaml", protocol, 5);
        var measurement = scan.Measurement;
        var reference = scan.Scan.Series.Single(v => SeriesImageKey(v) == measurement.Images[0].Key);

        var truth = Rasterizer.Rasterize(scan.Phantom, reference.Grid, 0, 2);
        double truthAreaCm2 = MuscleRegions.Sum(r => truth.AreaMm2(scan.Phantom.RegionIndex(r))) / 100;
        var regions = TruthRegionStatistics.Summarise(new ScanScene(scan.Phantom, protocol.Contrast), reference)
            .Where(r => MuscleRegions.Contains(r.Name)).ToArray();
        double truthHu = regions.Sum(r => r.MeanHu * r.Voxels) / regions.Sum(r => r.Voxels);

        var body = measurement.BodyComposition;
        var muscle = measurement.Tissues.Muscle;
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{phase}{(dualEnergy ? " VMI" : "")}: area {body.MuscleAreaCm2:0.0} vs {truthAreaCm2:0.0} cm²; reference reading {muscle.Hu?.MeanHu:0.0} vs regions {truthHu:0.0} HU"));
        Assert.That(muscle.NotApplicableReason, Is.Null, "paraspinal muscle found");
        // The same 10% as on the unenhanced synthetic sections (partial volume along the outlines).
        Assert.That(body.MuscleAreaCm2, Is.EqualTo(truthAreaCm2).Within(10).Percent, "paraspinal muscle area");
        // Noise of the sample's mean (thousands of voxels) is well under 1 HU; 3 HU allows for the core
        // sampling erector and multifidus in other proportions than the truth masks do.
        Assert.That(muscle.Hu!.MeanHu, Is.EqualTo(truthHu).Within(3), "muscle CT number");
        var fit = new PhantomlessMuscleFat().Fit(scan.Inputs());
        Assert.That(fit.IsApplicable, Is.True, fit.NotApplicableReason);
    }

    private static string SeriesImageKey(QCFramework.Imaging.CtVolume volume) => QCFramework.Measurement.SeriesImage.KeyOf(volume.Acquisition);
}
