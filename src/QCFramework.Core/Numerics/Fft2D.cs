using System.Numerics;
using MathNet.Numerics.IntegralTransforms;

namespace QCFramework.Numerics;

/// <summary>
/// 2D discrete Fourier transforms of row-major data by 1D transforms of every row and then every
/// column (MathNet's managed provider has no multi-dimensional transform): <see cref="Radix2Fft"/>
/// for power-of-two lines, MathNet's transform otherwise. Unscaled both ways:
/// Inverse(Forward(x)) = rows·columns·x.
/// </summary>
public static class Fft2D
{
    /// <summary>Forward transform in place.</summary>
    public static void Forward(Complex[] data, int rows, int columns, ParallelOptions? parallel = null) => Transform(data, rows, columns, inverse: false, parallel);

    /// <summary>Inverse transform in place (unscaled).</summary>
    public static void Inverse(Complex[] data, int rows, int columns, ParallelOptions? parallel = null) => Transform(data, rows, columns, inverse: true, parallel);

    private static void Transform(Complex[] data, int rows, int columns, bool inverse, ParallelOptions? parallel)
    {
        parallel ??= new ParallelOptions();
        Parallel.For(0, rows, parallel, () => new Line(columns), (j, _, line) =>
        {
            for (int i = 0; i < columns; i++)
            {
                line.Set(i, data[j * columns + i]);
            }

            line.Transform(inverse);
            for (int i = 0; i < columns; i++)
            {
                data[j * columns + i] = line.Get(i);
            }

            return line;
        }, _ => { });
        Parallel.For(0, columns, parallel, () => new Line(rows), (i, _, line) =>
        {
            for (int j = 0; j < rows; j++)
            {
                line.Set(j, data[j * columns + i]);
            }

            line.Transform(inverse);
            for (int j = 0; j < rows; j++)
            {
                data[j * columns + i] = line.Get(j);
            }

            return line;
        }, _ => { });
    }

    // One row or column's work space: split parts for the radix-2 plan, or MathNet's Complex[].
    private sealed class Line
    {
        private readonly Radix2Fft? _fft;
        private readonly double[] _real = [], _imaginary = [];
        private readonly Complex[] _complex = [];

        public Line(int length)
        {
            if (System.Numerics.BitOperations.IsPow2(length))
            {
                _fft = Radix2Fft.Of(length);
                _real = new double[length];
                _imaginary = new double[length];
            }
            else
            {
                _complex = new Complex[length];
            }
        }

        public void Set(int i, Complex value)
        {
            if (_fft is null)
            {
                _complex[i] = value;
            }
            else
            {
                _real[i] = value.Real;
                _imaginary[i] = value.Imaginary;
            }
        }

        public Complex Get(int i) => _fft is null ? _complex[i] : new Complex(_real[i], _imaginary[i]);

        public void Transform(bool inverse)
        {
            if (_fft is not null)
            {
                if (inverse)
                {
                    _fft.Inverse(_real, _imaginary);
                }
                else
                {
                    _fft.Forward(_real, _imaginary);
                }
            }
            else if (inverse)
            {
                Fourier.Inverse(_complex, FourierOptions.NoScaling);
            }
            else
            {
                Fourier.Forward(_complex, FourierOptions.NoScaling);
            }
        }
    }
}
