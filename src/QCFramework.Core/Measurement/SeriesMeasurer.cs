using System.Globalization;
using QCFramework.Imaging;
using QCFramework.Measurement.Imaging;

namespace QCFramework.Measurement;

/// <summary>
/// Automatic measurement of a CT series: vertebrae, calibration rods, reference tissues and body
/// composition, from the images alone. A pure function: the same images and options give the same
/// result, whether the images were simulated or read from a scanner's DICOM files.
/// </summary>
/// <remarks>
/// The trabecular ROI rule implemented (QCT practice, SCIENCE.md; Comp2Comp's ellipse for the
/// anterior shift):
/// <list type="number">
/// <item>The vertebral body is found on each slice as the region its cortex encloses
/// (<c>VertebraFinder</c>); consecutive slices where it is found make one vertebra, and their middle
/// is the mid-vertebral level (end plates close the core and end the run).</item>
/// <item>The ROI is an ellipse on the inner cortical boundary's moment ellipse, <see cref="MeasurementOptions.CortexMarginMm"/>
/// (3 mm by default, the QCT range is 3–5 mm) inside it laterally and anteriorly; posteriorly it stops
/// at the ellipse's centre plus half its AP semi-axis, so the posterior quarter of the body's depth —
/// where the basivertebral vein enters through the posterior wall — is never in the ROI. Like
/// Comp2Comp's ellipse (centre at 58% of the AP extent) this moves the ROI's centre anteriorly.</item>
/// <item>The ROI is averaged over at least three consecutive slices at the mid-level (one ellipse, the
/// mean of the slices'), or, as an option, over every slice of the body (volumetric, an ellipse per slice).</item>
/// <item>QCT practice also asks the ROI to cover at least 80% of the trabecular area. For lumbar bodies
/// (inner half-axes of about 20 × 14 mm) a 3 mm margin and the vein's exclusion leave 50–60%: the rules
/// conflict, and the margin wins, because partial volume with the cortex biases the mean while a
/// smaller ROI only costs precision. The coverage is reported, with a note when it is below 80%.</item>
/// </list>
/// Labels: from <see cref="MeasurementOptions.LevelLabels"/> when given (a physicist knows what was
/// scanned); otherwise three vertebrae in an object without subcutaneous fat (a spine phantom such as
/// the ESP) are L1, L2, L3 from superior to inferior, as the phantom's design has them. Patients are
/// not labelled by anatomy: the rule that the lowest rib-bearing vertebra is T12 needs the rib–vertebra
/// joints, which a few axial slices at mid-vertebral levels do not show (lower ribs cross lumbar
/// levels too), so an unlabelled patient's vertebrae are V1, V2, … superior to inferior.
/// </remarks>
public static class SeriesMeasurer
{
    private const double VertebraLinkMm = 8;
    private const double AirClearanceMm = 15;
    private const double TissueCoreMm = 2;
    private const double CorticalBoneHu = 400;
    private const double CorticalCoreMm = 2;
    private const double MuscleBoneClearanceMm = 10;
    private const double RodReadingFraction = 0.7;
    private const int MinTissueVoxels = 20;
    private const int MinAirVoxels = 100;
    private const double MinCoverage = 0.8;
    private const string NotPatient = "no subcutaneous fat: not a patient's section (a phantom?)";

    /// <summary>Measures a single-image series.</summary>
    /// <exception cref="InputException">Inconsistent volume or options.</exception>
    public static SeriesMeasurement Measure(CtVolume volume, MeasurementOptions? options = null) => Measure([volume], options);

