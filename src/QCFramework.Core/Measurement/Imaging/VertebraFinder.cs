namespace QCFramework.Measurement.Imaging;

/// <summary>
/// Finds the vertebral body's trabecular core on a slice as the region the cortical shell encloses:
/// at a threshold between trabecular bone and cortex, the pixels below it that cannot reach the image
/// border are the holes of the bone rings — the trabecular core and the spinal canal (ribs and other
/// bones are solid and enclose nothing). Thresholds from 150 HU up in 75 HU steps give the holes of a
/// vertebral body's size and elliptical shape near the midline (a trabecular core denser than a
/// threshold is not a hole at it); the body is the most anterior of them, taken at the lowest threshold
/// that shows it, since the canal behind it is a hole too. The threshold is then refined to halfway between the core's
/// median and the ring's 90th percentile, which puts the boundary at the inner surface of the cortex
/// for a blurred edge.
/// </summary>
internal static class VertebraFinder
{
    private const double FirstThresholdHu = 150;
    private const double LastThresholdHu = 1200;
    private const double ThresholdStepHu = 75;
    private const double MinCoreAreaMm2 = 150;
    private const double MaxCoreAreaMm2 = 5000;
    private const double MinCoreSemiAxisMm = 6;
    private const double MinFillRatio = 0.85;
    private const double MaxFillRatio = 1.15;
    private const double MaxMidlineOffsetMm = 40;
    private const double MinCanalAreaMm2 = 40;
    private const double RingBandMm = 2;

    public static (TrabecularCore? Core, PixelRegion? Canal) Find(SliceAnalysis slice)
    {
        // Every threshold's best candidate; the canal is a valid hole too, at lower thresholds than a
        // dense core, so the body is the most anterior candidate (the canal lies behind it).
        var candidates = new List<(double Threshold, PixelRegion Core)>();
        for (double t = FirstThresholdHu; t <= LastThresholdHu; t += ThresholdStepHu)
        {
            foreach (var hole in Holes(slice, t))
            {
                if (IsCore(slice, hole))
                {
                    candidates.Add((t, hole));
                }
            }
        }

        if (candidates.Count == 0)
        {
            return (null, null);
        }

        double front = candidates.Min(c => c.Core.CenterYMm);
        var (threshold, core) = candidates
            .Where(c => c.Core.CenterYMm <= front + MinCoreSemiAxisMm)
            .OrderBy(c => c.Threshold)
            .First();
        double refined = RefinedThreshold(slice, core);
        var refinedHoles = Holes(slice, refined);
        var refinedCore = refinedHoles.Where(h => IsCore(slice, h) && Overlaps(h, core)).OrderByDescending(h => h.AreaMm2).FirstOrDefault();
        return refinedCore is not null
            ? (new TrabecularCore(refinedCore, refinedCore.AsAnatomicalEllipse(), refined), Canal(refinedHoles, refinedCore))
            : (new TrabecularCore(core, core.AsAnatomicalEllipse(), threshold), Canal(Holes(slice, threshold), core));
    }

    // Enclosed components of {smooth ≤ t} inside the body. Holes lie inside the body, so the search
    // runs on the body's bounding box with a one-pixel frame (air, connected to the border).
    private static List<PixelRegion> Holes(SliceAnalysis slice, double t)
    {
        var (i0, j0, w, h) = slice.BodyBox;
        int n = w * h;
        var low = new bool[n];
        for (int j = 0; j < h; j++)
        {
            for (int i = 0; i < w; i++)
            {
                int p = (j0 + j) * slice.Columns + i0 + i;
                low[j * w + i] = slice.Smooth[p] <= t || !slice.BodyMask[p];
            }
        }

        var outside = ImageOps.ConnectedToBorder(low, w, h);
        var holes = new bool[n];
        for (int q = 0; q < n; q++)
        {
            holes[q] = low[q] && !outside[q];
        }

        var labels = new int[n];
        var sizes = new List<int>();
        int count = ImageOps.LabelComponents(holes, w, h, labels, sizes);
        var pixelsOf = new List<int>?[count];
        double minPixels = MinCanalAreaMm2 / slice.Grid.PixelAreaMm2;
        for (int c = 0; c < count; c++)
        {
            pixelsOf[c] = sizes[c] >= minPixels ? new List<int>(sizes[c]) : null;
        }

        for (int q = 0; q < n; q++)
        {
            int label = labels[q];
            if (label > 0 && pixelsOf[label - 1] is { } list)
            {
                list.Add((j0 + q / w) * slice.Columns + i0 + q % w);
            }
        }

        var regions = new List<PixelRegion>();
        foreach (var list in pixelsOf)
        {
            if (list is not null)
            {
                regions.Add(new PixelRegion(list.ToArray(), slice.Grid));
            }
        }

        return regions;
    }

    private static bool IsCore(SliceAnalysis slice, PixelRegion hole) =>
        hole.AreaMm2 >= MinCoreAreaMm2 && hole.AreaMm2 <= MaxCoreAreaMm2
        && hole.SemiMinorMm >= MinCoreSemiAxisMm
        && hole.FillRatio >= MinFillRatio && hole.FillRatio <= MaxFillRatio
        && Math.Abs(hole.CenterXMm - slice.BodyCenterXMm) <= MaxMidlineOffsetMm;

    // The canal: an elliptical hole behind the core, on its midline.
    private static PixelRegion? Canal(List<PixelRegion> holes, PixelRegion core)
    {
        PixelRegion? best = null;
        foreach (var hole in holes)
        {
            if (Overlaps(hole, core) || hole.AreaMm2 < MinCanalAreaMm2 || hole.FillRatio < 0.8)
            {
                continue;
            }

            bool behind = hole.CenterYMm > core.CenterYMm + 0.5 * core.SemiMinorMm;
            bool midline = Math.Abs(hole.CenterXMm - core.CenterXMm) <= 10;
            if (behind && midline && (best is null || hole.AreaMm2 > best.AreaMm2))
            {
                best = hole;
            }
        }

        return best;
    }

    private static double RefinedThreshold(SliceAnalysis slice, PixelRegion core)
    {
        var inside = new bool[slice.Hu.Length];
        var interior = new List<float>(core.Pixels.Length);
        foreach (int p in core.Pixels)
        {
            inside[p] = true;
            interior.Add(slice.Hu[p]);
        }

        var near = ImageOps.Dilate(inside, slice.Columns, slice.Rows, RingBandMm / slice.Grid.PixelSpacingMm);
        var ring = new List<float>();
        for (int p = 0; p < near.Length; p++)
        {
            if (near[p] && !inside[p])
            {
                ring.Add(slice.Smooth[p]);
            }
        }

        return 0.5 * (Histogram.Quantile(interior, 0.5) + Histogram.Quantile(ring, 0.9));
    }

    private static bool Overlaps(PixelRegion a, PixelRegion b) =>
        Math.Abs(a.CenterXMm - b.CenterXMm) < 0.5 * b.SemiMajorMm && Math.Abs(a.CenterYMm - b.CenterYMm) < 0.5 * b.SemiMinorMm;
}
