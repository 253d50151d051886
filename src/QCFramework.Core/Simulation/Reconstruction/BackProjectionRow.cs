using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace QCFramework.Simulation.Reconstruction;

/// <summary>
/// The back-projector's inner loop: adds one filtered view, linearly interpolated at
/// u = u0 + i·du, to one image row. Along a row the sampled positions are evenly spaced, so a block
/// of 16 (AVX-512) or 8 (AVX2) pixels reads a short run of consecutive samples: the block loads that
/// run and picks each pixel's two neighbours with a register permute instead of a gather. Every path
/// does the same float operations in the same order as the scalar loop, so images are bit-identical
/// whichever path the machine takes.
/// </summary>
internal static class BackProjectionRow
{
    // A 16-pixel block spans |du|·15 + 2 samples; a two-register permute reaches 32 (AVX2: 8 pixels, 16).
    private const float MaxStepAvx512 = 1.9f, MaxStepAvx2 = 1.8f;

    /// <summary>Which implementation <see cref="Add"/> uses on this machine.</summary>
    internal static string Path => Avx512F.IsSupported ? "AVX-512" : Avx2.IsSupported ? "AVX2" : "scalar";

    /// <summary>
    /// Adds q(u0 + i·du) to row[i] wherever 0 ≤ u ≤ samples − 1. <paramref name="q"/> starts at the
    /// view's first sample and may run on past it (the following views): the vector paths read up to
    /// 32 floats ahead but never use a sample beyond <paramref name="samples"/>.
    /// </summary>
    public static void Add(Span<float> row, ReadOnlySpan<float> q, int samples, float u0, float du)
    {
        var (first, last) = Range(row.Length, samples, u0, du);
        if (first > last)
        {
            return;
        }

        int i = first;
        if (Avx512F.IsSupported && Math.Abs(du) <= MaxStepAvx512)
        {
            i = Avx512(row, q, u0, du, first, last);
        }
        else if (Avx2.IsSupported && Math.Abs(du) <= MaxStepAvx2)
        {
            i = Avx2Blocks(row, q, u0, du, first, last);
        }

        Scalar(row, q, u0, du, i, last);
    }

    /// <summary>The scalar loop alone (the reference the vector paths are tested against).</summary>
    internal static void AddScalar(Span<float> row, ReadOnlySpan<float> q, int samples, float u0, float du)
    {
        var (first, last) = Range(row.Length, samples, u0, du);
        Scalar(row, q, u0, du, first, last);
    }

    /// <summary>The AVX2 path alone, then the scalar tail (for tests on AVX-512 machines).</summary>
    internal static void AddAvx2(Span<float> row, ReadOnlySpan<float> q, int samples, float u0, float du)
    {
        var (first, last) = Range(row.Length, samples, u0, du);
        int i = first <= last && Avx2.IsSupported && Math.Abs(du) <= MaxStepAvx2 ? Avx2Blocks(row, q, u0, du, first, last) : first;
        Scalar(row, q, u0, du, i, last);
    }

    // The pixels whose u lies in [0, samples − 1.001], so that index and index + 1 are samples.
    private static (int First, int Last) Range(int length, int samples, float u0, float du)
    {
        int first = 0, last = length - 1;
        float max = samples - 1.001f;
        if (du > 0)
        {
            first = Math.Max(first, (int)Math.Ceiling(-u0 / du));
            last = Math.Min(last, (int)Math.Floor((max - u0) / du));
        }
        else if (du < 0)
        {
            first = Math.Max(first, (int)Math.Ceiling((max - u0) / du));
            last = Math.Min(last, (int)Math.Floor(-u0 / du));
        }
        else if (u0 < 0 || u0 > max)
        {
            return (0, -1);
        }

        return (first, last);
    }