    /// <summary>
    /// Measures a series of co-registered images of one acquisition (low/high kVp, virtual
    /// monoenergetic images): regions are found on the reference image — the single-energy image,
    /// else the VMI nearest 70 keV, else the high-kVp image — and read on every image.
    /// </summary>
    /// <exception cref="InputException">No images, images on different grids or slices, duplicate image kinds, or bad options.</exception>
    public static SeriesMeasurement Measure(IReadOnlyList<CtVolume> images, MeasurementOptions? options = null)
    {
        options ??= MeasurementOptions.Default;
        options.Validate();
        var ordered = Order(images);
        var reference = ordered[0];
        var keys = ordered.Select(v => SeriesImage.KeyOf(v.Acquisition)).ToArray();
        if (keys.Distinct(StringComparer.Ordinal).Count() != keys.Length)
        {
            throw new InputException($"the series has two images of the same kind ({string.Join(", ", keys)})");
        }

        var notes = new List<string>();
        // Slices are independent: analysed in parallel, each into its own slot (deterministic).
        var slices = new SliceAnalysis[reference.SliceCount];
        Parallel.For(0, slices.Length, s => slices[s] = new SliceAnalysis(reference.Grid, reference.SlicesHu[s], reference.SliceZMm[s]));
        var masks = new SoftTissueMasks?[slices.Length];
        Parallel.For(0, slices.Length, s =>
        {
            if (slices[s].Core is not null)
            {
                masks[s] = new SoftTissueMasks(slices[s], options.EffectiveMuscleWindow);
            }
        });

        var sampler = new Sampler(ordered, keys);
        var runs = VertebralRuns(reference, slices);
        // A patient's section has subcutaneous fat and paraspinal muscle; a spine phantom in a fat ring has no muscle.
        bool patient = masks.Any(m => m is { HasSubcutaneousFat: true, Muscle: not null });
        var vertebrae = MeasureVertebrae(reference, slices, runs, options, sampler, patient, notes);
        var tissueSlices = vertebrae.Count > 0
            ? vertebrae.SelectMany(v => v.SliceIndices).Distinct().Order().ToArray()
            : Enumerable.Range(0, slices.Length).ToArray();
        var rods = MeasureRods(slices, tissueSlices, options, sampler, notes);
        var tissues = MeasureTissues(slices, tissueSlices, masks, sampler);
        var composition = MeasureBodyComposition(slices, vertebrae.Count > 0 ? vertebrae[0].SliceIndices : tissueSlices, masks, options.EffectiveMuscleWindow);

        return new SeriesMeasurement(
            ordered.Zip(keys, (v, k) => new SeriesImage(k, v.Acquisition)).ToArray(),
            reference.Grid.PixelSpacingMm,
            reference.SliceThicknessMm,
            reference.SliceCount,
            vertebrae.Select(v => v.Measurement).ToArray(),
            rods,
            tissues,
            composition,
            notes,
            tissueSlices.Average(s => WaterEquivalentDiameter.Of(reference.SlicesHu[s], reference.Grid)));
    }

    private static IReadOnlyList<CtVolume> Order(IReadOnlyList<CtVolume> images)
    {
        if (images.Count == 0)
        {
            throw new InputException("no images to measure");
        }

        var first = images[0];
        foreach (var image in images)
        {
            if (image.Grid != first.Grid || image.SliceCount != first.SliceCount || !image.SliceZMm.SequenceEqual(first.SliceZMm))
            {
                throw new InputException("the images of a series must share the pixel grid and the slice positions");
            }

            if (image.SlicesHu.Any(s => s.Length != image.Grid.PixelCount))
            {
                throw new InputException($"a slice does not hold {image.Grid.Columns} × {image.Grid.Rows} pixels");
            }
        }

        if (first.SliceCount == 0)
        {
            throw new InputException("the series has no slices");
        }

        // Slices in increasing z (a scanner may list them superior first); positions must be distinct.
        var order = Enumerable.Range(0, first.SliceCount).OrderBy(s => first.SliceZMm[s]).ToArray();
        for (int k = 1; k < order.Length; k++)
        {
            if (!(first.SliceZMm[order[k]] > first.SliceZMm[order[k - 1]]))
            {
                throw new InputException($"two slices at z = {first.SliceZMm[order[k]]} mm");
            }
        }

        if (order.Where((s, k) => s != k).Any())
        {
            images = images.Select(v => v with { SliceZMm = order.Select(s => v.SliceZMm[s]).ToArray(), SlicesHu = order.Select(s => v.SlicesHu[s]).ToArray() }).ToArray();
        }

        static double Rank(CtVolume v) => v.Acquisition.ImageKind.ToUpperInvariant() switch
        {
            "SINGLE" => 0,
            "VMI" => 1 + Math.Abs((v.Acquisition.MonoenergeticKev ?? 0) - 70) / 1000,
            "HIGH" => 2,
            _ => 3,
        };

        int reference = Enumerable.Range(0, images.Count).OrderBy(i => Rank(images[i])).ThenBy(i => i).First();
        return [images[reference], .. images.Where((_, i) => i != reference)];
    }

