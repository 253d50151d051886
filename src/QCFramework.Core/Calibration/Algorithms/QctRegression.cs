using QCFramework.Statistics;

namespace QCFramework.Calibration.Algorithms;

/// <summary>
/// Multi-rod synchronous QCT: least squares HU = σ·ρ + β over every rod, BMD = (HU − β)/σ, with a
/// hard stop when R² is below 0.99 (a misread rod or a wrong certificate, as Ogo stops on a poor fit).
/// </summary>
public sealed class QctRegression : ICalibrationAlgorithm
{
    /// <summary>The fit is refused below this R².</summary>
    public const double MinRSquared = 0.99;

    /// <inheritdoc />
    public string Name => "qct-regression";

    /// <inheritdoc />
    public AlgorithmFamily Family => AlgorithmFamily.SynchronousPhantom;

    /// <inheritdoc />
    public string Citation => "Least-squares phantom calibration as in Bonelab Ogo (StandardCalibration); SCIENCE.md";

    /// <inheritdoc />
    public string Assumptions => "CT numbers are linear in mineral density over the rods' range; rods lie in the vertebra's slices. Mindways rods are first water-corrected (QCT PRO's equation).";

    /// <inheritdoc />
    public IReadOnlyList<string> RequiredInputs => ["at least three calibration rods in view", "the phantom's certificate"];

    /// <inheritdoc />
    public CalibrationResult Fit(CalibrationInputs inputs) => FitOn(Name, inputs, inputs.Series.ReferenceImage.Key);

    /// <summary>The regression on the rods' readings on <paramref name="image"/> (also used by vmi-calibrated and asynchronous calibration).</summary>
    public static CalibrationResult FitOn(string algorithm, CalibrationInputs inputs, string image)
    {
        var (points, reason) = RodPoints.From(inputs, image);
        if (points is null)
        {
            return CalibrationResult.NotApplicable(algorithm, reason!);
        }

        if (points.DensityMgPerCm3.Count < 3)
        {
            return CalibrationResult.NotApplicable(algorithm, $"a regression needs at least three rods; the phantom has {points.DensityMgPerCm3.Count} (use qct-two-point)");
        }

        var fit = LinearRegression.Fit(points.DensityMgPerCm3.ToArray(), points.Hu.ToArray());
        var diagnostics = new List<FitDiagnostic>
        {
            new("slopeHuPerMgPerCm3", fit.Slope), new("interceptHu", fit.Intercept), new("rSquared", fit.RSquared),
            new("standardErrorOfEstimateHu", fit.StandardErrorOfEstimate),
        };
        if (fit.RSquared < MinRSquared)
        {
            return CalibrationResult.NotApplicable(algorithm, $"poor fit: R² {fit.RSquared:0.0000} is below {MinRSquared}", diagnostics);
        }

        var (model, refusal) = points.ModelOf(fit.Slope, fit.Intercept, diagnostics);
        return model is null ? CalibrationResult.NotApplicable(algorithm, refusal!, diagnostics) : CalibrationResult.Fitted(algorithm, model, diagnostics);
    }
}
