using QCFramework.Calibration;
using QCFramework.Campaigns.Definition;
using QCFramework.Campaigns.External;
using QCFramework.Campaigns.Scanning;
using QCFramework.Dicom.Ct;
using QCFramework.Imaging;
using QCFramework.Measurement;
using QCFramework.Results;

namespace QCFramework.Campaigns.Running;

/// <summary>
/// Scores a scan as a physicist's software would see it: the series is read back from its DICOM
/// files, measured automatically (vertebrae, rods, tissues), every algorithm fitted on the
/// measurement and applied to each vertebra, and only then compared with the truth. External
/// algorithms get the DICOM folder. Whatever goes wrong becomes rows with a status and a reason.
/// </summary>
public sealed class MeasurementScorer : IScanScorer
{
    private readonly IReadOnlyList<ICalibrationAlgorithm> _algorithms;
    private readonly IReadOnlyList<ExternalAlgorithm> _external;
    private readonly Func<ScanSpec, StoredCalibration?>? _storedCalibration;

    /// <summary>Creates the scorer for built-in and external algorithms; <paramref name="storedCalibration"/> gives async calibrations per scan.</summary>
    public MeasurementScorer(IReadOnlyList<ICalibrationAlgorithm> algorithms, IReadOnlyList<ExternalAlgorithm> external,
        Func<ScanSpec, StoredCalibration?>? storedCalibration = null)
    {
        _algorithms = algorithms;
        _external = external;
        _storedCalibration = storedCalibration;
        Algorithms = algorithms.Select(a => new AlgorithmInfo(a.Name, a.Family.ToString(), a.Citation))
            .Concat(external.Select(e => new AlgorithmInfo(e.Name, "external", e.Citation))).ToArray();
    }

    /// <inheritdoc />
    public IReadOnlyList<AlgorithmInfo> Algorithms { get; }

    /// <inheritdoc />
    public IReadOnlyList<ResultRow> Score(ScanContext context)
    {
        var template = context.Template;
        IReadOnlyList<CtVolume> volumes;
        try
        {
            volumes = Order(context.SeriesFolders.Select(s => DicomVolumes.FromDicom(new CtSeriesCodec().Read(s.Folder), s.Folder)).ToArray());
        }
        catch (Exception ex) when (ex is InputException or QCFramework.Dicom.DicomException)
        {
            return FailAll(context, template, $"the series could not be read: {ex.Message}");
        }

        var acquisition = volumes[0].Acquisition;
        if (context.Spec.DicomFolder is not null)
        {
            // A real scan: its protocol is what its files say.
            template = template with
            {
                Kvp = acquisition.Kvp ?? 0,
                Mas = acquisition.ExposureMas ?? 0,
                Kernel = acquisition.Kernel ?? "",
                SliceMm = volumes[0].SliceThicknessMm,
                Contrast = acquisition.Contrast ?? "none",
                Scanner = string.Join(" ", new[] { acquisition.Manufacturer, acquisition.Model }.Where(s => !string.IsNullOrEmpty(s))),
            };
        }

        SeriesMeasurement measurement;
        try
        {
            measurement = SeriesMeasurer.Measure(volumes, new MeasurementOptions(LevelLabels: context.VertebralLevels, ExpectedRodCount: context.Certificate?.Rods.Count));
        }
        catch (InputException ex)
        {
            return FailAll(context, template, $"measurement failed: {ex.Message}");
        }

        var rows = new List<ResultRow>();
        foreach (var algorithm in _algorithms)
        {
            CalibrationResult result;
            try
            {
                result = algorithm.Fit(new CalibrationInputs(measurement, context.Certificate, _storedCalibration?.Invoke(context.Spec)));
            }
            catch (InputException ex)
            {
                result = CalibrationResult.NotApplicable(algorithm.Name, ex.Message);
            }

            foreach (var truth in context.Truth.Vertebrae)
            {
                var row = template with { Vertebra = truth.Label, TruthMgPerCm3 = truth.TrabecularMgHaPerCm3, Algorithm = algorithm.Name };
                var vertebra = measurement.Vertebrae.FirstOrDefault(v => v.Label == truth.Label);
                if (vertebra is null)
                {
                    rows.Add(row with { Status = "failed", Reason = $"vertebra {truth.Label} was not found by the measurement" });
                    continue;
                }

                var estimate = result.Estimate(vertebra);
                rows.Add(row with
                {
                    MeasuredMgPerCm3 = estimate.Status == BmdEstimate.Ok ? estimate.ValueMgPerCm3 : null,
                    Status = estimate.Status,
                    Reason = estimate.Reason ?? (result.Warnings.Count > 0 ? string.Join("; ", result.Warnings) : ""),
                    Category = estimate.Category ?? "",
                    MeanHu = vertebra.MeanHu,
                    SdHu = vertebra.SdHu,
                    RoiAreaMm2 = vertebra.RoiAreaMm2,
                });
            }
        }

        foreach (var external in _external)
        {
            rows.AddRange(ScoreExternal(context, template, external, measurement));
        }

        return rows;
    }

