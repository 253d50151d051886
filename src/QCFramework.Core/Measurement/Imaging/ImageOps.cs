namespace QCFramework.Measurement.Imaging;

/// <summary>
/// The image operations the measurement is built from, over row-major arrays: Gaussian smoothing,
/// flood fills, connected components, the exact Euclidean distance transform. No allocation per
/// pixel; every function is deterministic and single-threaded (a slice is small).
/// </summary>
internal static class ImageOps
{
    /// <summary>Separable Gaussian smoothing with standard deviation <paramref name="sigmaPixels"/>, edges clamped.</summary>
    public static float[] GaussianSmooth(ReadOnlySpan<float> image, int columns, int rows, double sigmaPixels)
    {
        var output = new float[image.Length];
        if (sigmaPixels <= 0)
        {
            image.CopyTo(output);
            return output;
        }

        int radius = Math.Max(1, (int)Math.Ceiling(3 * sigmaPixels));
        var kernel = new float[2 * radius + 1];
        double sum = 0;
        for (int k = -radius; k <= radius; k++)
        {
            double w = Math.Exp(-0.5 * k * k / (sigmaPixels * sigmaPixels));
            kernel[k + radius] = (float)w;
            sum += w;
        }

        for (int k = 0; k < kernel.Length; k++)
        {
            kernel[k] = (float)(kernel[k] / sum);
        }

        var temp = new float[image.Length];
        for (int j = 0; j < rows; j++)
        {
            int offset = j * columns;
            for (int i = 0; i < columns; i++)
            {
                float acc = 0;
                for (int k = -radius; k <= radius; k++)
                {
                    int ii = Math.Clamp(i + k, 0, columns - 1);
                    acc += kernel[k + radius] * image[offset + ii];
                }

                temp[offset + i] = acc;
            }
        }

        for (int j = 0; j < rows; j++)
        {
            for (int i = 0; i < columns; i++)
            {
                float acc = 0;
                for (int k = -radius; k <= radius; k++)
                {
                    int jj = Math.Clamp(j + k, 0, rows - 1);
                    acc += kernel[k + radius] * temp[jj * columns + i];
                }

                output[j * columns + i] = acc;
            }
        }

        return output;
    }

    /// <summary>
    /// Labels the 4-connected components of <paramref name="mask"/>: labels[p] is 1-based, 0 outside
    /// the mask. Returns the number of components; component sizes go to <paramref name="sizes"/> (index label − 1).
    /// </summary>
    public static int LabelComponents(ReadOnlySpan<bool> mask, int columns, int rows, int[] labels, List<int> sizes)
    {
        Array.Clear(labels);
        sizes.Clear();
        var stack = new int[mask.Length];
        int count = 0;
        for (int start = 0; start < mask.Length; start++)
        {
            if (!mask[start] || labels[start] != 0)
            {
                continue;
            }

            count++;
            int top = 0, size = 0;
            stack[top++] = start;
            labels[start] = count;
            while (top > 0)
            {
                int p = stack[--top];
                size++;
                int i = p % columns, j = p / columns;
                if (i > 0 && mask[p - 1] && labels[p - 1] == 0) { labels[p - 1] = count; stack[top++] = p - 1; }
                if (i < columns - 1 && mask[p + 1] && labels[p + 1] == 0) { labels[p + 1] = count; stack[top++] = p + 1; }
                if (j > 0 && mask[p - columns] && labels[p - columns] == 0) { labels[p - columns] = count; stack[top++] = p - columns; }
                if (j < rows - 1 && mask[p + columns] && labels[p + columns] == 0) { labels[p + columns] = count; stack[top++] = p + columns; }
            }

            sizes.Add(size);
        }

        return count;
    }

