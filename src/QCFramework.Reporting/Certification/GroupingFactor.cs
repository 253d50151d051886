namespace QCFramework.Reporting.Certification;

/// <summary>
/// A column of results.csv that a criterion is evaluated per (within each center): "per vertebra ×
/// algorithm" is [<see cref="Vertebra"/>, <see cref="Algorithm"/>]. Names, values and labels are in
/// <see cref="GroupingFactors"/>.
/// </summary>
public enum GroupingFactor
{
    /// <summary>Calibration algorithm.</summary>
    Algorithm,

    /// <summary>Vertebra label.</summary>
    Vertebra,

    /// <summary>Phantom or set-up.</summary>
    Phantom,

    /// <summary>Cohort subject.</summary>
    Subject,

    /// <summary>Scanner.</summary>
    Scanner,

    /// <summary>Tube voltage, kVp.</summary>
    Kvp,

    /// <summary>Tube current–time product, mAs.</summary>
    Mas,

    /// <summary>Reconstruction kernel.</summary>
    Kernel,

    /// <summary>Slice thickness, mm.</summary>
    SliceMm,

    /// <summary>Contrast phase.</summary>
    Contrast,

    /// <summary>Dual-energy setting.</summary>
    DualEnergy,

    /// <summary>Simulation mode.</summary>
    Mode,
}
