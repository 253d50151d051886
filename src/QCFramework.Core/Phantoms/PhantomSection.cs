using QCFramework.Phantoms.Geometry;

namespace QCFramework.Phantoms;

/// <summary>A stretch of a line inside one region, mm along the line.</summary>
public readonly record struct RegionSpan(int Region, double Enter, double Exit);

/// <summary>
/// A phantom on one axial plane: its solids' exact 2D sections with their regions, in precedence
/// order. <see cref="Paint"/> resolves a line into the exact stretches each region covers; both the
/// rasteriser (lines along image rows) and the scanner's projector (rays) are built on it.
/// </summary>
public sealed class PhantomSection
{
    private readonly (Shape2D Shape, int Region)[] _items;

    internal PhantomSection(IReadOnlyList<(Shape2D, int)> items, int regionCount)
    {
        _items = items.ToArray();
        RegionCount = regionCount;
        MaxSpans = 4 * _items.Sum(i => i.Item1.MaxIntervals) + 4;
    }

    /// <summary>Number of regions of the phantom (region indices run 0 … RegionCount − 1).</summary>
    public int RegionCount { get; }

    /// <summary>Number of solid sections on this plane.</summary>
    public int ShapeCount => _items.Length;

    /// <summary>A span buffer of this length is always enough for <see cref="Paint"/>.</summary>
    public int MaxSpans { get; }

    /// <summary>The sections in precedence order.</summary>
    public IReadOnlyList<(Shape2D Shape, int Region)> Items => _items;

    /// <summary>
    /// The stretches of <paramref name="line"/> within [<paramref name="tMin"/>, <paramref name="tMax"/>]
    /// that lie in each region, sorted along the line; gaps are vacuum. Later solids win where solids
    /// overlap: solids are visited from the last, and each fills only what is still uncovered.
    /// </summary>
    /// <returns>The number of spans written to <paramref name="spans"/> (length ≥ <see cref="MaxSpans"/>).</returns>
    public int Paint(in Line2D line, double tMin, double tMax, Span<RegionSpan> spans)
    {
        int count = 0;
        Span<Interval> hits = stackalloc Interval[2];
        Span<RegionSpan> pieces = stackalloc RegionSpan[8];
        for (int s = _items.Length - 1; s >= 0; s--)
        {
            var (shape, region) = _items[s];
            if (!shape.MayIntersect(line))
            {
                continue;
            }

            int n = shape.Intersect(line, hits);
            for (int h = 0; h < n; h++)
            {
                double a = Math.Max(hits[h].Enter, tMin), b = Math.Min(hits[h].Exit, tMax);
                if (b <= a)
                {
                    continue;
                }

                // The parts of [a, b] not yet covered (spans are sorted and disjoint).
                int p = 0;
                double cursor = a;
                for (int k = 0; k < count && cursor < b; k++)
                {
                    if (spans[k].Exit <= cursor)
                    {
                        continue;
                    }

                    if (spans[k].Enter >= b)
                    {
                        break;
                    }

                    if (spans[k].Enter > cursor)
                    {
                        pieces = Grow(pieces, p);
                        pieces[p++] = new RegionSpan(region, cursor, spans[k].Enter);
                    }

                    cursor = Math.Max(cursor, spans[k].Exit);
                }

                if (cursor < b)
                {
                    pieces = Grow(pieces, p);
                    pieces[p++] = new RegionSpan(region, cursor, b);
                }

                for (int q = 0; q < p; q++)
                {
                    // Insertion keeps the spans sorted by entry.
                    int at = count;
                    while (at > 0 && spans[at - 1].Enter > pieces[q].Enter)
                    {
                        spans[at] = spans[at - 1];
                        at--;
                    }

                    spans[at] = pieces[q];
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary>Adds the length of each region along the line to <paramref name="lengthsMm"/> (one slot per region).</summary>
    public void AccumulateLengths(in Line2D line, double tMin, double tMax, Span<RegionSpan> scratch, Span<double> lengthsMm, double weight = 1.0)
    {
        int n = Paint(line, tMin, tMax, scratch);
        for (int i = 0; i < n; i++)
        {
            lengthsMm[scratch[i].Region] += weight * (scratch[i].Exit - scratch[i].Enter);
        }
    }

    private static Span<RegionSpan> Grow(Span<RegionSpan> pieces, int used)
    {
        if (used < pieces.Length)
        {
            return pieces;
        }

        var bigger = new RegionSpan[pieces.Length * 2];
        pieces.CopyTo(bigger);
        return bigger;
    }
}
