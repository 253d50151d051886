using NUnit.Framework;

namespace QCFramework.Tests.Statistics;

/// <summary>Compares every field of our output with the reference's, reporting all mismatches at once.</summary>
internal static class ReferenceAssert
{
    /// <summary>The acceptance tolerance: 1e-6 relative.</summary>
    public const double Relative = 1e-6;

    // Only for values that are exactly zero in one program and a rounding residue in the other.
    private const double ZeroFloor = 1e-12;

    /// <summary>True when <paramref name="ours"/> agrees with <paramref name="reference"/> to 1e-6 relative.</summary>
    public static bool Close(double ours, double reference) =>
        Math.Abs(ours - reference) <= Relative * Math.Max(Math.Abs(ours), Math.Abs(reference)) + ZeroFloor;

    /// <summary>Asserts that both have the same keys and that every value agrees (nulls with nulls).</summary>
    public static void SameFields(string dataSet, IReadOnlyDictionary<string, double?> ours, IReadOnlyDictionary<string, double?> reference)
    {
        var problems = new List<string>();
        foreach (var key in ours.Keys.Except(reference.Keys))
        {
            problems.Add($"{key}: ours {ours[key]}, no reference value");
        }

        foreach (var key in reference.Keys.Except(ours.Keys))
        {
            problems.Add($"{key}: reference {reference[key]}, missing from our output");
        }

        foreach (var (key, value) in ours)
        {
            if (!reference.TryGetValue(key, out var expected))
            {
                continue;
            }

            bool agree = (value, expected) switch
            {
                (null, null) => true,
                (double a, double b) => Close(a, b),
                _ => false,
            };
            if (!agree)
            {
                problems.Add($"{key}: ours {value:R}, reference {expected:R}");
            }
        }

        Assert.That(problems, Is.Empty, $"data set '{dataSet}' differs from R:\n" + string.Join("\n", problems));
    }
}
