using QCFramework.Phantoms;
using QCFramework.Results;

namespace QCFramework.Campaigns.Running;

/// <summary>What scoring a scan needs: where its DICOM is, what a physicist knows of it, its truth.</summary>
/// <param name="Spec">The scan.</param>
/// <param name="SeriesFolders">The scan's series: image kind (SINGLE, LOW, HIGH, VMI), VMI energy, folder.</param>
/// <param name="VertebralLevels">Vertebral levels the scan covers, superior to inferior (protocol knowledge).</param>
/// <param name="Certificate">The calibration phantom's certificate, if one was in the scan.</param>
/// <param name="Truth">Ground truth (only the scoring step sees it).</param>
/// <param name="Template">A row with the scan's columns filled; scoring adds vertebra, algorithm and values.</param>
/// <param name="WorkingDirectory">Where external commands run (the campaign file's folder).</param>
public sealed record ScanContext(
    ScanSpec Spec,
    IReadOnlyList<(string Kind, double? Kev, string Folder)> SeriesFolders,
    IReadOnlyList<string> VertebralLevels,
    CalibrationCertificate? Certificate,
    PhantomTruth Truth,
    ResultRow Template,
    string WorkingDirectory);

/// <summary>Turns a scanned series into result rows: measurement, every algorithm, scored against truth.</summary>
public interface IScanScorer
{
    /// <summary>The algorithms it runs, for the manifest.</summary>
    IReadOnlyList<AlgorithmInfo> Algorithms { get; }

    /// <summary>Scores one scan; a failure of one algorithm is a row with its reason, never an exception.</summary>
    IReadOnlyList<ResultRow> Score(ScanContext context);
}
