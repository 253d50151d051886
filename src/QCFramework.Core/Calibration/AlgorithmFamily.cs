namespace QCFramework.Calibration;

/// <summary>The calibration pathway an algorithm belongs to (SCIENCE.md, calibration pathways).</summary>
public enum AlgorithmFamily
{
    /// <summary>CT-number reading without density: classification only.</summary>
    Triage,

    /// <summary>Synchronous phantom QCT: rods in the same scan.</summary>
    SynchronousPhantom,

    /// <summary>Asynchronous phantom QCT: a calibration stored from a phantom-only scan.</summary>
    AsynchronousPhantom,

    /// <summary>Phantomless: reference tissues in the same image.</summary>
    Phantomless,

    /// <summary>Dual-energy material decomposition or monoenergetic images.</summary>
    DualEnergy,

    /// <summary>Correction of a contrast-enhanced scan.</summary>
    ContrastCorrection,
}
