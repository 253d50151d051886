using QCFramework.Phantoms;
using QCFramework.Phantoms.Geometry;

namespace QCFramework.Simulation.Projection;

/// <summary>
/// Exact fan-beam line integrals through the phantom's analytic solids. For every view and channel
/// the ray from the focal spot is resolved into the stretches each region covers
/// (<see cref="PhantomSection.Paint"/>), so the path length through each basis group is exact — no
/// voxelisation, and so no "inverse crime" between projector and reconstruction (Guerrero et al.,
/// 2011). A slab of finite slice thickness is the weighted mean of its z planes (the slice
/// sensitivity profile, <see cref="ZQuadrature"/>). Lengths do not depend on kVp, mAs or kernel and
/// are cached per phantom geometry by the caller.
/// </summary>
public static class AnalyticProjector
{
    /// <summary>
    /// Path lengths in cm: result[(view·Channels + channel)·groups + group]. Regions map to basis groups
    /// by <paramref name="regionGroup"/> (−1: ignore the region).
    /// </summary>
    public static float[] Project(Phantom phantom, IReadOnlyList<int> regionGroup, int groups, FanBeamGeometry geometry,
        IReadOnlyList<(double ZMm, double Weight)> planes, ParallelOptions? parallel = null)
    {
        int views = geometry.ViewsPerRotation, channels = geometry.Channels;
        var result = new float[views * channels * groups];
        var sections = planes.Select(p => (Section: phantom.SectionAt(p.ZMm), p.Weight)).Where(p => p.Section.ShapeCount > 0).ToArray();
        if (sections.Length == 0)
        {
            return result;
        }

        int maxSpans = sections.Max(s => s.Section.MaxSpans);
        double r = geometry.SourceToIsocenterMm, sdd = geometry.SourceToDetectorMm;
        var fan = Enumerable.Range(0, channels).Select(c => geometry.FanAngleRad(c)).ToArray();
        Parallel.For(0, views, parallel ?? new ParallelOptions(), () => (Spans: new RegionSpan[maxSpans], Lengths: new double[phantom.Regions.Count]), (v, _, buffers) =>
        {
            double beta = 2 * Math.PI * v / views;
            double sx = r * Math.Cos(beta), sy = r * Math.Sin(beta);
            for (int c = 0; c < channels; c++)
            {
                double a = beta + fan[c];
                var line = new Line2D(sx, sy, -Math.Cos(a), -Math.Sin(a));
                Array.Clear(buffers.Lengths);
                foreach (var (section, weight) in sections)
                {
                    section.AccumulateLengths(line, 0, sdd, buffers.Spans, buffers.Lengths, weight);
                }

                int offset = (v * channels + c) * groups;
                for (int region = 0; region < buffers.Lengths.Length; region++)
                {
                    int g = regionGroup[region];
                    if (g >= 0 && buffers.Lengths[region] > 0)
                    {
                        result[offset + g] += (float)(buffers.Lengths[region] / 10.0);
                    }
                }
            }

            return buffers;
        }, _ => { });
        return result;
    }

    /// <summary>Path lengths (cm) per group along one ray from a source point in a direction (used by fast mode).</summary>
    public static void PathLengths(IReadOnlyList<(PhantomSection Section, double Weight)> sections, IReadOnlyList<int> regionGroup, in Line2D ray, double lengthMm,
        RegionSpan[] spans, double[] regionLengths, Span<float> groupLengthsCm)
    {
        Array.Clear(regionLengths);
        foreach (var (section, weight) in sections)
        {
            section.AccumulateLengths(ray, 0, lengthMm, spans, regionLengths, weight);
        }

        groupLengthsCm.Clear();
        for (int region = 0; region < regionLengths.Length; region++)
        {
            int g = regionGroup[region];
            if (g >= 0)
            {
                groupLengthsCm[g] += (float)(regionLengths[region] / 10.0);
            }
        }
    }
}
