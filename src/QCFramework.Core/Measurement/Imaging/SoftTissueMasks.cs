namespace QCFramework.Measurement.Imaging;

/// <summary>
/// Fat, muscle and the vessels on one slice of the reference image (muscle and vessels only in a
/// patient's section: one with subcutaneous fat).
/// <list type="bullet">
/// <item>Fat: the standard adipose window −190…−30 HU (Yoshizumi T et al., Radiology 211 (1999) 283)
/// inside the body, opened by 1 mm so the partial-volume rim at the skin and around the lungs does not
/// count. Subcutaneous fat is the fat connected to the body's outer 4 mm; visceral fat is the rest.</item>
/// <item>Paraspinal muscle: window pixels behind the spinal canal, outside the fat. When the window
/// holds two populations (muscle and a lower-density soft tissue such as retroperitoneal organs, class
/// means ≥ 25 HU apart by Otsu's split of the more heavily smoothed image, where noise no longer
/// decides which pixels pass) only the denser is muscle. The body-wall muscle layer lies on
/// the paraspinal muscles without a fat plane between them, so its thickness is measured at the flanks
/// (the median muscle run inside the subcutaneous fat, left and right, on the rows within 10 mm of the
/// vertebral body's centre) and everything that close to the subcutaneous fat is left out. A run over 30 mm is no body wall: a
/// contrast phase has enhanced the tissue around the muscles to near their CT number (portal venous:
/// about 10 HU below), and the window is split again on a 3 mm-smoothed image, where those two peaks
/// stand apart with a valley between them. After a 2 mm opening (partial-volume specks), the paraspinal muscles are the
/// components reaching within 30 mm of the spine's midline.</item>
/// <item>Aorta: anatomy puts it anterior and to the left of the vertebral body: in a box there
/// (45 mm in front of the body, from 10 mm right to 50 mm left of its centre, clear of the cortex),
/// thresholded at levels from −20 to 600 HU (enhanced or not), the round region (radius 6–18 mm,
/// axes within 1.5:1) whose median is most above the median of a 2–4 mm band around it, by at least 30 HU.</item>
/// </list>
/// </summary>
internal sealed class SoftTissueMasks
{
    public const double FatLowHu = -190;
    public const double FatHighHu = -30;
    private const double OpeningMm = 1;
    private const double SubcutaneousDepthMm = 4;
    private const double MuscleOpeningMm = 2;
    private const double MuscleMidlineReachMm = 30;
    private const double BimodalSeparationHu = 25;
    private const double MaxWallMm = 30;
    private const double EnhancedSplitSigmaMm = 3;
    private const double EnhancedSplitRangeHu = 25;
    private const double WallRowsMm = 10;
    private const double MaxValleyRatio = 0.85;
    private const double AortaContrastHu = 30;
    private const double AortaFirstLevelHu = -20;
    private const double AortaLastLevelHu = 600;
    private const double AortaLevelStepHu = 15;
    private const double VertebraClearanceMm = 3.5;

    public SoftTissueMasks(SliceAnalysis slice, MuscleWindow window)
    {
        int n = slice.Hu.Length, columns = slice.Columns, rows = slice.Rows;
        double h = slice.Grid.PixelSpacingMm;
        var fat = new bool[n];
        for (int p = 0; p < n; p++)
        {
            fat[p] = slice.BodyMask[p] && slice.Smooth[p] >= FatLowHu && slice.Smooth[p] <= FatHighHu;
        }

        fat = ImageOps.Open(fat, columns, rows, OpeningMm / h);
        var depth = ImageOps.DistanceInside(slice.BodyMask, columns, rows);
        var seeds = new bool[n];
        for (int p = 0; p < n; p++)
        {
            seeds[p] = fat[p] && depth[p] * h <= SubcutaneousDepthMm;
        }

        Subcutaneous = ImageOps.Reconstruct(fat, seeds, columns, rows);
        Visceral = new bool[n];
        for (int p = 0; p < n; p++)
        {
            Visceral[p] = fat[p] && !Subcutaneous[p];
        }

        // Without subcutaneous fat the section is not a patient's (a phantom): no muscle or vessels to look for.
        HasSubcutaneousFat = Array.IndexOf(Subcutaneous, true) >= 0;
        Muscle = HasSubcutaneousFat ? FindParaspinalMuscle(slice, window, fat, Subcutaneous) : null;
        Aorta = HasSubcutaneousFat ? FindAorta(slice) : null;
    }

