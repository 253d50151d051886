using System.Numerics;
using MathNet.Numerics.IntegralTransforms;
using QCFramework.Numerics;
using QCFramework.Phantoms;

namespace QCFramework.Simulation.Reconstruction;

/// <summary>
/// Parallel-beam filtered back-projection (Kak &amp; Slaney, "Principles of Computerized Tomographic
/// Imaging", 1988, ch. 3): each view is convolved with the band-limited ramp (Ramachandran–
/// Lakshminarayanan's spatial kernel, zero-padded so the convolution is linear) times the kernel's
/// apodisation window, then back-projected with linear interpolation:
/// f(x, y) = (π/K)·Σₖ qₖ(x·cos θₖ + y·sin θₖ).
/// </summary>
public static class FilteredBackProjection
{
    /// <summary>
    /// Reconstructs the sinogram onto <paramref name="grid"/>. With dimensionless line integrals and
    /// s in mm the result is in 1/mm; it is returned in 1/cm. <paramref name="window"/> is W(f) with f in
    /// cycles/mm (null: the plain ramp).
    /// </summary>
    public static float[] Reconstruct(ParallelSinogram sinogram, RasterGrid grid, Func<double, double>? window, ParallelOptions? parallel = null)
    {
        var filtered = Filter(sinogram, window, parallel);
        return BackProject(filtered, sinogram, grid, parallel);
    }

    /// <summary>The ramp filter (times the window) applied to every view.</summary>
    public static float[] Filter(ParallelSinogram sinogram, Func<double, double>? window, ParallelOptions? parallel = null)
    {
        int n = 1;
        while (n < 2 * sinogram.Samples)
        {
            n <<= 1;
        }

        double tau = sinogram.SampleSpacingMm;
        var filter = FilterResponse(n, tau, window);
        var output = new float[sinogram.Data.Length];
        int samples = sinogram.Samples;
        int pairs = (sinogram.Views + 1) / 2;

        // Two real views share one complex FFT (one as the real part, one as the imaginary part):
        // the filter is real and even, so the two filtered views come back in the two parts.
        var fft = Radix2Fft.Of(n);
        Parallel.For(0, pairs, parallel ?? new ParallelOptions(), () => new double[2 * n], (pair, _, buffer) =>
        {
            int a = 2 * pair, b = a + 1;
            bool hasB = b < sinogram.Views;
            var real = buffer.AsSpan(0, n);
            var imaginary = buffer.AsSpan(n, n);
            real.Clear();
            imaginary.Clear();
            for (int j = 0; j < samples; j++)
            {
                real[j] = sinogram.Data[a * samples + j];
                imaginary[j] = hasB ? sinogram.Data[b * samples + j] : 0;
            }

            fft.Forward(real, imaginary);
            for (int i = 0; i < n; i++)
            {
                real[i] *= filter[i];
                imaginary[i] *= filter[i];
            }

            fft.Inverse(real, imaginary);
            double norm = tau / n;
            for (int j = 0; j < samples; j++)
            {
                output[a * samples + j] = (float)(real[j] * norm);
                if (hasB)
                {
                    output[b * samples + j] = (float)(imaginary[j] * norm);
                }
            }

            return buffer;
        }, _ => { });
        return output;
    }

    /// <summary>The discrete filter's frequency response for FFT length <paramref name="n"/> and spacing <paramref name="tau"/> mm.</summary>
    public static double[] FilterResponse(int n, double tau, Func<double, double>? window)
    {
        // Ram–Lak: h[0] = 1/(4τ²), h[k odd] = −1/(kπτ)², h[k even] = 0, laid out circularly.
        var h = new Complex[n];
        h[0] = 1 / (4 * tau * tau);
        for (int k = 1; k < n / 2; k++)
        {
            if (k % 2 == 1)
            {
                double v = -1 / (k * Math.PI * tau * (k * Math.PI * tau));
                h[k] = v;
                h[n - k] = v;
            }
        }

        Fourier.Forward(h, FourierOptions.NoScaling);
        var response = new double[n];
        for (int i = 0; i < n; i++)
        {
            double f = (i <= n / 2 ? i : n - i) / (n * tau);
            response[i] = h[i].Real * (window?.Invoke(f) ?? 1.0);
        }

        return response;
    }

    /// <summary>Back-projects filtered views onto <paramref name="grid"/>; result in 1/cm.</summary>
    public static float[] BackProject(float[] filtered, ParallelSinogram sinogram, RasterGrid grid, ParallelOptions? parallel = null)
    {
        int views = sinogram.Views, samples = sinogram.Samples;
        var cos = new float[views];
        var sin = new float[views];
        for (int k = 0; k < views; k++)
        {
            cos[k] = (float)Math.Cos(sinogram.Angle(k));
            sin[k] = (float)Math.Sin(sinogram.Angle(k));
        }

        float invTau = (float)(1 / sinogram.SampleSpacingMm);
        float centre = (samples - 1) / 2f;
        float offset = (float)sinogram.CentreOffsetMm;
        float scale = (float)(Math.PI / views * 10.0); // π/K, and 1/mm → 1/cm
        var image = new float[grid.PixelCount];
        int columns = grid.Columns;
        float x0 = (float)grid.X(0), dx = (float)grid.PixelSpacingMm;
        Parallel.For(0, grid.Rows, parallel ?? new ParallelOptions(), j =>
        {
            float y = (float)grid.Y(j);
            var row = image.AsSpan(j * columns, columns);
            for (int k = 0; k < views; k++)
            {
                // The view and what follows it: the vector paths read a block's run of samples in one load.
                var q = filtered.AsSpan(k * samples);
                float u0 = (x0 * cos[k] + y * sin[k] - offset) * invTau + centre;
                float du = dx * cos[k] * invTau;
                BackProjectionRow.Add(row, q, samples, u0, du);
            }

            for (int i = 0; i < columns; i++)
            {
                row[i] *= scale;
            }
        });
        return image;
    }
}