    // Runs of consecutive slices (superior first) on which one vertebral body's core was found.
    private static List<List<int>> VertebralRuns(CtVolume volume, SliceAnalysis[] slices)
    {
        var z = volume.SliceZMm;
        var gaps = new List<double>();
        for (int s = 1; s < z.Count; s++)
        {
            gaps.Add(z[s] - z[s - 1]);
        }

        gaps.Sort();
        double spacing = gaps.Count > 0 ? gaps[gaps.Count / 2] : volume.SliceThicknessMm;
        var runs = new List<List<int>>();
        List<int>? current = null;
        for (int s = 0; s < slices.Length; s++)
        {
            var core = slices[s].Core;
            if (core is null)
            {
                current = null;
                continue;
            }

            bool continues = current is not null && z[s] - z[current[^1]] <= 1.5 * spacing
                && Distance(slices[current[^1]].Core!.Ellipse, core.Ellipse) <= VertebraLinkMm;
            if (!continues)
            {
                current = [];
                runs.Add(current);
            }

            current!.Add(s);
        }

        runs.Reverse();
        foreach (var run in runs)
        {
            run.Reverse();
        }

        return runs;
    }

    private static double Distance(EllipticalRoi a, EllipticalRoi b) => Math.Sqrt(Math.Pow(a.CenterXMm - b.CenterXMm, 2) + Math.Pow(a.CenterYMm - b.CenterYMm, 2));

    private sealed record MeasuredVertebra(VertebraMeasurement Measurement, int[] SliceIndices);

    private static List<MeasuredVertebra> MeasureVertebrae(CtVolume volume, SliceAnalysis[] slices, List<List<int>> runs, MeasurementOptions options,
        Sampler sampler, bool patient, List<string> notes)
    {
        var labels = Labels(runs.Count, options.LevelLabels, patient, notes);
        var result = new List<MeasuredVertebra>();
        for (int v = 0; v < runs.Count; v++)
        {
            var run = runs[v];
            double mid = 0.5 * (volume.SliceZMm[run[0]] + volume.SliceZMm[run[^1]]);
            int[] chosen = options.RoiMode == RoiMode.Volumetric
                ? run.ToArray()
                : run.OrderBy(s => Math.Abs(volume.SliceZMm[s] - mid)).ThenBy(s => s).Take(options.MidLevelSlices).Order().ToArray();
            var ellipses = chosen.Select(s => slices[s].Core!.Ellipse).ToArray();
            var mean = MeanEllipse(ellipses);
            var rois = options.RoiMode == RoiMode.Volumetric
                ? ellipses.Select(e => RoiInside(e, options.CortexMarginMm)).ToArray()
                : chosen.Select(_ => RoiInside(mean, options.CortexMarginMm)).ToArray();
            if (rois.Any(r => r is null))
            {
                notes.Add($"{labels[v].Label}: the vertebral body (inner half-axes {mean.SemiAxisLateralMm:0.#} × {mean.SemiAxisApMm:0.#} mm) is too small for a {options.CortexMarginMm:0.#} mm margin; not measured");
                continue;
            }

            var regions = chosen.Select((s, k) => (s, PixelsIn(slices[s], rois[k]!))).ToArray();
            double roiArea = regions.Average(r => r.Item2.Length) * volume.Grid.PixelAreaMm2;
            double trabecularArea = chosen.Average(s => slices[s].Core!.Region.AreaMm2);
            double coverage = roiArea / trabecularArea;
            if (chosen.Length < options.MidLevelSlices)
            {
                notes.Add($"{labels[v].Label}: only {chosen.Length} slice(s) through the trabecular core; QCT practice averages at least {options.MidLevelSlices}");
            }

            if (coverage < MinCoverage)
            {
                notes.Add($"{labels[v].Label}: ROI covers {coverage * 100:0}% of the trabecular area (< 80%): the {options.CortexMarginMm:0.#} mm cortex margin and the basivertebral vein's exclusion take precedence");
            }

            int midIndex = chosen.OrderBy(s => Math.Abs(volume.SliceZMm[s] - mid)).First();
            var measurement = new VertebraMeasurement(
                labels[v].Label,
                labels[v].Source,
                sampler.Read(regions),
                rois[Array.IndexOf(chosen, midIndex)]!,
                roiArea,
                trabecularArea,
                coverage,
                chosen.Select(s => volume.SliceZMm[s]).ToArray(),
                mid);
            result.Add(new MeasuredVertebra(measurement, chosen));
        }

        return result;
    }

