using System.Globalization;

namespace QCFramework.Dicom.Ct;

/// <summary>
/// Orders slices along the normal and checks that they form a regular stack. Tolerances: direction
/// cosines agree within <see cref="OrientationTolerance"/> (about 0.006°: scanners round them to
/// 5–6 decimals); each gap between neighbours is within max(<see cref="SpacingToleranceMm"/>,
/// <see cref="RelativeSpacingTolerance"/> × mean gap) of the mean gap — enough for positions
/// rounded to 0.01 mm, far below any real change of spacing.
/// </summary>
internal static class SliceStack
{
    /// <summary>Largest difference allowed between corresponding direction cosines.</summary>
    public const double OrientationTolerance = 1e-4;

    /// <summary>Absolute tolerance on each gap between slices, mm.</summary>
    public const double SpacingToleranceMm = 0.01;

    /// <summary>Relative tolerance on each gap between slices.</summary>
    public const double RelativeSpacingTolerance = 0.01;

    /// <summary>
    /// The slice indices sorted by position along the normal, and the mean gap (null for one slice).
    /// Returns an error message instead when two slices coincide or the gaps are not uniform.
    /// </summary>
    public static string? TrySort(
        IReadOnlyList<Vector3D> positions, ImageOrientation orientation, Func<int, string> nameOf, out int[] order, out double? spacingMm)
    {
        var normal = orientation.Normal;
        var along = new double[positions.Count];
        order = new int[positions.Count];
        for (int i = 0; i < along.Length; i++)
        {
            along[i] = positions[i].Dot(normal);
            order[i] = i;
        }

        // Ties broken by input index, so the order (and any error naming slices) is deterministic.
        Array.Sort(order, (a, b) => along[a] != along[b] ? along[a].CompareTo(along[b]) : a.CompareTo(b));
        spacingMm = null;
        if (order.Length < 2)
        {
            return null;
        }

        double mean = (along[order[^1]] - along[order[0]]) / (order.Length - 1);
        double tolerance = Math.Max(SpacingToleranceMm, RelativeSpacingTolerance * mean);
        for (int i = 1; i < order.Length; i++)
        {
            double gap = along[order[i]] - along[order[i - 1]];
            if (gap <= SpacingToleranceMm)
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"{nameOf(order[i - 1])} and {nameOf(order[i])} are at the same position along the normal ({along[order[i]]:0.###} mm)");
            }

            if (Math.Abs(gap - mean) > tolerance)
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"slice spacing is not uniform: {gap:0.####} mm between {nameOf(order[i - 1])} and {nameOf(order[i])}, mean {mean:0.####} mm (tolerance {tolerance:0.####} mm)");
            }
        }

        spacingMm = mean;
        return null;
    }
}
