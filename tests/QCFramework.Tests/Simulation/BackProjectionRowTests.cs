using NUnit.Framework;
using QCFramework.Simulation.Reconstruction;

namespace QCFramework.Tests.Simulation;

/// <summary>The vectorised back-projection row gives the scalar loop's floats, bit for bit.</summary>
public class BackProjectionRowTests
{
    [Test]
    public void Every_path_adds_exactly_what_the_scalar_loop_adds()
    {
        TestContext.Out.WriteLine($"this machine's path: {BackProjectionRow.Path}");
        var random = new Random(20261122);
        int mismatches = 0, cases = 0;
        foreach (int samples in new[] { 40, 367, 736 })
        {
            // Two views back to back, so the first view's blocks may read into the second.
            var q = new float[2 * samples];
            for (int j = 0; j < q.Length; j++)
            {
                q[j] = (float)(random.NextDouble() * 2 - 1);
            }

            for (int trial = 0; trial < 400; trial++)
            {
                int columns = random.Next(1, 520);
                float du = trial % 50 == 0 ? 0 : (float)(random.NextDouble() * 4.4 - 2.2);
                float u0 = (float)(random.NextDouble() * 1.4 * samples - 0.2 * samples);
                foreach (var view in new[] { q.AsMemory(0), q.AsMemory(samples) })
                {
                    var expected = Seeded(columns, trial);
                    var vector = Seeded(columns, trial);
                    var avx2 = Seeded(columns, trial);
                    BackProjectionRow.AddScalar(expected, view.Span, samples, u0, du);
                    BackProjectionRow.Add(vector, view.Span, samples, u0, du);
                    BackProjectionRow.AddAvx2(avx2, view.Span, samples, u0, du);
                    cases++;
                    for (int i = 0; i < columns; i++)
                    {
                        if (BitConverter.SingleToInt32Bits(expected[i]) != BitConverter.SingleToInt32Bits(vector[i]) ||
                            BitConverter.SingleToInt32Bits(expected[i]) != BitConverter.SingleToInt32Bits(avx2[i]))
                        {
                            mismatches++;
                        }
                    }
                }
            }
        }

        Assert.That(mismatches, Is.Zero, $"pixels differing from the scalar loop over {cases} rows");
    }

    [Test]
    public void A_row_gets_the_linear_interpolation_of_the_view()
    {
        // q(s) = 3s + 1 is linear, so interpolation is exact: row[i] = 3(u0 + i·du) + 1 where 0 ≤ u ≤ n − 1.
        const int samples = 100;
        var q = new float[samples];
        for (int j = 0; j < samples; j++)
        {
            q[j] = 3 * j + 1;
        }

        var row = new float[64];
        BackProjectionRow.Add(row, q, samples, 10.25f, 1.3f);
        for (int i = 0; i < row.Length; i++)
        {
            double u = 10.25 + i * 1.3;
            double expected = u <= samples - 1.001 ? 3 * u + 1 : 0;
            Assert.That(row[i], Is.EqualTo(expected).Within(1e-3), $"pixel {i}");
        }
    }

    private static float[] Seeded(int columns, int trial)
    {
        var row = new float[columns];
        for (int i = 0; i < columns; i++)
        {
            row[i] = (i * 7 + trial) % 13 * 0.25f;
        }

        return row;
    }
}
