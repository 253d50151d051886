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
/// (the muscle run inside the subcutaneous fat, left and right, on the row through the vertebral body)
/// and everything that close to the subcutaneous fat is left out. After a 2 mm opening (partial-volume
/// specks), the paraspinal muscles are the components reaching within 30 mm of the spine's midline.</item>
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
        if (upperMean - lowerMean >= BimodalSeparationHu)
        {
            for (int p = 0; p < n; p++)
            {
                inWindow[p] &= slice.SoftSmooth[p] >= split;
            }
        }

        double wall = WallThicknessPixels(slice, inWindow, subcutaneous, core.Ellipse.CenterYMm);
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

    // The body-wall muscle layer's thickness at the flanks, on the row through the vertebral body:
    // the run of muscle pixels just inside the subcutaneous fat, left and right, averaged.
    private static double WallThicknessPixels(SliceAnalysis slice, bool[] muscle, bool[] subcutaneous, double yMm)
    {
        int j = (int)Math.Round(slice.Grid.Row(yMm));
        if (j < 0 || j >= slice.Rows)
        {
            return 0;
        }

        bool Inside(int i) => i >= 0 && i < slice.Columns;
        int Run(int start, int step)
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
            for (int gap = 0; gap < 3 && Inside(i) && !muscle[j * slice.Columns + i]; gap++)
            {
                i += step;
            }

            int run = 0;
            while (Inside(i) && muscle[j * slice.Columns + i])
            {
                run++;
                i += step;
            }

            return run;
        }

        return 0.5 * (Run(0, 1) + Run(slice.Columns - 1, -1));
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
