using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace QCFramework.Physics;

/// <summary>
/// The hot loop of every polychromatic projection: for a ray with path lengths L_m (cm) through M
/// basis materials, the detector's first and second signal moments over K energy bins,
/// S1 = Σ_k w1_k·exp(−Σ_m μ_mk·L_m) and S2 = Σ_k w2_k·exp(−Σ_m μ_mk·L_m).
/// For an energy-integrating detector w1 = Φ·E·η and w2 = Φ·E²·η (the mean and the variance of the
/// compound-Poisson signal); for photon counting w1 = w2 = Φ·η. Vectorised over energy with
/// <see cref="Vector{T}"/>; no allocation per ray.
/// </summary>
public sealed class PolychromaticKernel
{
    private readonly float[] _mu;      // [m * paddedBins + k], 1/cm
    private readonly float[] _w1;      // [k]
    private readonly float[] _w2;      // [k]
    private readonly int _paddedBins;

    /// <summary>
    /// Creates the kernel. <paramref name="muPerCm"/>[m][k] is material m's linear attenuation at bin k;
    /// the weights are per bin (zero-padded internally to the vector width).
    /// </summary>
    public PolychromaticKernel(IReadOnlyList<double[]> muPerCm, ReadOnlySpan<double> weight1, ReadOnlySpan<double> weight2)
    {
        int bins = weight1.Length;
        if (weight2.Length != bins || muPerCm.Any(m => m.Length != bins))
        {
            throw new ArgumentException("every attenuation row and both weight vectors need one value per energy bin");
        }

        int width = Vector<float>.Count;
        _paddedBins = (bins + width - 1) / width * width;
        MaterialCount = muPerCm.Count;
        BinCount = bins;
        _mu = new float[MaterialCount * _paddedBins];
        _w1 = new float[_paddedBins];
        _w2 = new float[_paddedBins];
        for (int k = 0; k < bins; k++)
        {
            _w1[k] = (float)weight1[k];
            _w2[k] = (float)weight2[k];
            for (int m = 0; m < MaterialCount; m++)
            {
                _mu[m * _paddedBins + k] = (float)muPerCm[m][k];
            }
        }

        double s1 = 0, s2 = 0;
        for (int k = 0; k < bins; k++)
        {
            s1 += weight1[k];
            s2 += weight2[k];
        }

        OpenBeamMoment1 = s1;
        OpenBeamMoment2 = s2;
    }

    /// <summary>Number of basis materials M.</summary>
    public int MaterialCount { get; }

    /// <summary>Number of energy bins K.</summary>
    public int BinCount { get; }

    /// <summary>S1 with nothing in the beam.</summary>
    public double OpenBeamMoment1 { get; }

    /// <summary>S2 with nothing in the beam.</summary>
    public double OpenBeamMoment2 { get; }

    /// <summary>The two moments for one ray; <paramref name="pathCm"/> holds M path lengths.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (double Moment1, double Moment2) Evaluate(ReadOnlySpan<float> pathCm)
    {
        int width = Vector<float>.Count;
        var mu = MemoryMarshal.Cast<float, Vector<float>>(_mu.AsSpan());
        var w1 = MemoryMarshal.Cast<float, Vector<float>>(_w1.AsSpan());
        var w2 = MemoryMarshal.Cast<float, Vector<float>>(_w2.AsSpan());
        int vectors = _paddedBins / width;
        var acc1 = Vector<float>.Zero;
        var acc2 = Vector<float>.Zero;
        for (int v = 0; v < vectors; v++)
        {
            var s = Vector<float>.Zero;
            for (int m = 0; m < pathCm.Length; m++)
            {
                s += mu[m * vectors + v] * pathCm[m];
            }

            var t = Vector.Exp(-s);
            acc1 += w1[v] * t;
            acc2 += w2[v] * t;
        }

        return (Vector.Sum(acc1), Vector.Sum(acc2));
    }

    /// <summary>
    /// Moments for many rays: <paramref name="pathsCm"/> is ray-major (M values per ray); results go to
    /// <paramref name="moment1"/> and <paramref name="moment2"/> (one per ray).
    /// </summary>
    public void Evaluate(ReadOnlySpan<float> pathsCm, Span<float> moment1, Span<float> moment2)
    {
        int m = MaterialCount;
        int rays = pathsCm.Length / m;
        if (moment1.Length < rays || moment2.Length < rays)
        {
            throw new ArgumentException("output spans are shorter than the number of rays");
        }

        for (int r = 0; r < rays; r++)
        {
            var (a, b) = Evaluate(pathsCm.Slice(r * m, m));
            moment1[r] = (float)a;
            moment2[r] = (float)b;
        }
    }
}