    /// <summary>
    /// The pixels of <paramref name="mask"/> 4-connected to any seed (seeds outside the mask are ignored).
    /// </summary>
    public static bool[] Reconstruct(ReadOnlySpan<bool> mask, ReadOnlySpan<bool> seeds, int columns, int rows)
    {
        var reached = new bool[mask.Length];
        var stack = new int[mask.Length];
        int top = 0;
        for (int p = 0; p < mask.Length; p++)
        {
            if (seeds[p] && mask[p])
            {
                reached[p] = true;
                stack[top++] = p;
            }
        }

        while (top > 0)
        {
            int p = stack[--top];
            int i = p % columns, j = p / columns;
            if (i > 0 && mask[p - 1] && !reached[p - 1]) { reached[p - 1] = true; stack[top++] = p - 1; }
            if (i < columns - 1 && mask[p + 1] && !reached[p + 1]) { reached[p + 1] = true; stack[top++] = p + 1; }
            if (j > 0 && mask[p - columns] && !reached[p - columns]) { reached[p - columns] = true; stack[top++] = p - columns; }
            if (j < rows - 1 && mask[p + columns] && !reached[p + columns]) { reached[p + columns] = true; stack[top++] = p + columns; }
        }

        return reached;
    }

    /// <summary>The pixels of <paramref name="mask"/> 4-connected to the image border.</summary>
    public static bool[] ConnectedToBorder(ReadOnlySpan<bool> mask, int columns, int rows)
    {
        var seeds = new bool[mask.Length];
        for (int i = 0; i < columns; i++)
        {
            seeds[i] = true;
            seeds[(rows - 1) * columns + i] = true;
        }

        for (int j = 0; j < rows; j++)
        {
            seeds[j * columns] = true;
            seeds[j * columns + columns - 1] = true;
        }

        return Reconstruct(mask, seeds, columns, rows);
    }

    /// <summary>The mask with its enclosed holes filled (everything not reachable from the border through non-mask pixels).</summary>
    public static bool[] FillHoles(ReadOnlySpan<bool> mask, int columns, int rows)
    {
        var outside = new bool[mask.Length];
        for (int p = 0; p < mask.Length; p++)
        {
            outside[p] = !mask[p];
        }

        var reached = ConnectedToBorder(outside, columns, rows);
        var filled = new bool[mask.Length];
        for (int p = 0; p < mask.Length; p++)
        {
            filled[p] = !reached[p];
        }

        return filled;
    }

    /// <summary>
    /// Exact Euclidean distance, in pixels, from each pixel of <paramref name="mask"/> to the nearest pixel
    /// outside it (0 outside the mask); pixels beyond the image border count as outside.
    /// Felzenszwalb &amp; Huttenlocher, "Distance transforms of sampled functions", Theory of Computing 8 (2012) 415.
    /// </summary>
    public static float[] DistanceInside(ReadOnlySpan<bool> mask, int columns, int rows)
    {
        const double infinity = 1e20;
        var squared = new double[mask.Length];
        int longest = Math.Max(columns, rows) + 2;
        var f = new double[longest];
        var d = new double[longest];
        var v = new int[longest];
        var z = new double[longest + 1];

        // Columns first, with a virtual outside pixel beyond each end.
        for (int i = 0; i < columns; i++)
        {
            f[0] = 0;
            for (int j = 0; j < rows; j++)
            {
                f[j + 1] = mask[j * columns + i] ? infinity : 0;
            }

            f[rows + 1] = 0;
            Transform1D(f, rows + 2, d, v, z);
            for (int j = 0; j < rows; j++)
            {
                squared[j * columns + i] = d[j + 1];
            }
        }

        for (int j = 0; j < rows; j++)
        {
            f[0] = 0;
            for (int i = 0; i < columns; i++)
            {
                f[i + 1] = squared[j * columns + i];
            }

            f[columns + 1] = 0;
            Transform1D(f, columns + 2, d, v, z);
            for (int i = 0; i < columns; i++)
            {
                squared[j * columns + i] = d[i + 1];
            }
        }

        var distance = new float[mask.Length];
        for (int p = 0; p < mask.Length; p++)
        {
            distance[p] = (float)Math.Sqrt(squared[p]);
        }

        return distance;
    }

