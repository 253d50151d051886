using QCFramework.Phantoms;

namespace QCFramework.Measurement.Imaging;

/// <summary>
/// One slice of the reference image as the measurement sees it: the image lightly smoothed for
/// segmentation (readings always use the original CT numbers), the object and body masks, the
/// calibration pad when there is one, and the vertebral body's trabecular core and spinal canal.
/// </summary>
internal sealed class SliceAnalysis
{
    private readonly Lazy<float[]> _softSmooth;

    /// <summary>Smoothing before segmentation, mm (a Gaussian's σ): tames noise, keeps 1 mm cortices.</summary>
    public const double SmoothingSigmaMm = 0.6;

    /// <summary>
    /// Heavier smoothing for telling soft tissues apart (muscle from organ tissue, vessels), mm: their
    /// contrasts are tens of HU, so noise must be averaged down before thresholding — and the readings
    /// then taken inside such masks are not biased by selecting noisy pixels (at 70 kVp the noise is
    /// 50 HU per pixel; a 1.5 mm Gaussian leaves about a tenth of it and weighs each pixel by 2%).
    /// </summary>
    public const double SoftTissueSmoothingSigmaMm = 1.5;

    /// <summary>Object threshold: halfway between air and water.</summary>
    public const double ObjectThresholdHu = -500;

    public SliceAnalysis(RasterGrid grid, float[] hu, double zMm)
    {
        Grid = grid;
        Hu = hu;
        ZMm = zMm;
        Smooth = ImageOps.GaussianSmooth(hu, grid.Columns, grid.Rows, SmoothingSigmaMm / grid.PixelSpacingMm);
        _softSmooth = new Lazy<float[]>(() => ImageOps.GaussianSmooth(hu, grid.Columns, grid.Rows, SoftTissueSmoothingSigmaMm / grid.PixelSpacingMm));
        ObjectMask = new bool[hu.Length];
        for (int p = 0; p < hu.Length; p++)
        {
            ObjectMask[p] = Smooth[p] > ObjectThresholdHu;
        }

        Pad = PadFinder.Find(this);
        BodyMask = FindBody();
        int bodyPixels = 0;
        double sx = 0;
        for (int p = 0; p < BodyMask.Length; p++)
        {
            if (BodyMask[p])
            {
                bodyPixels++;
                sx += grid.X(p % grid.Columns);
            }
        }

        BodyAreaMm2 = bodyPixels * grid.PixelAreaMm2;
        BodyBox = BoundingBox(BodyMask, grid.Columns, grid.Rows);
        BodyCenterXMm = bodyPixels > 0 ? sx / bodyPixels : grid.CenterXMm;
        (Core, Canal) = VertebraFinder.Find(this);
    }

    public RasterGrid Grid { get; }

    public int Columns => Grid.Columns;

    public int Rows => Grid.Rows;

    /// <summary>Original CT numbers.</summary>
    public float[] Hu { get; }

    /// <summary>CT numbers smoothed for segmentation.</summary>
    public float[] Smooth { get; }

    /// <summary>CT numbers smoothed more, for soft-tissue segmentation.</summary>
    public float[] SoftSmooth => _softSmooth.Value;

    public double ZMm { get; }

    /// <summary>Everything denser than the object threshold (body and pad).</summary>
    public bool[] ObjectMask { get; }

    /// <summary>The calibration pad, or null.</summary>
    public PadRegion? Pad { get; }

    /// <summary>The body (the largest object above the pad, holes filled).</summary>
    public bool[] BodyMask { get; }

    public double BodyAreaMm2 { get; }

    public double BodyCenterXMm { get; }

    /// <summary>The body's bounding box with a one-pixel frame, clipped to the image: first column, first row, width, height.</summary>
    public (int Column, int Row, int Width, int Height) BodyBox { get; }

    /// <summary>The vertebral body's trabecular core (inside the cortex), or null.</summary>
    public TrabecularCore? Core { get; }

    /// <summary>The spinal canal, or null.</summary>
    public PixelRegion? Canal { get; }

    public double X(int pixel) => Grid.X(pixel % Grid.Columns);

    public double Y(int pixel) => Grid.Y(pixel / Grid.Columns);

    private static (int, int, int, int) BoundingBox(bool[] mask, int columns, int rows)
    {
        int i0 = columns, i1 = -1, j0 = rows, j1 = -1;
        for (int p = 0; p < mask.Length; p++)
        {
            if (mask[p])
            {
                int i = p % columns, j = p / columns;
                i0 = Math.Min(i0, i);
                i1 = Math.Max(i1, i);
                j0 = Math.Min(j0, j);
                j1 = Math.Max(j1, j);
            }
        }

        if (i1 < 0)
        {
            return (0, 0, columns, rows);
        }

        i0 = Math.Max(0, i0 - 1);
        j0 = Math.Max(0, j0 - 1);
        i1 = Math.Min(columns - 1, i1 + 1);
        j1 = Math.Min(rows - 1, j1 + 1);
        return (i0, j0, i1 - i0 + 1, j1 - j0 + 1);
    }

    private bool[] FindBody()
    {
        var candidate = (bool[])ObjectMask.Clone();
        if (Pad is { } pad)
        {
            // The pad touches the body's back: cut at its top edge.
            for (int j = Math.Max(0, pad.TopRow - 1); j < Rows; j++)
            {
                Array.Clear(candidate, j * Columns, Columns);
            }
        }

        var labels = new int[candidate.Length];
        var sizes = new List<int>();
        int count = ImageOps.LabelComponents(candidate, Columns, Rows, labels, sizes);
        if (count == 0)
        {
            return candidate;
        }

        int largest = 1;
        for (int c = 2; c <= count; c++)
        {
            if (sizes[c - 1] > sizes[largest - 1])
            {
                largest = c;
            }
        }

        for (int p = 0; p < candidate.Length; p++)
        {
            candidate[p] = labels[p] == largest;
        }

        // Lungs and bowel gas are inside the body.
        return ImageOps.FillHoles(candidate, Columns, Rows);
    }
}