    private static IEnumerable<ResultRow> ScoreExternal(ScanContext context, ResultRow template, ExternalAlgorithm external, SeriesMeasurement measurement)
    {
        // The external algorithm reads the series a single-energy QCT reads (the VMI nearest 70 keV of a dual-energy scan).
        string folder = context.SeriesFolders.FirstOrDefault(s => s.Kind == "SINGLE").Folder
            ?? context.SeriesFolders.Where(s => s.Kind == "VMI").OrderBy(s => Math.Abs((s.Kev ?? 0) - 70)).Select(s => s.Folder).FirstOrDefault()
            ?? context.SeriesFolders[^1].Folder;
        var answer = external.Command is { } command
            ? ExternalCommand.Run(command, folder, context.WorkingDirectory, TimeSpan.FromSeconds(external.TimeoutS))
            : new ExternalAnswer(new Dictionary<string, double>(), ".NET plug-ins are scored through the built-in algorithm list");
        foreach (var truth in context.Truth.Vertebrae)
        {
            var row = template with { Vertebra = truth.Label, TruthMgPerCm3 = truth.TrabecularMgHaPerCm3, Algorithm = external.Name };
            if (answer.FailureReason is { } reason)
            {
                yield return row with { Status = "failed", Reason = reason };
            }
            else if (answer.Values.TryGetValue(truth.Label, out double value))
            {
                yield return row with { MeasuredMgPerCm3 = value, Status = BmdEstimate.Ok, Category = BmdEstimate.CategoryOf(value) };
            }
            else
            {
                yield return row with { Status = "failed", Reason = $"no value for {truth.Label} (gave {string.Join(", ", answer.Values.Keys.DefaultIfEmpty("none"))})" };
            }
        }
    }

    private IReadOnlyList<ResultRow> FailAll(ScanContext context, ResultRow template, string reason) =>
        Algorithms.SelectMany(a => context.Truth.Vertebrae.Select(t => template with
        {
            Vertebra = t.Label,
            TruthMgPerCm3 = t.TrabecularMgHaPerCm3,
            Algorithm = a.Name,
            Status = "failed",
            Reason = reason,
        })).ToArray();

    // The reference image first: a single-energy image, else the VMI nearest 70 keV, else the high image.
    private static IReadOnlyList<CtVolume> Order(IReadOnlyList<CtVolume> volumes)
    {
        var reference = volumes.FirstOrDefault(v => v.Acquisition.ImageKind == "SINGLE")
            ?? volumes.Where(v => v.Acquisition.ImageKind == "VMI").OrderBy(v => Math.Abs((v.Acquisition.MonoenergeticKev ?? 0) - 70)).FirstOrDefault()
            ?? volumes.FirstOrDefault(v => v.Acquisition.ImageKind == "HIGH")
            ?? volumes[0];
        return [reference, .. volumes.Where(v => !ReferenceEquals(v, reference))];
    }
}