    private static (string Label, string Source)[] Labels(int count, IReadOnlyList<string>? hint, bool patient, List<string> notes)
    {
        if (hint is { Count: > 0 })
        {
            if (hint.Count == count)
            {
                return hint.Select(l => (l, "hint")).ToArray();
            }

            notes.Add($"{hint.Count} level label(s) given ({string.Join(", ", hint)}) but {count} vertebra(e) found: labels not applied");
        }
        else if (!patient && count == 3)
        {
            // The ESP's design: L1 superior, L2, L3 inferior (Kalender 1995).
            return [("L1", "phantom-order"), ("L2", "phantom-order"), ("L3", "phantom-order")];
        }

        return Enumerable.Range(1, count).Select(i => ("V" + i.ToString(CultureInfo.InvariantCulture), "unlabelled")).ToArray();
    }

    private static EllipticalRoi MeanEllipse(IReadOnlyList<EllipticalRoi> ellipses) => new(
        ellipses.Average(e => e.CenterXMm),
        ellipses.Average(e => e.CenterYMm),
        ellipses.Average(e => e.SemiAxisLateralMm),
        ellipses.Average(e => e.SemiAxisApMm),
        ellipses.Average(e => e.RotationDeg));

    /// <summary>The ROI inside an inner-cortex ellipse by the rule in the class remarks, or null when too small (a half-axis under 3 mm).</summary>
    internal static EllipticalRoi? RoiInside(EllipticalRoi inner, double marginMm)
    {
        double lateral = inner.SemiAxisLateralMm - marginMm;
        double anterior = -inner.SemiAxisApMm + marginMm;
        double posterior = Math.Min(inner.SemiAxisApMm - marginMm, 0.5 * inner.SemiAxisApMm);
        double ap = 0.5 * (posterior - anterior);
        if (lateral < 3 || ap < 3)
        {
            return null;
        }

        double shift = 0.5 * (posterior + anterior);
        double theta = inner.RotationDeg * Math.PI / 180;
        return new EllipticalRoi(inner.CenterXMm - shift * Math.Sin(theta), inner.CenterYMm + shift * Math.Cos(theta), lateral, ap, inner.RotationDeg);
    }

