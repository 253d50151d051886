using QCFramework.Calibration.Algorithms;

namespace QCFramework.Calibration;

/// <summary>Every calibration algorithm, by name (as ASTRA and TIGRE choose algorithms).</summary>
public static class CalibrationRegistry
{
    /// <summary>The algorithms in the order reports list them.</summary>
    public static IReadOnlyList<ICalibrationAlgorithm> All { get; } =
    [
        new HuDirect(),
        new QctTwoPoint(),
        new QctRegression(),
        new QctMindways(),
        new AsyncCalibration(),
        new PhantomlessMuscleFat(),
        new PhantomlessFatAir(),
        new PhantomlessMultiTissue(),
        new DectTwoMaterial(),
        new DectThreeMaterial(),
        new DectVnc(),
        new VmiCalibrated(),
        new ContrastCorrected(),
    ];

    /// <summary>The algorithm named <paramref name="name"/>.</summary>
    /// <exception cref="InputException">No such algorithm (the known names are listed).</exception>
    public static ICalibrationAlgorithm Get(string name) =>
        All.FirstOrDefault(a => string.Equals(a.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new InputException($"unknown algorithm '{name}'; known: {string.Join(", ", All.Select(a => a.Name))}");

    /// <summary>"all" or a comma-separated list of names.</summary>
    /// <exception cref="InputException">An unknown name or an empty list.</exception>
    public static IReadOnlyList<ICalibrationAlgorithm> Parse(string selection)
    {
        if (string.Equals(selection.Trim(), "all", StringComparison.OrdinalIgnoreCase))
        {
            return All;
        }

        var names = selection.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length == 0)
        {
            throw new InputException("no algorithm named: give 'all' or a comma-separated list");
        }

        return names.Select(Get).Distinct().ToArray();
    }
}
