using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;
using Property = FsCheck.Property;
using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;
using QCFramework.Measurement.Imaging;

namespace QCFramework.Tests.Measurement;

public class ImageOpsTests
{
    [Property]
    public Property Distance_transform_is_exact_against_brute_force() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var random = new Random(seed);
            int w = random.Next(3, 24), h = random.Next(3, 24);
            var mask = Enumerable.Range(0, w * h).Select(_ => random.NextDouble() < 0.8).ToArray();
            var fast = ImageOps.DistanceInside(mask, w, h);
            for (int p = 0; p < mask.Length; p++)
            {
                double brute = 0;
                if (mask[p])
                {
                    int i = p % w, j = p / w;
                    brute = double.MaxValue;
                    // Nearest outside pixel, the frame beyond the border included.
                    for (int jj = -1; jj <= h; jj++)
                    {
                        for (int ii = -1; ii <= w; ii++)
                        {
                            bool outside = ii < 0 || jj < 0 || ii >= w || jj >= h || !mask[jj * w + ii];
                            if (outside)
                            {
                                brute = Math.Min(brute, Math.Sqrt((ii - i) * (ii - i) + (jj - j) * (jj - j)));
                            }
                        }
                    }
                }

                if (Math.Abs(fast[p] - brute) > 1e-5)
                {
                    return false;
                }
            }

            return true;
        });

    [Test]
    public void Holes_are_filled_and_components_labelled_with_4_connectivity()
    {
        // A ring of 5 × 5 with a one-pixel hole, and a diagonal pair (two components under 4-connectivity).
        var rows = new[] { "#####...", "#...#...", "#...#...", "#...#.#.", "#####..#" };
        int w = rows[0].Length, h = rows.Length;
        var mask = rows.SelectMany(r => r.Select(c => c == '#')).ToArray();
        var filled = ImageOps.FillHoles(mask, w, h);
        Assert.That(filled.Count(b => b), Is.EqualTo(25 + 2));
        var labels = new int[mask.Length];
        var sizes = new List<int>();
        Assert.That(ImageOps.LabelComponents(mask, w, h, labels, sizes), Is.EqualTo(3));
        Assert.That(sizes.OrderBy(s => s), Is.EqualTo(new[] { 1, 1, 16 }));
    }
}
