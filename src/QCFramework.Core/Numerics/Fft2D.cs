using System.Numerics;
using MathNet.Numerics.IntegralTransforms;

namespace QCFramework.Numerics;

/// <summary>
/// 2D discrete Fourier transforms of row-major data by 1D transforms of every row and then every
/// column (MathNet's managed provider has no multi-dimensional transform). Unscaled both ways:
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
        Parallel.For(0, rows, parallel, () => new Complex[columns], (j, _, row) =>
        {
            Array.Copy(data, j * columns, row, 0, columns);
            Run(row, inverse);
            Array.Copy(row, 0, data, j * columns, columns);
            return row;
        }, _ => { });
        Parallel.For(0, columns, parallel, () => new Complex[rows], (i, _, column) =>
        {
            for (int j = 0; j < rows; j++)
            {
                column[j] = data[j * columns + i];
            }

            Run(column, inverse);
            for (int j = 0; j < rows; j++)
            {
                data[j * columns + i] = column[j];
            }

            return column;
        }, _ => { });
    }

    private static void Run(Complex[] line, bool inverse)
    {
        if (inverse)
        {
            Fourier.Inverse(line, FourierOptions.NoScaling);
        }
        else
        {
            Fourier.Forward(line, FourierOptions.NoScaling);
        }
    }
}
