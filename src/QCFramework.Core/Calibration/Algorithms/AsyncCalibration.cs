using System.Globalization;
using QCFramework.Measurement;

namespace QCFramework.Calibration.Algorithms;

/// <summary>
/// Asynchronous QCT: a calibration stored from a phantom-only scan on the same scanner and protocol
/// (<see cref="StoredCalibration"/>), applied to a scan without a phantom. It only holds while the
/// scanner's CT numbers are constant (Skornitzke 2022: re-calibrate after maintenance or a tube change),
/// so every use checks constancy: air outside the body against the calibration's air (offset drift moves
/// every CT number alike); water (CSF), fat and muscle against their CT numbers at the calibration's
/// effective energy. Air drift above 5 HU warns, above 10 HU refuses (10 HU is about 8 mg HA/cm³ at
/// 120 kVp); tissues more than 20 HU off warn (their compositions vary between people).
/// Size is the other error: the beam hardening of a phantom scanned alone is not the patient's, and body
/// size is among the main sources of asynchronous calibration's error (Dudle A et al., "Asynchronous
/// calibration of a CT scanner for bone mineral density estimation: sources of error and correction",
/// JBMR Plus 8(9) (2024): time interval and body weight). The series' water-equivalent diameter is
/// compared with the calibration's; a difference above 5 cm warns (a policy: in the simulated vendor-a,
/// a calibration from the Mindways-like pad alone, D_w 12.9 cm, reads the ESP lying on the pad, 19.8 cm,
/// 9–10 mg/cm³ high).
/// </summary>
public sealed class AsyncCalibration : ICalibrationAlgorithm
{
    /// <summary>Air drift that warns, HU.</summary>
    public const double WarnDriftHu = 5;

    /// <summary>Air drift that refuses, HU.</summary>
    public const double RefuseDriftHu = 10;

    /// <summary>Tissue deviation that warns, HU.</summary>
    public const double TissueWarnHu = 20;

    /// <summary>Water-equivalent diameter difference from the calibration phantom's that warns, mm.</summary>
    public const double SizeWarnMm = 50;

    /// <inheritdoc />
    public string Name => "async";

    /// <inheritdoc />
    public AlgorithmFamily Family => AlgorithmFamily.AsynchronousPhantom;

    /// <inheritdoc />
    public string Citation => "Asynchronous QCT: Wang L et al., Sci Rep 7 (2017) 6284; Skornitzke S et al. 2022 (scanner constancy and re-calibration); Dudle A et al., JBMR Plus 8(9) (2024) (body size)";

    /// <inheritdoc />
    public string Assumptions => "The scanner and protocol match the stored calibration's and its CT numbers have not drifted; the object's size (water-equivalent diameter) is close to the calibration phantom's, since beam hardening changes with size.";

    /// <inheritdoc />
    public IReadOnlyList<string> RequiredInputs => ["a stored calibration (qcf calibrate) for this scanner and protocol", "air outside the body"];

    /// <inheritdoc />
    public CalibrationResult Fit(CalibrationInputs inputs)
    {
        if (inputs.StoredCalibration is not { } stored)
        {
            return CalibrationResult.NotApplicable(Name, "no stored calibration given (make one with qcf calibrate on a phantom-only scan)");
        }

        var acquisition = inputs.Series.ReferenceImage.Acquisition;
        string? kvpMismatch = stored.Kvp is { } k && acquisition.Kvp is { } a && Math.Abs(k - a) > 0.5 ? $"kVp: stored for {k:0}, series is {a:0}" : null;
        string? mismatch = Mismatch("manufacturer", stored.Manufacturer, acquisition.Manufacturer) ?? Mismatch("model", stored.Model, acquisition.Model)
            ?? Mismatch("kernel", stored.Kernel, acquisition.Kernel) ?? kvpMismatch;
        if (mismatch is not null)
        {
            return CalibrationResult.NotApplicable(Name, $"the stored calibration is for another scanner or protocol ({mismatch})");
        }

        var diagnostics = new List<FitDiagnostic> { new("slopeMgPerCm3PerHu", stored.SlopeMgPerCm3PerHu), new("interceptMgPerCm3", stored.InterceptMgPerCm3) };
        var warnings = new List<string>();
        var tissues = inputs.Series.Tissues;
        if (tissues.Air.Hu is { } air)
        {
            double drift = air.MeanHu - stored.AirHu;
            diagnostics.Add(new FitDiagnostic("airDriftHu", drift));
            if (Math.Abs(drift) > RefuseDriftHu)
            {
                return CalibrationResult.NotApplicable(Name, $"CT numbers drifted {drift:+0.0;-0.0} HU (air) since calibration, beyond {RefuseDriftHu:0} HU: re-calibrate", diagnostics);
            }

            if (Math.Abs(drift) > WarnDriftHu)
            {
                warnings.Add($"CT numbers drifted {drift:+0.0;-0.0} HU (air) since calibration (warning above {WarnDriftHu:0} HU)");
            }
        }
        else
        {
            warnings.Add($"constancy not checked: no air reading ({tissues.Air.NotApplicableReason})");
        }

        foreach (var (reading, tissue, name) in new[]
        {
            (tissues.Csf, ReferenceTissue.Csf, "water"), (tissues.SubcutaneousFat, ReferenceTissue.Fat, "fat"), (tissues.Muscle, ReferenceTissue.Muscle, "muscle"),
        })
        {
            if (reading.Hu is not { } hu)
            {
                continue;
            }

            double deviation = hu.MeanHu - tissue.HuAt(stored.EffectiveEnergyKev);
            diagnostics.Add(new FitDiagnostic(name + "DeviationHu", deviation));
            if (Math.Abs(deviation) > TissueWarnHu)
            {
                warnings.Add($"{name} reads {deviation.ToString("+0.0;-0.0", CultureInfo.InvariantCulture)} HU from its value at the calibration's {stored.EffectiveEnergyKev:0} keV");
            }
        }

        if (stored.WaterEquivalentDiameterMm is { } calibrationDw && inputs.Series.WaterEquivalentDiameterMm is { } seriesDw)
        {
            diagnostics.Add(new FitDiagnostic("calibrationDwMm", calibrationDw));
            diagnostics.Add(new FitDiagnostic("seriesDwMm", seriesDw));
            if (Math.Abs(seriesDw - calibrationDw) > SizeWarnMm)
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture,
                    $"the object is {seriesDw / 10:0.0} cm water-equivalent, the calibration phantom {calibrationDw / 10:0.0} cm: beam hardening differs with size, a main error of asynchronous calibration (calibrate on a phantom set-up of this size)"));
            }
        }
        else
        {
            warnings.Add("size not checked: the stored calibration or the series has no water-equivalent diameter");
        }

        var model = new LinearHuModel(inputs.Series.ReferenceImage.Key, stored.SlopeMgPerCm3PerHu, stored.InterceptMgPerCm3);
        return CalibrationResult.Fitted(Name, model, diagnostics, warnings);
    }

    private static string? Mismatch(string what, string? stored, string? series) =>
        stored is not null && series is not null && !string.Equals(stored, series, StringComparison.OrdinalIgnoreCase)
            ? $"{what}: stored for '{stored}', series is '{series}'"
            : null;
}
