using System.Collections.Concurrent;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace QCFramework.Numerics;

/// <summary>
/// An unscaled complex FFT for power-of-two lengths on split real/imaginary arrays: iterative
/// radix-2 Cooley–Tukey, decimation in time, with the twiddles of every stage tabulated once per
/// length. It exists because the reconstruction filters hundreds of short views per slice and
/// MathNet's general-purpose transform spends most of that time on per-call overhead; each
/// butterfly is computed lane-wise with <see cref="Vector{T}"/>, so results do not depend on the
/// vector width. Inverse(Forward(x)) = n·x.
/// </summary>
public sealed class Radix2Fft
{
    private static readonly ConcurrentDictionary<int, Radix2Fft> Plans = new();

    private readonly int[] _bitReversed;
    // Stage with half-span m (m = 1, 2, 4, …) keeps cos/sin(−π·j/m), j < m, at offset m − 1.
    private readonly double[] _cos, _sin;

    private Radix2Fft(int length)
    {
        Length = length;
        int bits = BitOperations.Log2((uint)length);
        _bitReversed = new int[length];
        for (int i = 0; i < length; i++)
        {
            _bitReversed[i] = (int)(ReverseBits((uint)i) >> (32 - bits));
        }

        _cos = new double[Math.Max(1, length - 1)];
        _sin = new double[_cos.Length];
        for (int m = 1; m < length; m <<= 1)
        {
            for (int j = 0; j < m; j++)
            {
                double angle = -Math.PI * j / m;
                _cos[m - 1 + j] = Math.Cos(angle);
                _sin[m - 1 + j] = Math.Sin(angle);
            }
        }
    }

    /// <summary>The transform length.</summary>
    public int Length { get; }

    /// <summary>The (shared, immutable) plan for <paramref name="length"/>, a power of two.</summary>
    public static Radix2Fft Of(int length)
    {
        if (length < 1 || !BitOperations.IsPow2(length))
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, "the length must be a power of two");
        }

        return Plans.GetOrAdd(length, n => new Radix2Fft(n));
    }

    /// <summary>Forward transform X[k] = Σ x[j]·e^(−2πijk/n), in place.</summary>
    public void Forward(Span<double> real, Span<double> imaginary)
    {
        if (real.Length != Length || imaginary.Length != Length)
        {
            throw new ArgumentException($"both parts must have {Length} elements");
        }

        Permute(real, imaginary);
        for (int m = 1; m < Length; m <<= 1)
        {
            Stage(real, imaginary, m);
        }
    }

    /// <summary>Inverse transform x[j] = Σ X[k]·e^(+2πijk/n), in place and unscaled.</summary>
    public void Inverse(Span<double> real, Span<double> imaginary) =>
        // Conjugation by swapping the parts: swap(DFT(swap(x))) = n·IDFT(x) unscaled.
        Forward(imaginary, real);

    private void Permute(Span<double> real, Span<double> imaginary)
    {
        for (int i = 0; i < Length; i++)
        {
            int j = _bitReversed[i];
            if (j > i)
            {
                (real[i], real[j]) = (real[j], real[i]);
                (imaginary[i], imaginary[j]) = (imaginary[j], imaginary[i]);
            }
        }
    }

    private void Stage(Span<double> real, Span<double> imaginary, int m)
    {
        if (m < Vector<double>.Count)
        {
            NarrowStage(real, imaginary, m);
            return;
        }

        // Lengths were checked on entry and every index below is < Length, so no bounds checks.
        ref double re = ref MemoryMarshal.GetReference(real);
        ref double im = ref MemoryMarshal.GetReference(imaginary);
        ref double cos = ref _cos[m - 1];
        ref double sin = ref _sin[m - 1];
        int width = Vector<double>.Count;
        for (int start = 0; start < Length; start += 2 * m)
        {
            for (int j = 0; j < m; j += width)
            {
                nuint a = (nuint)(start + j), b = a + (nuint)m;
                var c = Vector.LoadUnsafe(ref cos, (nuint)j);
                var s = Vector.LoadUnsafe(ref sin, (nuint)j);
                var ar = Vector.LoadUnsafe(ref re, a);
                var ai = Vector.LoadUnsafe(ref im, a);
                var br = Vector.LoadUnsafe(ref re, b);
                var bi = Vector.LoadUnsafe(ref im, b);
                var tr = br * c - bi * s;
                var ti = br * s + bi * c;
                (ar - tr).StoreUnsafe(ref re, b);
                (ai - ti).StoreUnsafe(ref im, b);
                (ar + tr).StoreUnsafe(ref re, a);
                (ai + ti).StoreUnsafe(ref im, a);
            }
        }
    }

    // Stages whose half-span is narrower than a vector, butterfly by butterfly.
    private void NarrowStage(Span<double> real, Span<double> imaginary, int m)
    {
        if (m <= 2)
        {
            FirstStages(real, imaginary, m);
            return;
        }

        var cos = _cos.AsSpan(m - 1, m);
        var sin = _sin.AsSpan(m - 1, m);
        for (int j = 0; j < m; j++)
        {
            double c = cos[j], s = sin[j];
            for (int a = j; a < Length; a += 2 * m)
            {
                int b = a + m;
                double tr = real[b] * c - imaginary[b] * s;
                double ti = real[b] * s + imaginary[b] * c;
                real[b] = real[a] - tr;
                imaginary[b] = imaginary[a] - ti;
                real[a] += tr;
                imaginary[a] += ti;
            }
        }
    }

    // Half-spans 1 and 2 have the twiddles 1 and −i: additions and swaps only (exact).
    private void FirstStages(Span<double> real, Span<double> imaginary, int m)
    {
        ref double re = ref MemoryMarshal.GetReference(real);
        ref double im = ref MemoryMarshal.GetReference(imaginary);
        for (int a = 0; a + m < Length; a += 2 * m)
        {
            Butterfly(ref re, ref im, a, a + m);
            if (m == 2)
            {
                // b·(−i) = (Im b, −Re b)
                int c = a + 1, d = a + 3;
                double tr = Unsafe.Add(ref im, d), ti = -Unsafe.Add(ref re, d);
                Unsafe.Add(ref re, d) = Unsafe.Add(ref re, c) - tr;
                Unsafe.Add(ref im, d) = Unsafe.Add(ref im, c) - ti;
                Unsafe.Add(ref re, c) += tr;
                Unsafe.Add(ref im, c) += ti;
            }
        }
    }

    private static void Butterfly(ref double re, ref double im, int a, int b)
    {
        double tr = Unsafe.Add(ref re, b), ti = Unsafe.Add(ref im, b);
        Unsafe.Add(ref re, b) = Unsafe.Add(ref re, a) - tr;
        Unsafe.Add(ref im, b) = Unsafe.Add(ref im, a) - ti;
        Unsafe.Add(ref re, a) += tr;
        Unsafe.Add(ref im, a) += ti;
    }

    private static uint ReverseBits(uint x)
    {
        x = ((x >> 1) & 0x55555555u) | ((x & 0x55555555u) << 1);
        x = ((x >> 2) & 0x33333333u) | ((x & 0x33333333u) << 2);
        x = ((x >> 4) & 0x0F0F0F0Fu) | ((x & 0x0F0F0F0Fu) << 4);
        x = ((x >> 8) & 0x00FF00FFu) | ((x & 0x00FF00FFu) << 8);
        return (x >> 16) | (x << 16);
    }
}