    private static int[] PixelsIn(SliceAnalysis slice, EllipticalRoi roi)
    {
        var grid = slice.Grid;
        double reach = Math.Max(roi.SemiAxisLateralMm, roi.SemiAxisApMm);
        int i0 = Math.Max(0, (int)Math.Floor(grid.Column(roi.CenterXMm - reach)));
        int i1 = Math.Min(grid.Columns - 1, (int)Math.Ceiling(grid.Column(roi.CenterXMm + reach)));
        int j0 = Math.Max(0, (int)Math.Floor(grid.Row(roi.CenterYMm - reach)));
        int j1 = Math.Min(grid.Rows - 1, (int)Math.Ceiling(grid.Row(roi.CenterYMm + reach)));
        double theta = roi.RotationDeg * Math.PI / 180, cos = Math.Cos(theta), sin = Math.Sin(theta);
        double ia = 1 / roi.SemiAxisLateralMm, ib = 1 / roi.SemiAxisApMm;
        var pixels = new List<int>();
        for (int j = j0; j <= j1; j++)
        {
            double dy = grid.Y(j) - roi.CenterYMm;
            for (int i = i0; i <= i1; i++)
            {
                double dx = grid.X(i) - roi.CenterXMm;
                double u = (dx * cos + dy * sin) * ia, v = (-dx * sin + dy * cos) * ib;
                if (u * u + v * v <= 1)
                {
                    pixels.Add(j * grid.Columns + i);
                }
            }
        }

        return pixels.ToArray();
    }

    private static IReadOnlyList<RodMeasurement> MeasureRods(SliceAnalysis[] slices, int[] onSlices, MeasurementOptions options, Sampler sampler, List<string> notes)
    {
        if (options.ExpectedRodCount is not { } count)
        {
            return [];
        }

        var middle = slices[onSlices[onSlices.Length / 2]];
        var (rods, reason) = RodFinder.Find(middle, count);
        if (rods is null)
        {
            notes.Add($"calibration rods: {reason}");
            return [];
        }

        var result = new RodMeasurement[rods.Count];
        for (int i = 0; i < rods.Count; i++)
        {
            var rod = rods[i];
            double r = RodReadingFraction * rod.RadiusMm;
            var disc = new EllipticalRoi(rod.CenterXMm, rod.CenterYMm, r, r, 0);
            var regions = onSlices.Select(s => (s, PixelsIn(slices[s], disc))).ToArray();
            result[i] = new RodMeasurement(i, rod.CenterXMm, rod.CenterYMm, rod.RadiusMm, sampler.Read(regions),
                regions.Average(g => g.Item2.Length) * middle.Grid.PixelAreaMm2);
        }

        return result;
    }

