using QCFramework.Measurement;

namespace QCFramework.Calibration.Algorithms;

/// <summary>
/// The trabecular CT number read directly, for triage only: below 110 HU a risk of osteoporosis,
/// 110–135 HU low bone mass, above 135 HU normal. No density: HU depend on kVp, scanner and contrast.
/// </summary>
public sealed class HuDirect : ICalibrationAlgorithm
{
    /// <summary>Below this, osteoporosis risk, HU.</summary>
    public const double OsteoporosisRiskHu = 110;

    /// <summary>Up to this, low bone mass, HU.</summary>
    public const double LowBoneMassHu = 135;

    /// <inheritdoc />
    public string Name => "hu-direct";

    /// <inheritdoc />
    public AlgorithmFamily Family => AlgorithmFamily.Triage;

    /// <inheritdoc />
    public string Citation => "Opportunistic L1 attenuation triage (Pickhardt PJ et al., Ann Intern Med 158 (2013) 588); bands 110/135 HU as in SCIENCE.md";

    /// <inheritdoc />
    public string Assumptions => "Single-energy images near 120 kVp without contrast; the bands classify, they do not measure density.";

    /// <inheritdoc />
    public IReadOnlyList<string> RequiredInputs => ["trabecular ROI on a single-energy image"];

    /// <inheritdoc />
    public CalibrationResult Fit(CalibrationInputs inputs)
    {
        var image = inputs.Series.ReferenceImage;
        if (image.Key != "single")
        {
            return CalibrationResult.NotApplicable(Name, $"the HU bands apply to single-energy images; the reference image is '{image.Key}'");
        }

        var warnings = new List<string>();
        if (image.Acquisition.Kvp is { } kvp && Math.Abs(kvp - 120) > 10)
        {
            warnings.Add($"the bands were set at 120 kVp; this series is {kvp:0} kVp");
        }

        if (!string.IsNullOrEmpty(image.Acquisition.Contrast) && !image.Acquisition.Contrast.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            warnings.Add($"contrast ({image.Acquisition.Contrast}) raises trabecular HU: the bands are for unenhanced scans");
        }

        return CalibrationResult.Fitted(Name, new TriageModel(image.Key),
            [new FitDiagnostic("osteoporosisRiskBelowHu", OsteoporosisRiskHu), new FitDiagnostic("lowBoneMassUpToHu", LowBoneMassHu)], warnings);
    }

    private sealed record TriageModel(string Image) : ICalibrationModel
    {
        public BmdEstimate Estimate(HuReadings roi)
        {
            if (roi.On(Image) is not { } reading)
            {
                return BmdEstimate.NotApplicable($"the ROI has no reading on image '{Image}'");
            }

            string band = reading.MeanHu < OsteoporosisRiskHu ? "osteoporosis-risk" : reading.MeanHu <= LowBoneMassHu ? "low-bone-mass" : "normal";
            return new BmdEstimate(null, band, BmdEstimate.ClassificationOnly, null);
        }
    }
}