    public bool[] Subcutaneous { get; }

    /// <summary>True when any subcutaneous fat was found (a patient's section).</summary>
    public bool HasSubcutaneousFat { get; }

    public bool[] Visceral { get; }

    /// <summary>Paraspinal muscle in the window, or null (no canal to place it by, or nothing found).</summary>
    public bool[]? Muscle { get; }

    /// <summary>The aorta's lumen, or null.</summary>
    public PixelRegion? Aorta { get; }

    private static bool[]? FindParaspinalMuscle(SliceAnalysis slice, MuscleWindow window, bool[] fat, bool[] subcutaneous)
    {
        if (slice.Core is not { } core)
        {
            return null;
        }

        int n = slice.Hu.Length, columns = slice.Columns, rows = slice.Rows;
        double h = slice.Grid.PixelSpacingMm;
        double midlineX = core.Ellipse.CenterXMm;
        double backY = slice.Canal?.CenterYMm ?? core.Ellipse.CenterYMm + core.Ellipse.SemiAxisApMm + 8;
        var canal = new bool[n];
        if (slice.Canal is { } c)
        {
            foreach (int p in c.Pixels)
            {
                canal[p] = true;
            }

            canal = ImageOps.Dilate(canal, columns, rows, 1 / h);
        }

        var inWindow = new bool[n];
        var values = new List<float>();
        for (int p = 0; p < n; p++)
        {
            float v = slice.Smooth[p];
            if (slice.BodyMask[p] && !fat[p] && !canal[p] && v >= window.LowHu && v <= window.HighHu)
            {
                inWindow[p] = true;
                float soft = slice.SoftSmooth[p];
                // Next to bone the heavier smoothing is raised by the bone: such pixels do not inform the split.
                if (slice.Y(p) >= backY && soft >= window.LowHu && soft <= window.HighHu)
                {
                    values.Add(soft);
                }
            }
        }

        if (values.Count == 0)
        {
            return null;
        }

        var (split, lowerMean, upperMean) = Histogram.Otsu(values, window.LowHu, window.HighHu);
        var windowOnly = (bool[])inWindow.Clone();
        if (upperMean - lowerMean >= BimodalSeparationHu)
        {
            for (int p = 0; p < n; p++)
            {
                inWindow[p] &= slice.SoftSmooth[p] >= split;
            }
        }

        double wall = WallThicknessPixels(slice, inWindow, subcutaneous, core.Ellipse.CenterYMm);
        if (wall * h > MaxWallMm && SplitEnhancedNeighbour(slice, windowOnly, backY) is { } denser)
        {
            // The heavier smoothing pulls the wall's edge next to the fat below the split: the run is
            // counted from the fat, across up to two smoothing widths of edge.
            double denserWall = WallThicknessPixels(slice, denser, subcutaneous, core.Ellipse.CenterYMm, (int)Math.Ceiling(2 * EnhancedSplitSigmaMm / h));
            if (denserWall * h <= MaxWallMm)
            {
                inWindow = denser;
                wall = denserWall;
            }
        }

        var fromFat = ImageOps.DistanceTo(subcutaneous, columns, rows);
        var candidate = new bool[n];
        for (int p = 0; p < n; p++)
        {
            candidate[p] = inWindow[p] && slice.Y(p) >= backY && fromFat[p] > wall;
        }

        var opened = ImageOps.Open(candidate, columns, rows, MuscleOpeningMm / h);
        var seeds = new bool[n];
        bool any = false;
        for (int p = 0; p < n; p++)
        {
            if (opened[p] && Math.Abs(slice.X(p) - midlineX) <= MuscleMidlineReachMm)
            {
                seeds[p] = true;
                any = true;
            }
        }

        return any ? ImageOps.Reconstruct(opened, seeds, columns, rows) : null;
    }

