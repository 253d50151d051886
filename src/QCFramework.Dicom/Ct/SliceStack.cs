using System.Globalization;

namespace QCFramework.Dicom.Ct;

/// <summary>
/// Orders slices along the normal and checks that they form regular stacks. Tolerances: direction
/// cosines agree within <see cref="OrientationTolerance"/> (about 0.006°: scanners round them to
/// 5–6 decimals); every gap between neighbours equals the smallest gap within max(
/// <see cref="SpacingToleranceMm"/>, <see cref="RelativeSpacingTolerance"/> × that gap) — enough for
/// positions rounded to 0.01 mm — or is at least <see cref="StackGapFactor"/> times it. The latter
/// are the gaps between the slice groups of a QCT protocol (e.g. three contiguous slices at each
/// vertebra); anything in between (a missing or misplaced slice) is an error.
/// </summary>
internal static class SliceStack
{
    /// <summary>Largest difference allowed between corresponding direction cosines.</summary>
    public const double OrientationTolerance = 1e-4;

    /// <summary>Absolute tolerance on each gap between slices, mm.</summary>
    public const double SpacingToleranceMm = 0.01;

    /// <summary>Relative tolerance on each gap between slices.</summary>
    public const double RelativeSpacingTolerance = 0.01;

    /// <summary>A gap at least this many times the slice spacing separates two slice groups.</summary>
    public const double StackGapFactor = 2.5;

    /// <summary>
    /// The slice indices sorted by position along the normal, and the spacing within the slice groups
    /// (null for one slice). Returns an error message instead when two slices coincide or a gap is
    /// neither the spacing nor a gap between groups.
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

        double spacing = double.MaxValue;
        for (int i = 1; i < order.Length; i++)
        {
            double gap = along[order[i]] - along[order[i - 1]];
            if (gap <= SpacingToleranceMm)
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"{nameOf(order[i - 1])} and {nameOf(order[i])} are at the same position along the normal ({along[order[i]]:0.###} mm)");
            }

            spacing = Math.Min(spacing, gap);
        }

        // The spacing is the mean of the gaps that equal the smallest one (rounding of positions averages out).
        double tolerance = Math.Max(SpacingToleranceMm, RelativeSpacingTolerance * spacing);
        double sum = 0;
        int count = 0;
        for (int i = 1; i < order.Length; i++)
        {
            double gap = along[order[i]] - along[order[i - 1]];
            if (gap - spacing <= tolerance)
            {
                sum += gap;
                count++;
            }
            else if (gap < StackGapFactor * spacing)
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"slice spacing is not uniform: {gap:0.####} mm between {nameOf(order[i - 1])} and {nameOf(order[i])}, spacing {spacing:0.####} mm (tolerance {tolerance:0.####} mm; a gap between slice groups is at least {StackGapFactor}× the spacing)");
            }
        }

        spacingMm = sum / count;
        return null;
    }
}
