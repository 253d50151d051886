using System.Globalization;
using QCFramework.Results;

namespace QCFramework.Reporting.Certification;

/// <summary>The YAML name of each <see cref="GroupingFactor"/>, a row's value of it, and how that value is printed and ordered.</summary>
public static class GroupingFactors
{
    /// <summary>Every factor, in declaration order.</summary>
    public static IReadOnlyList<GroupingFactor> All { get; } = Enum.GetValues<GroupingFactor>();

    /// <summary>The factor's name in criteria files: its results.csv column.</summary>
    public static string YamlName(GroupingFactor factor) => factor switch
    {
        GroupingFactor.Algorithm => "algorithm",
        GroupingFactor.Vertebra => "vertebra",
        GroupingFactor.Phantom => "phantom",
        GroupingFactor.Subject => "subject",
        GroupingFactor.Scanner => "scanner",
        GroupingFactor.Kvp => "kvp",
        GroupingFactor.Mas => "mas",
        GroupingFactor.Kernel => "kernel",
        GroupingFactor.SliceMm => "sliceMm",
        GroupingFactor.Contrast => "contrast",
        GroupingFactor.DualEnergy => "dualEnergy",
        GroupingFactor.Mode => "mode",
        _ => throw new ArgumentOutOfRangeException(nameof(factor), factor, null),
    };

    /// <summary>The factor named <paramref name="yamlName"/>, or null.</summary>
    public static GroupingFactor? FromYamlName(string yamlName)
    {
        foreach (GroupingFactor f in All)
        {
            if (YamlName(f) == yamlName)
            {
                return f;
            }
        }

        return null;
    }

    /// <summary>The row's value of the factor, as printed: numbers with their unit ("120 kVp", "1 mm").</summary>
    public static string Value(GroupingFactor factor, ResultRow row) => factor switch
    {
        GroupingFactor.Algorithm => row.Algorithm,
        GroupingFactor.Vertebra => row.Vertebra,
        GroupingFactor.Phantom => row.Phantom,
        GroupingFactor.Subject => row.Subject,
        GroupingFactor.Scanner => row.Scanner,
        GroupingFactor.Kvp => Number(row.Kvp) + " kVp",
        GroupingFactor.Mas => Number(row.Mas) + " mAs",
        GroupingFactor.Kernel => row.Kernel,
        GroupingFactor.SliceMm => Number(row.SliceMm) + " mm",
        GroupingFactor.Contrast => row.Contrast,
        GroupingFactor.DualEnergy => row.DualEnergy,
        GroupingFactor.Mode => row.Mode,
        _ => throw new ArgumentOutOfRangeException(nameof(factor), factor, null),
    };

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
