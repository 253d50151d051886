using QCFramework.Simulation;

namespace QCFramework.Campaigns.Definition;

/// <summary>
/// A campaign (protocols/*.yaml): centers with their scanners and protocol matrices, the phantom
/// set-ups and cohorts they scan, the algorithms scored, the acceptance criteria and the master
/// seed. Every scan's seed derives from the master seed and the scan's identity.
/// </summary>
/// <param name="Name">Campaign name.</param>
/// <param name="Description">What it certifies.</param>
/// <param name="File">The campaign file.</param>
/// <param name="MasterSeed">Master seed.</param>
/// <param name="AcquisitionTime">Date and time written to DICOM and the manifest (reruns are identical).</param>
/// <param name="Mode">Simulation mode of every simulated scan.</param>
/// <param name="Centers">The centers.</param>
/// <param name="Setups">The phantom set-ups scanned at every simulated center.</param>
/// <param name="Cohorts">Virtual cohorts whose subjects are scanned at every simulated center.</param>
/// <param name="Algorithms">Built-in algorithm names to score ("all" expanded by the runner).</param>
/// <param name="External">External algorithms (commands or .NET plug-ins).</param>
/// <param name="CriteriaFile">Acceptance criteria file, or null for the default.</param>
/// <param name="KeepDicom">Keep every scan's DICOM under the output folder (otherwise scored and removed).</param>
/// <param name="InputFiles">Every file the campaign read (for the manifest's hashes).</param>
public sealed record Campaign(
    string Name,
    string Description,
    string File,
    ulong MasterSeed,
    DateTime AcquisitionTime,
    SimulationMode Mode,
    IReadOnlyList<Center> Centers,
    IReadOnlyList<Setup> Setups,
    IReadOnlyList<CohortEntry> Cohorts,
    IReadOnlyList<string> Algorithms,
    IReadOnlyList<ExternalAlgorithm> External,
    string? CriteriaFile,
    bool KeepDicom,
    IReadOnlyList<string> InputFiles);

/// <summary>A center: a simulated scanner with its protocol matrix, or a folder of real DICOM scans.</summary>
/// <param name="Name">Center name.</param>
/// <param name="Scanner">Scanner profile (simulated centers).</param>
/// <param name="Protocols">The protocol matrix (simulated centers).</param>
/// <param name="Day">Day of the scanner's operation (drift).</param>
/// <param name="DicomFolder">Folder of this center's real scans (one series per subfolder), or null.</param>
/// <param name="DicomPhantomFile">The phantom (with its certificate values) the real scans show.</param>
/// <param name="DicomCalibrationPhantomFile">The calibration phantom under it in the real scans, if any (its certificate).</param>
public sealed record Center(string Name, ScannerProfile? Scanner, ProtocolMatrix? Protocols, double Day,
    string? DicomFolder, string? DicomPhantomFile, string? DicomCalibrationPhantomFile);

/// <summary>
/// The protocols a center runs: every combination of the listed values, each repeated.
/// </summary>
/// <param name="Kvp">Tube potentials, kVp.</param>
/// <param name="Mas">Exposures, mAs.</param>
/// <param name="Kernels">Kernels.</param>
/// <param name="SliceMm">Slice thicknesses, mm.</param>
/// <param name="Contrast">Contrast phases.</param>
/// <param name="DualEnergy">Dual-energy settings (null entry: single energy).</param>
/// <param name="Repeats">Repeats of each combination.</param>
public sealed record ProtocolMatrix(
    IReadOnlyList<double> Kvp,
    IReadOnlyList<double> Mas,
    IReadOnlyList<string> Kernels,
    IReadOnlyList<double> SliceMm,
    IReadOnlyList<ContrastPhase> Contrast,
    IReadOnlyList<DualEnergySetting?> DualEnergy,
    int Repeats);

/// <summary>One thing scanned: phantoms placed together (later ones take precedence).</summary>
/// <param name="Name">Set-up name (a phantom name, or a cohort subject).</param>
/// <param name="Phantoms">The phantom files and where they go.</param>
/// <param name="Subject">Cohort subject id, or empty.</param>
public sealed record Setup(string Name, IReadOnlyList<PlacedPhantom> Phantoms, string Subject);

/// <summary>A phantom file moved by an offset.</summary>
/// <param name="File">Phantom file.</param>
/// <param name="OffsetMm">Translation [x, y, z], mm.</param>
public sealed record PlacedPhantom(string File, IReadOnlyList<double> OffsetMm);

/// <summary>A virtual cohort scanned at every simulated center.</summary>
/// <param name="ModelFile">Cohort model (phantoms/cohorts/*.yaml).</param>
/// <param name="Count">Number of subjects.</param>
/// <param name="Seed">Cohort seed.</param>
/// <param name="CalibrationPhantomFile">A calibration phantom placed under each subject (its top at the body's posterior surface), or null.</param>
public sealed record CohortEntry(string ModelFile, int Count, ulong Seed, string? CalibrationPhantomFile);

/// <summary>An algorithm from outside: a command run on each scan's DICOM, or a .NET plug-in assembly.</summary>
/// <param name="Name">Name in results.</param>
/// <param name="Command">Command template with {dicom_dir} and {out_json}, or null.</param>
/// <param name="Assembly">Plug-in assembly path, or null.</param>
/// <param name="TimeoutS">Time limit per scan, s.</param>
/// <param name="Citation">Where it comes from.</param>
public sealed record ExternalAlgorithm(string Name, string? Command, string? Assembly, double TimeoutS, string Citation);
