namespace QCFramework.Phantoms;

/// <summary>
/// Planes and weights that integrate a phantom over a slab in z exactly where sections are
/// constant and by Gauss–Legendre quadrature where they vary. The slab is split at every solid's
/// z boundary; a stretch where only prisms are present has one constant section, so one plane
/// carries its whole weight; a stretch with an ellipsoid or torus gets 8 Gauss–Legendre planes
/// (exact for polynomials of degree 15 in z, and an ellipsoid's section area is quadratic in z).
/// </summary>
public static class ZQuadrature
{
    private static readonly double[] GaussNodes;
    private static readonly double[] GaussWeights;

    static ZQuadrature()
    {
        var rule = new MathNet.Numerics.Integration.GaussLegendreRule(-1, 1, 8);
        GaussNodes = rule.Abscissas;
        GaussWeights = rule.Weights;
    }

    /// <summary>
    /// Planes covering [<paramref name="z0Mm"/>, <paramref name="z1Mm"/>] weighted by
    /// <paramref name="weight"/>(z) (the slice sensitivity profile; null for uniform), normalised so
    /// the weights sum to 1.
    /// </summary>
    public static IReadOnlyList<(double ZMm, double Weight)> Planes(Phantom phantom, double z0Mm, double z1Mm, Func<double, double>? weight = null)
    {
        if (!(z1Mm > z0Mm))
        {
            return [(z0Mm, 1.0)];
        }

        weight ??= _ => 1.0;
        var cuts = new SortedSet<double> { z0Mm, z1Mm };
        foreach (var s in phantom.Solids)
        {
            foreach (double z in new[] { s.Geometry.ZMinMm, s.Geometry.ZMaxMm })
            {
                if (z > z0Mm && z < z1Mm)
                {
                    cuts.Add(z);
                }
            }
        }

        var planes = new List<(double, double)>();
        double[] c = cuts.ToArray();
        for (int k = 0; k + 1 < c.Length; k++)
        {
            double a = c[k], b = c[k + 1], mid = 0.5 * (a + b), half = 0.5 * (b - a);
            if (half < 1e-9)
            {
                continue;
            }

            bool varies = phantom.Solids.Any(s => s.Geometry.VariesAlongZ && s.Geometry.ZMaxMm > a && s.Geometry.ZMinMm < b);
            if (varies)
            {
                for (int g = 0; g < GaussNodes.Length; g++)
                {
                    double z = mid + half * GaussNodes[g];
                    planes.Add((z, half * GaussWeights[g] * weight(z)));
                }
            }
            else
            {
                double w = 0;
                for (int g = 0; g < GaussNodes.Length; g++)
                {
                    w += half * GaussWeights[g] * weight(mid + half * GaussNodes[g]);
                }

                planes.Add((mid, w));
            }
        }

        double total = planes.Sum(p => p.Item2);
        return total > 0 ? planes.Where(p => p.Item2 > 0).Select(p => (p.Item1, p.Item2 / total)).ToArray() : [(0.5 * (z0Mm + z1Mm), 1.0)];
    }
}