    private static void Scalar(Span<float> row, ReadOnlySpan<float> q, float u0, float du, int first, int last)
    {
        // Range() established 0 ≤ u ≤ samples − 1.001, so index and index + 1 lie within q.
        ref float q0 = ref MemoryMarshal.GetReference(q);
        ref float r0 = ref MemoryMarshal.GetReference(row);
        for (int i = first; i <= last; i++)
        {
            float u = u0 + i * du;
            int index = (int)u;
            float t = u - index;
            float a = Unsafe.Add(ref q0, index);
            Unsafe.Add(ref r0, i) += a + t * (Unsafe.Add(ref q0, index + 1) - a);
        }
    }

    // Returns the first pixel not yet done.
    private static int Avx512(Span<float> row, ReadOnlySpan<float> q, float u0, float du, int first, int last)
    {
        ref float q0 = ref MemoryMarshal.GetReference(q);
        ref float r0 = ref MemoryMarshal.GetReference(row);
        var lanes = Vector512.Create(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        var u0v = Vector512.Create(u0);
        var duv = Vector512.Create(du);
        var one = Vector512.Create(1);
        int i = first;
        for (; i + 15 <= last; i += 16)
        {
            var u = u0v + Vector512.ConvertToSingle(Vector512.Create(i) + lanes) * duv;
            var index = Avx512F.ConvertToVector512Int32WithTruncation(u);
            // The block's first sample, computed as its lane computes it (scalar, so no extract waits on the vector).
            int start = (int)(u0 + (du > 0 ? i : i + 15) * du);
            if (start + 32 > q.Length)
            {
                break;
            }

            var relative = index - Vector512.Create(start);
            var lower = Vector512.LoadUnsafe(ref q0, (nuint)start);
            var upper = Vector512.LoadUnsafe(ref q0, (nuint)(start + 16));
            var a = Avx512F.PermuteVar16x32x2(lower, relative, upper);
            var b = Avx512F.PermuteVar16x32x2(lower, relative + one, upper);
            var t = u - Vector512.ConvertToSingle(index);
            var sum = Vector512.LoadUnsafe(ref r0, (nuint)i) + (a + t * (b - a));
            sum.StoreUnsafe(ref r0, (nuint)i);
        }

        return i;
    }

    private static int Avx2Blocks(Span<float> row, ReadOnlySpan<float> q, float u0, float du, int first, int last)
    {
        ref float q0 = ref MemoryMarshal.GetReference(q);
        ref float r0 = ref MemoryMarshal.GetReference(row);
        var lanes = Vector256.Create(0, 1, 2, 3, 4, 5, 6, 7);
        var u0v = Vector256.Create(u0);
        var duv = Vector256.Create(du);
        var one = Vector256.Create(1);
        var seven = Vector256.Create(7);
        int i = first;
        for (; i + 7 <= last; i += 8)
        {
            var u = u0v + Vector256.ConvertToSingle(Vector256.Create(i) + lanes) * duv;
            var index = Avx.ConvertToVector256Int32WithTruncation(u);
            int start = (int)(u0 + (du > 0 ? i : i + 7) * du);
            if (start + 16 > q.Length)
            {
                break;
            }

            var relative = index - Vector256.Create(start);
            var lower = Vector256.LoadUnsafe(ref q0, (nuint)start);
            var upper = Vector256.LoadUnsafe(ref q0, (nuint)(start + 8));
            var a = Pick(lower, upper, relative, seven);
            var b = Pick(lower, upper, relative + one, seven);
            var t = u - Vector256.ConvertToSingle(index);
            var sum = Vector256.LoadUnsafe(ref r0, (nuint)i) + (a + t * (b - a));
            sum.StoreUnsafe(ref r0, (nuint)i);
        }

        return i;
    }

    // Element relative[k] of the 16 floats lower ‖ upper (AVX2 permutes one register at a time).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Pick(Vector256<float> lower, Vector256<float> upper, Vector256<int> relative, Vector256<int> seven) =>
        Avx.BlendVariable(Avx2.PermuteVar8x32(lower, relative), Avx2.PermuteVar8x32(upper, relative),
            Avx2.CompareGreaterThan(relative, seven).AsSingle());
}
