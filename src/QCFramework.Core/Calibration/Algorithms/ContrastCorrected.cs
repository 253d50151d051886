using QCFramework.Measurement;

namespace QCFramework.Calibration.Algorithms;

/// <summary>
/// Phantom-calibrated BMD of a contrast-enhanced scan converted to its unenhanced value with Toelly's
/// published regressions (Toelly A et al. 2017, mg/cm³): unenhanced = −2.287 + 0.964·arterial,
/// unenhanced = −4.517 + 0.978·portal-venous. The phase comes from the series (its contrast tag) or,
/// when untagged, from the aorta: its iodine, (HU_aorta − HU_blood)/i(E) at the rods' effective energy,
/// below 1 mg I/mL is unenhanced, below 8 portal-venous, above arterial (aortic iodine is about 10–15
/// mg I/mL in the arterial and 4–6 in the portal phase). The base calibration is qct-regression.
/// </summary>
public sealed class ContrastCorrected : ICalibrationAlgorithm
{
    /// <summary>Toelly 2017: arterial → unenhanced intercept, mg/cm³.</summary>
    public const double ArterialIntercept = -2.287;

    /// <summary>Toelly 2017: arterial → unenhanced slope.</summary>
    public const double ArterialSlope = 0.964;

    /// <summary>Toelly 2017: portal-venous → unenhanced intercept, mg/cm³.</summary>
    public const double PortalIntercept = -4.517;

    /// <summary>Toelly 2017: portal-venous → unenhanced slope.</summary>
    public const double PortalSlope = 0.978;

    /// <inheritdoc />
    public string Name => "contrast-corrected";

    /// <inheritdoc />
    public AlgorithmFamily Family => AlgorithmFamily.ContrastCorrection;

    /// <inheritdoc />
    public string Citation => "Toelly A et al. 2017 (phase conversions of vBMD); Roski F et al. 2021 (correction from aortic enhancement); SCIENCE.md";

    /// <inheritdoc />
    public string Assumptions => "The population regressions of Toelly 2017 hold for this patient; the phase is tagged or readable from the aorta; rods in view.";

    /// <inheritdoc />
    public IReadOnlyList<string> RequiredInputs => ["calibration rods in view and the certificate", "the contrast phase (tag) or the aorta"];

    /// <inheritdoc />
    public CalibrationResult Fit(CalibrationInputs inputs)
    {
        var baseFit = QctRegression.FitOn(Name, inputs, inputs.Series.ReferenceImage.Key);
        if (baseFit.Model is not LinearHuModel model)
        {
            return baseFit;
        }

        var diagnostics = baseFit.Diagnostics.ToList();
        var (phase, reason) = Phase(inputs.Series, baseFit.Diagnostic("effectiveEnergyKev"), diagnostics);
        if (phase is null)
        {
            return CalibrationResult.NotApplicable(Name, reason!, diagnostics);
        }

        diagnostics.Add(new FitDiagnostic("phase", phase switch { "arterial" => 1, "portal" => 2, _ => 0 }));
        var (slope, intercept) = phase switch
        {
            "arterial" => (ArterialSlope, ArterialIntercept),
            "portal" => (PortalSlope, PortalIntercept),
            _ => (1.0, 0.0),
        };
        var corrected = model with
        {
            SlopeMgPerCm3PerHu = slope * model.SlopeMgPerCm3PerHu,
            InterceptMgPerCm3 = slope * model.InterceptMgPerCm3 + intercept,
        };
        var warnings = phase == "none" ? new List<string> { "unenhanced scan: no correction applied" } : [];
        return CalibrationResult.Fitted(Name, corrected, diagnostics, warnings);
    }

    private static (string? Phase, string? Reason) Phase(SeriesMeasurement series, double? energyKev, List<FitDiagnostic> diagnostics)
    {
        string tag = (series.ReferenceImage.Acquisition.Contrast ?? "").Trim().ToLowerInvariant();
        if (tag.Contains("arterial", StringComparison.Ordinal))
        {
            return ("arterial", null);
        }

        if (tag.Contains("portal", StringComparison.Ordinal) || tag.Contains("venous", StringComparison.Ordinal))
        {
            return ("portal", null);
        }

        if (tag is "none" or "unenhanced" or "native")
        {
            return ("none", null);
        }

        if (series.Tissues.Aorta.Hu is not { } aorta)
        {
            return (null, $"contrast phase unknown: the series has no phase tag and {series.Tissues.Aorta.NotApplicableReason}");
        }

        if (energyKev is not { } e)
        {
            return (null, "contrast phase unknown: no phase tag and no effective energy to read the aorta's iodine");
        }

        double iodine = (aorta.MeanHu - ReferenceTissue.Blood.HuAt(e)) / MineralEquivalence.IodineSlopeHuPerMgPerMl(e);
        diagnostics.Add(new FitDiagnostic("aorticIodineMgPerMl", iodine));
        return (iodine < 1 ? "none" : iodine < 8 ? "portal" : "arterial", null);
    }
}
