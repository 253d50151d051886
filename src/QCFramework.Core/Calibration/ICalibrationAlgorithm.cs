namespace QCFramework.Calibration;

/// <summary>
/// A calibration algorithm, as Bonelab's Ogo shapes them: fitted on a series' samples, then applied
/// to ROIs. It refuses input it cannot handle with a reason and never invents a value.
/// </summary>
public interface ICalibrationAlgorithm
{
    /// <summary>Registry name, e.g. "qct-regression".</summary>
    string Name { get; }

    /// <summary>The calibration pathway.</summary>
    AlgorithmFamily Family { get; }

    /// <summary>Where the method comes from.</summary>
    string Citation { get; }

    /// <summary>What it assumes, in a sentence or two.</summary>
    string Assumptions { get; }

    /// <summary>The inputs it needs (rods and certificate, reference tissues, two energies, a stored calibration …).</summary>
    IReadOnlyList<string> RequiredInputs { get; }

    /// <summary>Fits the calibration on the series, or refuses with the reason.</summary>
    CalibrationResult Fit(CalibrationInputs inputs);
}
