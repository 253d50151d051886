using System.Numerics;
using MathNet.Numerics.IntegralTransforms;
using NUnit.Framework;
using QCFramework.Numerics;

namespace QCFramework.Tests.Numerics;

/// <summary>The radix-2 FFT against the defining sum and against MathNet's transform.</summary>
public class Radix2FftTests
{
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(8)]
    [TestCase(64)]
    [TestCase(1024)]
    public void Forward_is_the_discrete_fourier_transform(int n)
    {
        var (real, imaginary) = RandomSignal(n, n);
        var (expectedReal, expectedImaginary) = NaiveDft(real, imaginary);
        Radix2Fft.Of(n).Forward(real, imaginary);
        double scale = Math.Sqrt(n);
        for (int k = 0; k < n; k++)
        {
            Assert.That(real[k], Is.EqualTo(expectedReal[k]).Within(1e-10 * scale), $"Re X[{k}]");
            Assert.That(imaginary[k], Is.EqualTo(expectedImaginary[k]).Within(1e-10 * scale), $"Im X[{k}]");
        }
    }

    [TestCase(512)]
    [TestCase(4096)]
    public void It_agrees_with_mathnet_and_inverse_undoes_forward(int n)
    {
        var (real, imaginary) = RandomSignal(n, 7);
        var original = (real.ToArray(), imaginary.ToArray());
        var mathNet = new Complex[n];
        for (int i = 0; i < n; i++)
        {
            mathNet[i] = new Complex(real[i], imaginary[i]);
        }

        Fourier.Forward(mathNet, FourierOptions.NoScaling);
        var fft = Radix2Fft.Of(n);
        fft.Forward(real, imaginary);
        for (int k = 0; k < n; k++)
        {
            Assert.That(real[k], Is.EqualTo(mathNet[k].Real).Within(1e-9));
            Assert.That(imaginary[k], Is.EqualTo(mathNet[k].Imaginary).Within(1e-9));
        }

        fft.Inverse(real, imaginary);
        for (int i = 0; i < n; i++)
        {
            Assert.That(real[i] / n, Is.EqualTo(original.Item1[i]).Within(1e-12));
            Assert.That(imaginary[i] / n, Is.EqualTo(original.Item2[i]).Within(1e-12));
        }
    }

    [Test]
    public void Lengths_other_than_powers_of_two_are_refused() =>
        Assert.That(() => Radix2Fft.Of(384), Throws.InstanceOf<ArgumentOutOfRangeException>());

    private static (double[] Real, double[] Imaginary) RandomSignal(int n, int seed)
    {
        var random = new Random(seed);
        var real = new double[n];
        var imaginary = new double[n];
        for (int i = 0; i < n; i++)
        {
            real[i] = random.NextDouble() - 0.5;
            imaginary[i] = random.NextDouble() - 0.5;
        }

        return (real, imaginary);
    }

    private static (double[] Real, double[] Imaginary) NaiveDft(double[] real, double[] imaginary)
    {
        int n = real.Length;
        var outReal = new double[n];
        var outImaginary = new double[n];
        for (int k = 0; k < n; k++)
        {
            for (int j = 0; j < n; j++)
            {
                double angle = -2 * Math.PI * ((long)j * k % n) / n;
                outReal[k] += real[j] * Math.Cos(angle) - imaginary[j] * Math.Sin(angle);
                outImaginary[k] += real[j] * Math.Sin(angle) + imaginary[j] * Math.Cos(angle);
            }
        }

        return (outReal, outImaginary);
    }
}
