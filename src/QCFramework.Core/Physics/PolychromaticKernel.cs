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
    private readonly int _paddedBins;

    /// <summary>Creates the kernel from <paramref name="muPerCm"/>[m][k], material m's linear attenuation at bin k.</summary>
    public PolychromaticKernel(IReadOnlyList<double[]> muPerCm)
    {
        int bins = muPerCm.Count > 0 ? muPerCm[0].Length : 0;
        if (bins == 0 || muPerCm.Any(m => m.Length != bins))
        {
            throw new ArgumentException("every attenuation row needs one value per energy bin");
        }

        int width = Vector<float>.Count;
        _paddedBins = (bins + width - 1) / width * width;
        MaterialCount = muPerCm.Count;
        BinCount = bins;
        _mu = new float[MaterialCount * _paddedBins];
        for (int m = 0; m < MaterialCount; m++)
        {
            for (int k = 0; k < bins; k++)
            {
                _mu[m * _paddedBins + k] = (float)muPerCm[m][k];
            }
        }
    }

    /// <summary>Number of basis materials M.</summary>
    public int MaterialCount { get; }

    /// <summary>Number of energy bins K.</summary>
    public int BinCount { get; }

    /// <summary>Detector weights for this kernel's bins (zero-padded to the vector width).</summary>
    public Weights CreateWeights(ReadOnlySpan<double> weight1, ReadOnlySpan<double> weight2)
    {
        if (weight1.Length != BinCount || weight2.Length != BinCount)
        {
            throw new ArgumentException("both weight vectors need one value per energy bin");
        }

        var w1 = new float[_paddedBins];
        var w2 = new float[_paddedBins];
        double s1 = 0, s2 = 0;
        for (int k = 0; k < BinCount; k++)
        {
            w1[k] = (float)weight1[k];
            w2[k] = (float)weight2[k];
            s1 += weight1[k];
            s2 += weight2[k];
        }

        return new Weights(w1, w2, s1, s2);
    }

    /// <summary>The two moments for one ray; <paramref name="pathCm"/> holds M path lengths.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (double Moment1, double Moment2) Evaluate(ReadOnlySpan<float> pathCm, Weights weights)
    {
        int width = Vector<float>.Count;
        var mu = MemoryMarshal.Cast<float, Vector<float>>(_mu.AsSpan());
        var w1 = MemoryMarshal.Cast<float, Vector<float>>(weights.W1.AsSpan());
        var w2 = MemoryMarshal.Cast<float, Vector<float>>(weights.W2.AsSpan());
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
    /// Moments for many rays sharing one weight set: <paramref name="pathsCm"/> is ray-major
    /// (M values per ray); results go to <paramref name="moment1"/> and <paramref name="moment2"/>.
    /// </summary>
    public void Evaluate(ReadOnlySpan<float> pathsCm, Weights weights, Span<float> moment1, Span<float> moment2)
    {
        int m = MaterialCount;
        int rays = pathsCm.Length / m;
        if (moment1.Length < rays || moment2.Length < rays)
        {
            throw new ArgumentException("output spans are shorter than the number of rays");
        }

        for (int r = 0; r < rays; r++)
        {
            var (a, b) = Evaluate(pathsCm.Slice(r * m, m), weights);
            moment1[r] = (float)a;
            moment2[r] = (float)b;
        }
    }

    /// <summary>Per-bin detector weights of one channel or beam (padded), with their open-beam sums.</summary>
    /// <param name="W1">First-moment weights (Φ·E·η for an integrating detector).</param>
    /// <param name="W2">Second-moment weights (Φ·E²·η).</param>
    /// <param name="OpenBeamMoment1">Σ W1: the signal with nothing in the beam.</param>
    /// <param name="OpenBeamMoment2">Σ W2.</param>
    public sealed record Weights(float[] W1, float[] W2, double OpenBeamMoment1, double OpenBeamMoment2);
}
