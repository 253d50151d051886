using NUnit.Framework;
using QCFramework.Measurement;
using QCFramework.Physics;

namespace QCFramework.Tests.Measurement;

public class VertebraMeasurementTests
{
    private static double Hu(string material, double kev = Scans.DefaultKev) => HounsfieldScale.Monoenergetic(MaterialLibrary.Default.Resolve(material), kev);

    // esp.yaml's geometry: vertebral bodies 40 × 28 mm centred at y = −10, cortex 1.0/1.5/2.0 mm, levels at z = 40, 0, −40.
    private static readonly (string Label, double Z, double Cortex, double Mg)[] Esp = [("L1", 40, 1.0, 50), ("L2", 0, 1.5, 100), ("L3", -40, 2.0, 200)];

    [Test]
    public void Esp_vertebrae_are_found_superior_first_as_L1_L2_L3_at_their_mid_levels()
    {
        var m = Scans.Measured("esp-on-calibration.yaml").Measurement;
        Assert.That(m.Vertebrae.Select(v => v.Label), Is.EqualTo(new[] { "L1", "L2", "L3" }));
        Assert.That(m.Vertebrae.Select(v => v.LabelSource), Is.All.EqualTo("phantom-order"));
        for (int i = 0; i < 3; i++)
        {
            Assert.That(m.Vertebrae[i].MidLevelZMm, Is.EqualTo(Esp[i].Z).Within(1e-9), Esp[i].Label);
            Assert.That(m.Vertebrae[i].Slices, Is.EqualTo(3), Esp[i].Label);
        }
    }

    [Test]
    public void An_ESP_in_a_fat_ring_is_still_a_phantom_labelled_L1_to_L3()
    {
        var m = Scans.Measured("esp-obese-on-calibration.yaml").Measurement;
        Assert.That(m.Vertebrae.Select(v => v.Label), Is.EqualTo(new[] { "L1", "L2", "L3" }), "fat but no paraspinal muscle: not a patient");
        Assert.That(m.Tissues.Muscle.IsAvailable, Is.False);
        Assert.That(m.Vertebrae.Select(v => v.MeanHu), Is.EqualTo(Esp.Select(e => Hu($"ha-in-resin:{e.Mg}"))).Within(1.5));
    }

    [Test]
    public void Esp_trabecular_readings_equal_the_inserts_monoenergetic_CT_numbers()
    {
        var m = Scans.Measured("esp-on-calibration.yaml").Measurement;
        for (int i = 0; i < 3; i++)
        {
            var v = m.Vertebrae[i];
            double expected = Hu($"ha-in-resin:{Esp[i].Mg}");
            // 10 HU white noise over ≥ 900 voxels: standard error ≤ 0.35 HU; 1.5 HU allows 4 SE plus the blur's reach.
            Assert.That(v.MeanHu, Is.EqualTo(expected).Within(1.5), v.Label);
            Assert.That(v.SdHu, Is.EqualTo(10).Within(1), $"{v.Label}: only noise, no cortex, in the ROI");
        }
    }

    [Test]
    public void Esp_roi_lies_3_to_5_mm_inside_the_cortex_and_out_of_the_posterior_quarter()
    {
        var m = Scans.Measured("esp-on-calibration.yaml").Measurement;
        for (int i = 0; i < 3; i++)
        {
            var roi = m.Vertebrae[i].Roi;
            double a = 20 - Esp[i].Cortex, b = 14 - Esp[i].Cortex, cy = -10;
            double nearest = double.MaxValue;
            for (int k = 0; k < 720; k++)
            {
                double t = k * Math.PI / 360;
                double x = roi.CenterXMm + roi.SemiAxisLateralMm * Math.Cos(t), y = roi.CenterYMm + roi.SemiAxisApMm * Math.Sin(t);
                nearest = Math.Min(nearest, DistanceToEllipse(x, y - cy, a, b));
            }

            // The rule is 3 mm from the detected inner boundary; the detected boundary is within half a pixel of the true one.
            Assert.That(nearest, Is.InRange(3 - 0.5, 5), $"{Esp[i].Label}: closest approach of the ROI to the cortex");
            Assert.That(roi.CenterYMm + roi.SemiAxisApMm, Is.LessThanOrEqualTo(cy + b / 2 + 0.5), $"{Esp[i].Label}: posterior quarter excluded");
        }
    }

