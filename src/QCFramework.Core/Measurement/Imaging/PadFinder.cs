namespace QCFramework.Measurement.Imaging;

/// <summary>
/// Finds a calibration pad under the patient: the posterior-most rows of the object whose left and
/// right edges stay straight (within 1.5 mm) for at least 15 mm, at least 80 mm wide. A patient's or a
/// spine phantom's back is rounded, so its edges move within a few rows; a pad's sides do not.
/// </summary>
internal static class PadFinder
{
    private const double EdgeToleranceMm = 1.5;
    private const double MinThicknessMm = 15;
    private const double MinWidthMm = 80;

    public static PadRegion? Find(SliceAnalysis slice)
    {
        int columns = slice.Columns, rows = slice.Rows;
        double h = slice.Grid.PixelSpacingMm;
        var left = new int[rows];
        var right = new int[rows];
        int bottom = -1;
        for (int j = 0; j < rows; j++)
        {
            left[j] = -1;
            right[j] = -1;
            for (int i = 0; i < columns; i++)
            {
                if (slice.ObjectMask[j * columns + i])
                {
                    if (left[j] < 0)
                    {
                        left[j] = i;
                    }

                    right[j] = i;
                }
            }

            if (left[j] >= 0)
            {
                bottom = j;
            }
        }

        if (bottom < 0)
        {
            return null;
        }

        // Reference edges a little above the blurred bottom corners.
        int from = bottom - (int)Math.Round(5 / h), to = bottom - (int)Math.Round(2 / h);
        if (from < 0)
        {
            return null;
        }

        var refLeft = new List<int>();
        var refRight = new List<int>();
        for (int j = from; j <= to; j++)
        {
            if (left[j] < 0)
            {
                return null;
            }

            refLeft.Add(left[j]);
            refRight.Add(right[j]);
        }

        refLeft.Sort();
        refRight.Sort();
        int l0 = refLeft[refLeft.Count / 2], r0 = refRight[refRight.Count / 2];
        double tolerance = EdgeToleranceMm / h;
        int top = to;
        for (int j = to; j >= 0; j--)
        {
            if (left[j] < 0 || Math.Abs(left[j] - l0) > tolerance || Math.Abs(right[j] - r0) > tolerance)
            {
                break;
            }

            top = j;
        }

        double thickness = (bottom - top + 1) * h;
        double width = (r0 - l0 + 1) * h;
        if (thickness < MinThicknessMm || width < MinWidthMm)
        {
            return null;
        }

        return new PadRegion(top, bottom, l0, r0);
    }
}