    private static ReferenceTissues MeasureTissues(SliceAnalysis[] slices, int[] onSlices, SoftTissueMasks?[] masksOf, Sampler sampler)
    {
        var air = new List<(int, int[])>();
        var sat = new List<(int, int[])>();
        var vat = new List<(int, int[])>();
        var muscle = new List<(int, int[])>();
        var csf = new List<(int, int[])>();
        var cortical = new List<(int, int[])>();
        var aorta = new List<(int, int[])>();
        bool anyCore = false, anySat = false;
        foreach (int s in onSlices)
        {
            var slice = slices[s];
            double h = slice.Grid.PixelSpacingMm;
            int columns = slice.Columns, rows = slice.Rows;
            var near = ImageOps.Dilate(slice.ObjectMask, columns, rows, AirClearanceMm / h);
            int border = (int)Math.Ceiling(2 / h);
            var airPixels = new List<int>();
            for (int j = border; j < rows - border; j++)
            {
                for (int i = border; i < columns - border; i++)
                {
                    int p = j * columns + i;
                    // Below −1100 HU is padding outside a scanner's reconstruction circle.
                    if (!near[p] && slice.Hu[p] > -1100)
                    {
                        airPixels.Add(p);
                    }
                }
            }

            air.Add((s, airPixels.ToArray()));
            if (slice.Core is null)
            {
                continue;
            }

            anyCore = true;
            var masks = masksOf[s]!;
            bool hasSat = masks.HasSubcutaneousFat;
            anySat |= hasSat;
            sat.Add((s, Indices(ImageOps.Erode(masks.Subcutaneous, columns, rows, TissueCoreMm / h))));
            vat.Add((s, Indices(ImageOps.Erode(masks.Visceral, columns, rows, TissueCoreMm / h))));
            if (hasSat && masks.Muscle is { } m)
            {
                muscle.Add((s, MuscleCore(slice, m)));
            }

            if (slice.Canal is { } canal)
            {
                var inCanal = new bool[slice.Hu.Length];
                foreach (int p in canal.Pixels)
                {
                    inCanal[p] = true;
                }

                csf.Add((s, Indices(ImageOps.Erode(inCanal, columns, rows, TissueCoreMm / h))));
            }

            cortical.Add((s, CorticalCore(slice)));
            if (masks.Aorta is { } vessel)
            {
                double r = Math.Sqrt(vessel.AreaMm2 / Math.PI) - 3;
                if (r >= 2)
                {
                    aorta.Add((s, PixelsIn(slice, new EllipticalRoi(vessel.CenterXMm, vessel.CenterYMm, r, r, 0))));
                }
            }
        }

        string noSpine = "no vertebral body found to place it by";
        TissueReading Tissue(string name, ReferenceTissue? model, List<(int, int[])> regions, string where, string absent, int minimum = MinTissueVoxels)
        {
            if (!anyCore && name != "air")
            {
                return TissueReading.NotApplicable(name, where, noSpine);
            }

            int voxels = regions.Sum(r => r.Item2.Length);
            if (voxels < minimum)
            {
                return TissueReading.NotApplicable(name, where, voxels == 0 ? absent : $"{absent} ({voxels} voxels, fewer than {minimum})");
            }

            var reading = sampler.Read(regions.ToArray());
            if (model is not null)
            {
                var (lo, hi) = model.Window;
                if (reading.MeanHu < lo || reading.MeanHu > hi)
                {
                    return TissueReading.NotApplicable(name, where,
                        $"reads {reading.MeanHu:0.#} HU, outside the {model.Name} sanity window {lo:0}..{hi:0} HU");
                }
            }

            return TissueReading.Sampled(name, reading, where);
        }

        return new ReferenceTissues(
            Tissue("muscle", ReferenceTissue.Muscle, muscle, "paraspinal muscle behind the spinal canal, 2 mm inside and 10 mm from bone",
                anySat ? "no paraspinal muscle found behind the spinal canal" : NotPatient),
            Tissue("subcutaneousFat", ReferenceTissue.Fat, sat, "fat connected to the skin, 2 mm inside", "no subcutaneous fat"),
            Tissue("visceralFat", ReferenceTissue.Fat, vat, "fat inside the body wall, 2 mm inside", "no visceral fat"),
            Tissue("air", ReferenceTissue.Air, air, $"outside the object, {AirClearanceMm:0} mm clear of it", "no air outside the object in the field of view", MinAirVoxels),
            Tissue("blood", ReferenceTissue.Blood, aorta, "aortic lumen, 3 mm inside its wall", anySat ? "no aorta found anterior-left of the vertebral body" : NotPatient),
            Tissue("csf", ReferenceTissue.Csf, csf, "spinal canal, 2 mm inside", "no spinal canal found behind the vertebral body"),
            Tissue("corticalBone", ReferenceTissue.CorticalBone, cortical, $"cores (2 mm inside the {CorticalBoneHu:0} HU contour) of the posterior elements and ribs", "no cortical structure thicker than 4 mm"),
            Tissue("aorta", null, aorta, "aortic lumen, 3 mm inside its wall, any enhancement", anySat ? "no aorta found anterior-left of the vertebral body" : NotPatient));
    }

    // The paraspinal muscle's core (2 mm inside) at least 10 mm from bone: where a physicist puts the
    // muscle ROI, in the bellies away from the laminae and spinous process, whose partial volume and
    // beam-hardening halo raise the muscle next to them by several HU.
    private static int[] MuscleCore(SliceAnalysis slice, bool[] muscle)
    {
        double h = slice.Grid.PixelSpacingMm;
        var bone = new bool[muscle.Length];
        for (int p = 0; p < bone.Length; p++)
        {
            bone[p] = slice.Smooth[p] > CorticalBoneHu;
        }

        var fromBone = ImageOps.DistanceTo(bone, slice.Columns, slice.Rows);
        var core = ImageOps.Erode(muscle, slice.Columns, slice.Rows, TissueCoreMm / h);
        for (int p = 0; p < core.Length; p++)
        {
            core[p] &= fromBone[p] * h >= MuscleBoneClearanceMm;
        }

        return Indices(core);
    }