    [Test]
    public void Patient_roi_avoids_the_basivertebral_vein_and_reads_the_trabecular_bone()
    {
        var m = Scans.Measured("patient-l1.yaml").Measurement;
        var v = m.Vertebrae.Single();
        // patient-section.yaml at L1: vein centred at y = vb_back − cortical − 3.5 = 30 − 1 − 3.5 mm, half-axes 4 × 2.5 mm.
        double veinFront = 25.5 - 2.5;
        Assert.That(v.Roi.CenterYMm + v.Roi.SemiAxisApMm, Is.LessThanOrEqualTo(veinFront - 1), "ROI's posterior edge at least 1 mm in front of the vein");
        Assert.That(v.MeanHu, Is.EqualTo(Hu("trabecular-bone:140:0.55")).Within(1.5));
        Assert.That(v.Label, Is.EqualTo("V1"), "an unlabelled patient is not labelled by guesswork");
        Assert.That(v.LabelSource, Is.EqualTo("unlabelled"));
    }

    [Test]
    public void Level_labels_come_from_the_hint_when_they_match_the_vertebrae_found()
    {
        var (_, volume) = Scans.Qct("patient-l1.yaml");
        var labelled = SeriesMeasurer.Measure(volume, new MeasurementOptions(LevelLabels: ["L1"]));
        Assert.That(labelled.Vertebrae.Single().Label, Is.EqualTo("L1"));
        Assert.That(labelled.Vertebrae.Single().LabelSource, Is.EqualTo("hint"));

        var mismatched = SeriesMeasurer.Measure(volume, new MeasurementOptions(LevelLabels: ["T12", "L1"]));
        Assert.That(mismatched.Vertebrae.Single().Label, Is.EqualTo("V1"));
        Assert.That(mismatched.Notes, Has.Some.Contains("2 level label(s) given"));
    }

    [Test]
    public void The_coverage_rule_conflict_is_reported_not_hidden()
    {
        var v = Scans.Measured("patient-l1.yaml").Measurement;
        var vertebra = v.Vertebrae.Single();
        Assert.That(vertebra.CoverageFraction, Is.EqualTo(vertebra.RoiAreaMm2 / vertebra.TrabecularAreaMm2).Within(1e-12));
        Assert.That(vertebra.CoverageFraction, Is.LessThan(0.8));
        Assert.That(v.Notes, Has.Some.Contains("covers").And.Contains("< 80%"));
    }

    [Test]
    public void A_contiguous_scan_finds_the_mid_level_and_averages_three_slices_or_the_whole_body()
    {
        var phantom = SyntheticScan.Phantom("esp.yaml");
        var z = Enumerable.Range(0, 21).Select(k => -20.0 + 2 * k).ToArray();
        var volume = SyntheticScan.Build(phantom, z, new SyntheticScan.Settings(EffectiveEnergyKev: Scans.DefaultKev));

        var mid = SeriesMeasurer.Measure(volume).Vertebrae.Single();
        // L2's trabecular core spans z = ±(25/2 − 1.5) = ±11 mm: the run of slices through it is centred on 0.
        Assert.That(mid.MidLevelZMm, Is.EqualTo(0).Within(1.0));
        Assert.That(mid.SliceZMm, Is.EqualTo(new[] { -2.0, 0.0, 2.0 }));

        var volumetric = SeriesMeasurer.Measure(volume, new MeasurementOptions(RoiMode: RoiMode.Volumetric)).Vertebrae.Single();
        Assert.That(volumetric.Slices, Is.GreaterThanOrEqualTo(9), "2 mm slices through a 22 mm core");
        Assert.That(volumetric.SliceZMm.Min(), Is.GreaterThanOrEqualTo(-11));
        Assert.That(volumetric.SliceZMm.Max(), Is.LessThanOrEqualTo(11));
        Assert.That(volumetric.MeanHu, Is.EqualTo(Hu("ha-in-resin:100")).Within(1.5), "no end plate in the volumetric ROI");
    }

    [Test]
    public void Options_outside_the_QCT_rules_are_refused()
    {
        var (_, volume) = Scans.Qct("patient-l1.yaml");
        Assert.Throws<InputException>(() => SeriesMeasurer.Measure(volume, new MeasurementOptions(CortexMarginMm: 2)));
        Assert.Throws<InputException>(() => SeriesMeasurer.Measure(volume, new MeasurementOptions(MidLevelSlices: 2)));
        Assert.Throws<InputException>(() => SeriesMeasurer.Measure(volume, new MeasurementOptions(ExpectedRodCount: 1)));
    }

    // Distance from (x, y) to the ellipse x²/a² + y²/b² = 1, by dense sampling of the ellipse (0.01° steps).
    private static double DistanceToEllipse(double x, double y, double a, double b)
    {
        double best = double.MaxValue;
        for (int k = 0; k < 36000; k++)
        {
            double t = k * Math.PI / 18000;
            best = Math.Min(best, Math.Sqrt(Math.Pow(x - a * Math.Cos(t), 2) + Math.Pow(y - b * Math.Sin(t), 2)));
        }

        return best;
    }
}
