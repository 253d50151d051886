using QCFramework.Imaging;
using QCFramework.Measurement;

namespace QCFramework.Tests.Calibration;

/// <summary>Measurements written by hand, for checking an algorithm's arithmetic against numbers worked out in the test.</summary>
public static class HandMadeSeries
{
    private static readonly TissueReading[] Absent =
        new[] { "muscle", "subcutaneousFat", "visceralFat", "air", "blood", "csf", "corticalBone", "aorta" }
            .Select(t => TissueReading.NotApplicable(t, "nowhere", "not in this hand-made series")).ToArray();

    /// <summary>One reading per image key, all from the same voxels.</summary>
    public static HuReadings Readings(params (string Image, double Hu)[] values) =>
        new(values.Select(v => new HuReading(v.Image, v.Hu, 10, 1000)).ToArray());

    /// <summary>A single-energy series with rods and vertebrae of the given CT numbers.</summary>
    public static SeriesMeasurement SingleEnergy(double[] rodHu, double[] vertebraHu, double kvp = 120, ReferenceTissues? tissues = null, string? contrast = null) =>
        Series([new SeriesImage("single", new AcquisitionInfo(kvp, 200, "standard", contrast, "hand", "made"))],
            rodHu.Select(h => Readings(("single", h))).ToArray(),
            vertebraHu.Select(h => Readings(("single", h))).ToArray(),
            tissues);

    /// <summary>A series of the given images with rods and vertebrae read on them.</summary>
    public static SeriesMeasurement Series(SeriesImage[] images, HuReadings[] rods, HuReadings[] vertebrae, ReferenceTissues? tissues = null)
    {
        var roi = new EllipticalRoi(0, 0, 15, 8, 0);
        return new SeriesMeasurement(
            images, 0.7, 2, 3,
            vertebrae.Select((v, i) => new VertebraMeasurement($"V{i + 1}", "unlabelled", v, roi, roi.AreaMm2, 800, roi.AreaMm2 / 800, [-2.0, 0, 2], 0)).ToArray(),
            rods.Select((r, i) => new RodMeasurement(i, -100 + 50 * i, 75, 9.5, r, 200)).ToArray(),
            tissues ?? Tissues(),
            new BodyComposition(null, null, "-29..150 HU", null, null, null, "hand-made"),
            []);
    }

    /// <summary>Reference tissues with the given readings (the others absent).</summary>
    public static ReferenceTissues Tissues(
        HuReadings? muscle = null, HuReadings? subcutaneousFat = null, HuReadings? visceralFat = null, HuReadings? air = null,
        HuReadings? blood = null, HuReadings? csf = null, HuReadings? corticalBone = null, HuReadings? aorta = null)
    {
        TissueReading Pick(int i, HuReadings? hu) => hu is null ? Absent[i] : TissueReading.Sampled(Absent[i].Tissue, hu, "hand-made");
        return new ReferenceTissues(Pick(0, muscle), Pick(1, subcutaneousFat), Pick(2, visceralFat), Pick(3, air), Pick(4, blood), Pick(5, csf),
            Pick(6, corticalBone), Pick(7, aorta));
    }
}