    /// <summary>The pixels of <paramref name="mask"/> at least <paramref name="radiusPixels"/> from its outside (erosion by a disc).</summary>
    public static bool[] Erode(ReadOnlySpan<bool> mask, int columns, int rows, double radiusPixels)
    {
        var distance = DistanceInside(mask, columns, rows);
        var eroded = new bool[mask.Length];
        for (int p = 0; p < mask.Length; p++)
        {
            eroded[p] = distance[p] >= radiusPixels;
        }

        return eroded;
    }

    /// <summary>Exact Euclidean distance, in pixels, from each pixel to the nearest pixel of <paramref name="mask"/> (0 on it).</summary>
    public static float[] DistanceTo(ReadOnlySpan<bool> mask, int columns, int rows)
    {
        var outside = new bool[mask.Length];
        for (int p = 0; p < mask.Length; p++)
        {
            outside[p] = !mask[p];
        }

        return DistanceInsideUnbounded(outside, columns, rows);
    }

    /// <summary>The pixels within <paramref name="radiusPixels"/> of <paramref name="mask"/> (dilation by a disc).</summary>
    public static bool[] Dilate(ReadOnlySpan<bool> mask, int columns, int rows, double radiusPixels)
    {
        var distance = DistanceTo(mask, columns, rows);
        var dilated = new bool[mask.Length];
        for (int p = 0; p < mask.Length; p++)
        {
            dilated[p] = mask[p] || distance[p] <= radiusPixels;
        }

        return dilated;
    }

    /// <summary>Morphological opening by a disc: erosion then dilation by <paramref name="radiusPixels"/>, kept within the mask.</summary>
    public static bool[] Open(ReadOnlySpan<bool> mask, int columns, int rows, double radiusPixels)
    {
        var opened = Dilate(Erode(mask, columns, rows, radiusPixels), columns, rows, radiusPixels);
        for (int p = 0; p < mask.Length; p++)
        {
            opened[p] &= mask[p];
        }

        return opened;
    }

    // Distance to the nearest non-mask pixel where the image border is not a boundary (used for dilation).
    private static float[] DistanceInsideUnbounded(ReadOnlySpan<bool> mask, int columns, int rows)
    {
        const double infinity = 1e20;
        var squared = new double[mask.Length];
        int longest = Math.Max(columns, rows);
        var f = new double[longest];
        var d = new double[longest];
        var v = new int[longest];
        var z = new double[longest + 1];
        for (int i = 0; i < columns; i++)
        {
            for (int j = 0; j < rows; j++)
            {
                f[j] = mask[j * columns + i] ? infinity : 0;
            }

            Transform1D(f, rows, d, v, z);
            for (int j = 0; j < rows; j++)
            {
                squared[j * columns + i] = d[j];
            }
        }

        for (int j = 0; j < rows; j++)
        {
            for (int i = 0; i < columns; i++)
            {
                f[i] = squared[j * columns + i];
            }

            Transform1D(f, columns, d, v, z);
            for (int i = 0; i < columns; i++)
            {
                squared[j * columns + i] = d[i];
            }
        }

        var distance = new float[mask.Length];
        for (int p = 0; p < mask.Length; p++)
        {
            distance[p] = (float)Math.Sqrt(squared[p]);
        }

        return distance;
    }

    // The lower envelope of parabolas: d(q) = min_p (q − p)² + f(p).
    private static void Transform1D(double[] f, int n, double[] d, int[] v, double[] z)
    {
        int k = 0;
        v[0] = 0;
        z[0] = double.NegativeInfinity;
        z[1] = double.PositiveInfinity;
        for (int q = 1; q < n; q++)
        {
            double s = Intersection(f, q, v[k]);
            while (s <= z[k])
            {
                k--;
                s = Intersection(f, q, v[k]);
            }

            k++;
            v[k] = q;
            z[k] = s;
            z[k + 1] = double.PositiveInfinity;
        }

        k = 0;
        for (int q = 0; q < n; q++)
        {
            while (z[k + 1] < q)
            {
                k++;
            }

            int p = v[k];
            d[q] = (q - p) * (double)(q - p) + f[p];
        }
    }

    private static double Intersection(double[] f, int q, int p) =>
        ((f[q] + (double)q * q) - (f[p] + (double)p * p)) / (2.0 * q - 2.0 * p);
}
