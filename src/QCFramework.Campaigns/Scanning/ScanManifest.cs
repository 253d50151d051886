namespace QCFramework.Campaigns.Scanning;

/// <summary>scan.json: everything needed to reproduce a scan and to measure it (no truth: that is truth.json).</summary>
public sealed record ScanManifest
{
    /// <summary>Software version.</summary>
    public required string SoftwareVersion { get; init; }

    /// <summary>Source commit.</summary>
    public required string SoftwareCommit { get; init; }

    /// <summary>The scan's seed.</summary>
    public required ulong Seed { get; init; }

    /// <summary>Phantom (or combined set-up) name.</summary>
    public required string Phantom { get; init; }

    /// <summary>Phantom files with their SHA-256.</summary>
    public required IReadOnlyList<Results.FileHash> PhantomFiles { get; init; }

    /// <summary>Scanner profile name.</summary>
    public required string Scanner { get; init; }

    /// <summary>The whole scanner profile used.</summary>
    public required Simulation.ScannerProfile ScannerProfile { get; init; }

    /// <summary>The protocol.</summary>
    public required ProtocolEntry Protocol { get; init; }

    /// <summary>Display field of view, mm.</summary>
    public required double FieldOfViewMm { get; init; }

    /// <summary>Each slice's level label and z.</summary>
    public required IReadOnlyList<SliceEntry> Slices { get; init; }

    /// <summary>The vertebral levels scanned (what a physicist knows of a scan: which vertebrae it covers).</summary>
    public required IReadOnlyList<string> VertebralLevels { get; init; }

    /// <summary>The calibration phantom's certificate (as typed into QCT software), if one was in the scan.</summary>
    public Phantoms.CalibrationCertificate? CalibrationCertificate { get; init; }

    /// <summary>The series written, by repeat.</summary>
    public required IReadOnlyList<SeriesEntry> Series { get; init; }
}

/// <summary>The protocol as scan.json records it.</summary>
/// <param name="Kvp">Tube potential, kVp.</param>
/// <param name="Mas">Exposure per rotation, mAs.</param>
/// <param name="Kernel">Kernel name (soft, standard, sharp, bone).</param>
/// <param name="SliceMm">Slice thickness, mm.</param>
/// <param name="Contrast">Contrast phase with its iodine concentrations.</param>
/// <param name="DualEnergy">Dual-energy setting or null.</param>
/// <param name="Mode">physics or fast.</param>
/// <param name="ZRangeMm">The z range scanned, or null for the measurement levels.</param>
/// <param name="Day">Day of the scanner's operation.</param>
/// <param name="Repeats">Number of repeats.</param>
/// <param name="MonoenergeticKev">VMI energies, keV.</param>
public sealed record ProtocolEntry(double Kvp, double Mas, string Kernel, double SliceMm, Simulation.ContrastPhase Contrast,
    Simulation.DualEnergySetting? DualEnergy, string Mode, double[]? ZRangeMm, double Day, int Repeats, IReadOnlyList<double>? MonoenergeticKev);

/// <summary>A slice's level and position.</summary>
/// <param name="Level">Nearest measurement level.</param>
/// <param name="ZMm">z, mm.</param>
public sealed record SliceEntry(string Level, double ZMm);

/// <summary>One series written.</summary>
/// <param name="Repeat">Repeat index (1…).</param>
/// <param name="Kind">SINGLE, LOW, HIGH or VMI.</param>
/// <param name="MonoenergeticKev">For a VMI, its energy.</param>
/// <param name="Folder">Folder relative to the scan folder ("." for a single series).</param>
/// <param name="Seed">The seed of this repeat.</param>
public sealed record SeriesEntry(int Repeat, string Kind, double? MonoenergeticKev, string Folder, ulong Seed);