    // A contrast phase can enhance the soft tissue around the muscles to within about 10 HU of them, too
    // close for the first split: the flank's muscle run then crosses that tissue and is far thicker than
    // a body wall (over 30 mm). The two peaks are then told apart on a more heavily smoothed image (3 mm
    // Gaussian), by Otsu's split of the window's pixels behind the canal within 25 HU of their median
    // (so partial-volume edges and an enhanced organ's tail do not pull it), when the histogram has a
    // valley there (at most 0.85 of the lower peak; one population has none); the denser class is muscle.
    private static bool[]? SplitEnhancedNeighbour(SliceAnalysis slice, bool[] inWindow, double backY)
    {
        var heavy = ImageOps.GaussianSmooth(slice.Hu, slice.Columns, slice.Rows, EnhancedSplitSigmaMm / slice.Grid.PixelSpacingMm);
        var values = new List<float>();
        for (int p = 0; p < inWindow.Length; p++)
        {
            if (inWindow[p] && slice.Y(p) >= backY)
            {
                values.Add(heavy[p]);
            }
        }

        if (values.Count == 0)
        {
            return null;
        }

        double median = Histogram.Quantile(values, 0.5);
        double low = median - EnhancedSplitRangeHu, high = median + EnhancedSplitRangeHu;
        var near = values.FindAll(v => v >= low && v <= high);
        var (split, _, _) = Histogram.Otsu(near, low, high);
        // Only two populations make a valley; one (a thick wall, noise alone) is never split in two.
        if (Histogram.ValleyRatio(near, low, high, split) > MaxValleyRatio)
        {
            return null;
        }

        var denser = new bool[inWindow.Length];
        for (int p = 0; p < inWindow.Length; p++)
        {
            denser[p] = inWindow[p] && heavy[p] >= split;
        }

        return denser;
    }

    // The body-wall muscle layer's thickness at the flanks: the run of muscle pixels just inside the
    // subcutaneous fat, left and right, on every row within 10 mm of the vertebral body's centre; the
    // median of those runs, so a rib in the wall on some rows (a short run) does not set it. With an
    // edge width, up to that many non-muscle pixels next to the fat are crossed and counted in the run.
    private static double WallThicknessPixels(SliceAnalysis slice, bool[] muscle, bool[] subcutaneous, double yMm, int edgePixels = 0)
    {
        int centre = (int)Math.Round(slice.Grid.Row(yMm));
        int reach = (int)Math.Round(WallRowsMm / slice.Grid.PixelSpacingMm);
        var runs = new List<float>();
        for (int j = Math.Max(0, centre - reach); j <= Math.Min(slice.Rows - 1, centre + reach); j++)
        {
            runs.Add(Run(j, 0, 1));
            runs.Add(Run(j, slice.Columns - 1, -1));
        }

        return runs.Count == 0 ? 0 : Histogram.Quantile(runs, 0.5);

        bool Inside(int i) => i >= 0 && i < slice.Columns;
        int Run(int j, int start, int step)
        {
            int i = start;
            while (Inside(i) && !subcutaneous[j * slice.Columns + i])
            {
                i += step;
            }

            while (Inside(i) && subcutaneous[j * slice.Columns + i])
            {
                i += step;
            }

            // The fat–muscle boundary pixels belong to neither window.
            int gap = 0;
            while (gap < 3 + edgePixels && Inside(i) && !muscle[j * slice.Columns + i])
            {
                gap++;
                i += step;
            }

            int run = edgePixels > 0 ? gap : 0;
            while (Inside(i) && muscle[j * slice.Columns + i])
            {
                run++;
                i += step;
            }

            return run;
        }
    }

