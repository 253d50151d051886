using QCFramework.Measurement;

namespace QCFramework.Calibration.Algorithms;

/// <summary>
/// Phantomless two-point calibration on fat and air, the pair Comp2Comp's FDA pipeline uses (VAT as
/// −95 HU, air as −1000 HU): visceral fat (else subcutaneous) and air outside the body, with the
/// scanner's gain taken as calibrated; the effective energy is where adipose tissue's CT number sits
/// the measured distance above air's, the offset their mean residual.
/// </summary>
public sealed class PhantomlessFatAir : ICalibrationAlgorithm
{
    /// <inheritdoc />
    public string Name => "phantomless-fat-air";

    /// <inheritdoc />
    public AlgorithmFamily Family => AlgorithmFamily.Phantomless;

    /// <inheritdoc />
    public string Citation => "Comp2Comp (Stanford AIMI; VAT −95 HU, air −1000 HU); engine and equivalence as in SCIENCE.md";

    /// <inheritdoc />
    public string Assumptions => "Adipose tissue has the ICRP composition; the scanner's gain is right (a 1% gain error moves the fat–air contrast by 9 HU and the energy by several keV).";

    /// <inheritdoc />
    public IReadOnlyList<string> RequiredInputs => ["visceral or subcutaneous fat", "air outside the body"];

    /// <inheritdoc />
    public CalibrationResult Fit(CalibrationInputs inputs)
    {
        var tissues = inputs.Series.Tissues;
        var fat = PhantomlessModel.Fat(tissues, preferVisceral: true);
        if (fat.Hu is not { } fatHu)
        {
            return CalibrationResult.NotApplicable(Name, $"fat: {fat.NotApplicableReason}");
        }

        if (tissues.Air.Hu is not { } air)
        {
            return CalibrationResult.NotApplicable(Name, $"air: {tissues.Air.NotApplicableReason}");
        }

        var fit = TissueEnergyFit.TwoTissues(new TissueSample(ReferenceTissue.Fat, fatHu.MeanHu), new TissueSample(ReferenceTissue.Air, air.MeanHu));
        if (fit is null)
        {
            return CalibrationResult.NotApplicable(Name, $"fat–air contrast {fatHu.MeanHu - air.MeanHu:0.#} HU matches no effective energy in 30–150 keV");
        }

        return PhantomlessModel.Finish(Name, inputs.Series.ReferenceImage.Key, fit,
            [new FitDiagnostic("fatHu", fatHu.MeanHu), new FitDiagnostic("airHu", air.MeanHu)]);
    }
}
