using QCFramework.Measurement;

namespace QCFramework.Calibration.Algorithms;

/// <summary>
/// Phantomless two-point calibration on paraspinal muscle and fat (subcutaneous, else visceral): the
/// scanner's gain is taken as calibrated, the effective energy is where the standard compositions'
/// muscle–fat contrast equals the measured one, and the offset is their mean residual
/// (<see cref="TissueEnergyFit.TwoTissues"/>); BMD is the HA-in-water equivalent there.
/// </summary>
public sealed class PhantomlessMuscleFat : ICalibrationAlgorithm
{
    /// <inheritdoc />
    public string Name => "phantomless-muscle-fat";

    /// <inheritdoc />
    public AlgorithmFamily Family => AlgorithmFamily.Phantomless;

    /// <inheritdoc />
    public string Citation => "Phantomless muscle–fat two-point calibration (SCIENCE.md; e.g. Boden SD et al., J Digit Imaging 2 (1989) 31)";

    /// <inheritdoc />
    public string Assumptions => "Muscle and fat have ICRP compositions; the scanner's CT-number gain is right (water/air calibrated); one effective energy describes the image.";

    /// <inheritdoc />
    public IReadOnlyList<string> RequiredInputs => ["paraspinal muscle", "subcutaneous or visceral fat"];

    /// <inheritdoc />
    public CalibrationResult Fit(CalibrationInputs inputs)
    {
        var tissues = inputs.Series.Tissues;
        var fat = PhantomlessModel.Fat(tissues, preferVisceral: false);
        if (tissues.Muscle.Hu is not { } muscle)
        {
            return CalibrationResult.NotApplicable(Name, $"muscle: {tissues.Muscle.NotApplicableReason}");
        }

        if (fat.Hu is not { } fatHu)
        {
            return CalibrationResult.NotApplicable(Name, $"fat: {fat.NotApplicableReason}");
        }

        var fit = TissueEnergyFit.TwoTissues(new TissueSample(ReferenceTissue.Muscle, muscle.MeanHu), new TissueSample(ReferenceTissue.Fat, fatHu.MeanHu));
        if (fit is null)
        {
            return CalibrationResult.NotApplicable(Name, $"muscle–fat contrast {muscle.MeanHu - fatHu.MeanHu:0.#} HU matches no effective energy in 30–150 keV");
        }

        return PhantomlessModel.Finish(Name, inputs.Series.ReferenceImage.Key, fit,
            [new FitDiagnostic("muscleHu", muscle.MeanHu), new FitDiagnostic("fatHu", fatHu.MeanHu)]);
    }
}
