namespace QCFramework.Simulation;

/// <summary>How a scan is simulated.</summary>
public enum SimulationMode
{
    /// <summary>Projection domain: polychromatic fan-beam projections, noise, water beam-hardening correction, FBP.</summary>
    Physics,

    /// <summary>Image domain: the same physics reduced to per-region CT numbers, the kernel's MTF and NPS.</summary>
    Fast,
}

/// <summary>A dual-energy acquisition: low and high kVp (equal for dual-layer), and the technique.</summary>
/// <param name="LowKvp">Low tube potential, kVp.</param>
/// <param name="HighKvp">High tube potential, kVp.</param>
/// <param name="Technique">fast-kv-switching, dual-source or dual-layer.</param>
/// <param name="HighTinFilterMm">Tin filtration of the high beam (dual source "Sn140"), mm.</param>
public sealed record DualEnergySetting(double LowKvp, double HighKvp, string Technique, double HighTinFilterMm);

/// <summary>One scan's protocol.</summary>
/// <param name="Kvp">Tube potential, kVp (for dual energy: the high kVp, or the one kVp of dual-layer).</param>
/// <param name="Mas">Exposure per rotation, mAs.</param>
/// <param name="KernelName">Reconstruction kernel.</param>
/// <param name="SliceThicknessMm">Nominal slice thickness, mm.</param>
/// <param name="Contrast">Contrast phase.</param>
/// <param name="DualEnergy">Dual-energy setting, or null for single energy.</param>
/// <param name="Mode">Physics or fast mode.</param>
/// <param name="ZRangeMm">A contiguous z range to scan instead of the phantom's measurement levels.</param>
/// <param name="DayOfOperation">Day since the scanner's calibration (drift), days.</param>
/// <param name="MonoenergeticKev">Energies of the virtual monoenergetic images (dual energy), keV.</param>
public sealed record ScanProtocol(
    double Kvp,
    double Mas,
    string KernelName,
    double SliceThicknessMm,
    ContrastPhase Contrast,
    DualEnergySetting? DualEnergy,
    SimulationMode Mode,
    (double FromMm, double ToMm)? ZRangeMm = null,
    double DayOfOperation = 0,
    IReadOnlyList<double>? MonoenergeticKev = null);