    private static PixelRegion? FindAorta(SliceAnalysis slice)
    {
        if (slice.Core is not { } core)
        {
            return null;
        }

        var grid = slice.Grid;
        var e = core.Ellipse;
        double front = e.CenterYMm - e.SemiAxisApMm;
        var vertebra = e with { SemiAxisLateralMm = e.SemiAxisLateralMm + VertebraClearanceMm, SemiAxisApMm = e.SemiAxisApMm + VertebraClearanceMm };
        int i0 = Math.Max(0, (int)Math.Floor(grid.Column(e.CenterXMm - 10))), i1 = Math.Min(slice.Columns - 1, (int)Math.Ceiling(grid.Column(e.CenterXMm + 50)));
        int j0 = Math.Max(0, (int)Math.Floor(grid.Row(front - 45))), j1 = Math.Min(slice.Rows - 1, (int)Math.Ceiling(grid.Row(front + 5)));
        int w = i1 - i0 + 1, hgt = j1 - j0 + 1;
        if (w < 3 || hgt < 3)
        {
            return null;
        }

        var box = new bool[w * hgt];
        var values = new float[w * hgt];
        for (int j = 0; j < hgt; j++)
        {
            for (int i = 0; i < w; i++)
            {
                int p = (j0 + j) * slice.Columns + i0 + i;
                box[j * w + i] = slice.BodyMask[p] && !vertebra.Contains(slice.X(p), slice.Y(p));
                values[j * w + i] = slice.SoftSmooth[p];
            }
        }

        var local = new Phantoms.RasterGrid(w, hgt, grid.PixelSpacingMm, grid.X(i0 + 0.5 * (w - 1)), grid.Y(j0 + 0.5 * (hgt - 1)));
        var bright = new bool[box.Length];
        var labels = new int[box.Length];
        var sizes = new List<int>();
        PixelRegion? best = null;
        double bestContrast = AortaContrastHu;
        for (double level = AortaFirstLevelHu; level <= AortaLastLevelHu; level += AortaLevelStepHu)
        {
            for (int q = 0; q < box.Length; q++)
            {
                bright[q] = box[q] && values[q] >= level;
            }

            int count = ImageOps.LabelComponents(bright, w, hgt, labels, sizes);
            for (int c = 1; c <= count; c++)
            {
                double radius = Math.Sqrt(sizes[c - 1] * grid.PixelAreaMm2 / Math.PI);
                if (radius < 6 || radius > 18)
                {
                    continue;
                }

                var pixels = new List<int>(sizes[c - 1]);
                for (int q = 0; q < labels.Length; q++)
                {
                    if (labels[q] == c)
                    {
                        pixels.Add(q);
                    }
                }

                var region = new PixelRegion(pixels.ToArray(), local);
                bool round = region.FillRatio >= 0.85 && region.SemiMajorMm <= 1.5 * region.SemiMinorMm;
                if (!round || region.CenterXMm < e.CenterXMm - 5)
                {
                    continue;
                }

                double contrast = Contrast(region, labels, c, values, box, w, hgt, grid.PixelSpacingMm);
                if (contrast > bestContrast)
                {
                    bestContrast = contrast;
                    best = new PixelRegion(pixels.Select(q => (j0 + q / w) * slice.Columns + i0 + q % w).ToArray(), grid);
                }
            }
        }

        return best;
    }

    // Median inside the component minus the median of a 2–4 mm band around it (robust to bone nearby).
    private static double Contrast(PixelRegion region, int[] labels, int label, float[] values, bool[] box, int w, int h, double pixelMm)
    {
        var mask = new bool[labels.Length];
        var inside = new List<float>();
        foreach (int q in region.Pixels)
        {
            mask[q] = true;
            inside.Add(values[q]);
        }

        var near = ImageOps.Dilate(mask, w, h, 4 / pixelMm);
        var close = ImageOps.Dilate(mask, w, h, 2 / pixelMm);
        var band = new List<float>();
        for (int q = 0; q < labels.Length; q++)
        {
            if (near[q] && !close[q] && box[q] && labels[q] != label)
            {
                band.Add(values[q]);
            }
        }

        return band.Count == 0 ? 0 : Histogram.Quantile(inside, 0.5) - Histogram.Quantile(band, 0.5);
    }
}