    // Cores of dense bone away from the vertebral body's thin shell.
    private static int[] CorticalCore(SliceAnalysis slice)
    {
        var core = slice.Core!.Ellipse;
        var shell = core with { SemiAxisLateralMm = core.SemiAxisLateralMm + 4, SemiAxisApMm = core.SemiAxisApMm + 4 };
        var bone = new bool[slice.Hu.Length];
        for (int p = 0; p < bone.Length; p++)
        {
            bone[p] = slice.BodyMask[p] && slice.Smooth[p] > CorticalBoneHu && !shell.Contains(slice.X(p), slice.Y(p));
        }

        return Indices(ImageOps.Erode(bone, slice.Columns, slice.Rows, CorticalCoreMm / slice.Grid.PixelSpacingMm));
    }

    private static BodyComposition MeasureBodyComposition(SliceAnalysis[] slices, int[] onSlices, SoftTissueMasks?[] masksOf, MuscleWindow window)
    {
        var withCore = onSlices.Where(s => slices[s].Core is not null).ToArray();
        if (withCore.Length == 0)
        {
            return new BodyComposition(null, null, window.ToString(), null, null, null, "no vertebral body found: the measured level is unknown");
        }

        double pixelCm2 = slices[0].Grid.PixelAreaMm2 / 100;
        double sat = withCore.Average(s => CountOf(masksOf[s]!.Subcutaneous)) * pixelCm2;
        if (sat < 10)
        {
            return new BodyComposition(null, null, window.ToString(), null, null, null, NotPatient);
        }

        double vat = withCore.Average(s => CountOf(masksOf[s]!.Visceral)) * pixelCm2;
        double muscleArea = 0, muscleSum = 0;
        int muscleCount = 0;
        foreach (int s in withCore)
        {
            if (masksOf[s]!.Muscle is not { } m)
            {
                continue;
            }

            for (int p = 0; p < m.Length; p++)
            {
                if (m[p])
                {
                    muscleSum += slices[s].Hu[p];
                    muscleCount++;
                }
            }
        }

        muscleArea = muscleCount * pixelCm2 / withCore.Length;
        return new BodyComposition(
            muscleCount > 0 ? muscleArea : null,
            muscleCount > 0 ? muscleSum / muscleCount : null,
            window.ToString(),
            vat,
            sat,
            vat / sat,
            null);
    }

    private static int CountOf(bool[] mask)
    {
        int count = 0;
        foreach (bool b in mask)
        {
            if (b)
            {
                count++;
            }
        }

        return count;
    }

    private static int[] Indices(bool[] mask)
    {
        var list = new List<int>();
        for (int p = 0; p < mask.Length; p++)
        {
            if (mask[p])
            {
                list.Add(p);
            }
        }

        return list.ToArray();
    }

    /// <summary>Reads pooled pixel sets on every image of the series.</summary>
    private sealed class Sampler(IReadOnlyList<CtVolume> images, IReadOnlyList<string> keys)
    {
        public HuReadings Read(IReadOnlyList<(int Slice, int[] Pixels)> regions)
        {
            var readings = new HuReading[images.Count];
            for (int k = 0; k < images.Count; k++)
            {
                // Welford's update: one pass, no cancellation.
                double mean = 0, m2 = 0;
                int n = 0;
                foreach (var (slice, pixels) in regions)
                {
                    var hu = images[k].SlicesHu[slice];
                    foreach (int p in pixels)
                    {
                        n++;
                        double delta = hu[p] - mean;
                        mean += delta / n;
                        m2 += delta * (hu[p] - mean);
                    }
                }

                readings[k] = new HuReading(keys[k], mean, n > 1 ? Math.Sqrt(m2 / (n - 1)) : 0, n);
            }

            return new HuReadings(readings);
        }
    }
}
