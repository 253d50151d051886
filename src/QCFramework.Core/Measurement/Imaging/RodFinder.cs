namespace QCFramework.Measurement.Imaging;

/// <summary>
/// Finds the certificate's N rods in a calibration pad. Rod phantoms hold their rods on the pad's
/// mid-line at a regular pitch, symmetric about the pad's centre; a rod may have no contrast against
/// the pad (a 0 mg/cm³ rod in a resin pad), so rods are not searched one by one. Instead the mid-line
/// profile (mean of ±2 mm of rows) is fitted by N plateaus of a common radius at a common pitch on a
/// background: the least-squares piecewise-constant fit over radius (4–15 mm), pitch and centre
/// (within 5 mm of the pad's centre: the rods are symmetric about it, which also settles where a rod
/// without contrast is), on 0.5 mm steps, with prefix sums (O(1) per segment).
/// </summary>
internal static class RodFinder
{
    private const double StepMm = 0.5;
    private const double MinRadiusMm = 4;
    private const double MaxRadiusMm = 15;
    private const double MinGapMm = 3;
    private const double CentreSearchMm = 5;
    private const double MinRSquared = 0.5;
    private const double MinRodContrastHu = 25;

    /// <summary>The rods in increasing x, or null with the reason.</summary>
    public static (IReadOnlyList<RodPosition>? Rods, string? Reason) Find(SliceAnalysis slice, int count)
    {
        if (slice.Pad is not { } pad)
        {
            return (null, "no calibration pad under the object (no straight-sided posterior rows)");
        }

        var grid = slice.Grid;
        double h = grid.PixelSpacingMm;
        int midRow = (pad.TopRow + pad.BottomRow) / 2;
        int halfBand = Math.Max(1, (int)Math.Round(2 / h));
        int inset = (int)Math.Ceiling(2 / h);
        int c0 = pad.LeftColumn + inset, c1 = pad.RightColumn - inset;
        int length = c1 - c0 + 1;
        if (length < 10)
        {
            return (null, "the calibration pad is too narrow to hold rods");
        }

        // Prefix sums of the profile and its square.
        var s1 = new double[length + 1];
        var s2 = new double[length + 1];
        for (int k = 0; k < length; k++)
        {
            double sum = 0;
            int n = 0;
            for (int j = midRow - halfBand; j <= midRow + halfBand; j++)
            {
                sum += slice.Smooth[j * slice.Columns + c0 + k];
                n++;
            }

            double v = sum / n;
            s1[k + 1] = s1[k] + v;
            s2[k + 1] = s2[k] + v * v;
        }

        double padCentre = 0.5 * (grid.X(pad.LeftColumn) + grid.X(pad.RightColumn));
        double xStart = grid.X(c0), xEnd = grid.X(c1);
        double bestSse = double.MaxValue, bestR = 0, bestP = 0, bestX = 0;
        var lo = new int[count];
        var hi = new int[count];
        for (double r = MinRadiusMm; r <= MaxRadiusMm + 1e-9; r += StepMm)
        {
            double maxPitch = count > 1 ? (xEnd - xStart - 2 * r) / (count - 1) : 0;
            double minPitch = count > 1 ? 2 * r + MinGapMm : 0;
            for (double pitch = minPitch; pitch <= Math.Max(minPitch, maxPitch) + 1e-9; pitch += StepMm)
            {
                for (double xc = padCentre - CentreSearchMm; xc <= padCentre + CentreSearchMm + 1e-9; xc += StepMm)
                {
                    double first = xc - 0.5 * (count - 1) * pitch;
                    double last = xc + 0.5 * (count - 1) * pitch;
                    if (first - r < xStart || last + r > xEnd)
                    {
                        continue;
                    }

                    double sse = 0, in1 = 0, in2 = 0;
                    int inN = 0;
                    for (int i = 0; i < count; i++)
                    {
                        double x = first + i * pitch;
                        lo[i] = (int)Math.Ceiling((x - r - xStart) / h);
                        hi[i] = (int)Math.Floor((x + r - xStart) / h);
                        int n = hi[i] - lo[i] + 1;
                        double a = s1[hi[i] + 1] - s1[lo[i]], b = s2[hi[i] + 1] - s2[lo[i]];
                        sse += b - a * a / n;
                        in1 += a;
                        in2 += b;
                        inN += n;
                    }

                    int bgN = length - inN;
                    double bg1 = s1[length] - in1, bg2 = s2[length] - in2;
                    sse += bg2 - bg1 * bg1 / bgN;
                    if (sse < bestSse)
                    {
                        bestSse = sse;
                        bestR = r;
                        bestP = pitch;
                        bestX = xc;
                    }
                }
            }
        }

        if (bestSse == double.MaxValue)
        {
            return (null, $"{count} rods do not fit in the pad");
        }

        double sst = s2[length] - s1[length] * s1[length] / length;
        double rSquared = sst > 0 ? 1 - bestSse / sst : 0;
        double firstX = bestX - 0.5 * (count - 1) * bestP;

        // Contrast of each plateau against the background.
        double background1 = s1[length], backgroundN = length;
        var means = new double[count];
        for (int i = 0; i < count; i++)
        {
            double x = firstX + i * bestP;
            int a = (int)Math.Ceiling((x - bestR - xStart) / h), b = (int)Math.Floor((x + bestR - xStart) / h);
            means[i] = (s1[b + 1] - s1[a]) / (b - a + 1);
            background1 -= s1[b + 1] - s1[a];
            backgroundN -= b - a + 1;
        }

        double background = background1 / backgroundN;
        int contrasted = means.Count(m => Math.Abs(m - background) >= MinRodContrastHu);
        if (rSquared < MinRSquared || contrasted < 2)
        {
            return (null, $"no pattern of {count} rods on the pad's mid-line (fit R² {rSquared:0.00}, {contrasted} rods with contrast)");
        }

        double y = grid.Y(midRow);
        var rods = new RodPosition[count];
        for (int i = 0; i < count; i++)
        {
            rods[i] = new RodPosition(firstX + i * bestP, y, bestR);
        }

        return (rods, null);
    }
}
