namespace QCFramework.Calibration.Algorithms;

/// <summary>
/// Two-point synchronous QCT: BMD = (Hb − Hw)/(Hk − Hw) × Ck with the water rod (Hw) and one bone rod
/// of Ck mg/cm³ (Hk). The rods used are the certificate's least and most dense; when the least dense is
/// not 0 mg/cm³ the formula is the same line through both rods, BMD = Cw + (Hb − Hw)/(Hk − Hw)·(Ck − Cw).
/// </summary>
public sealed class QctTwoPoint : ICalibrationAlgorithm
{
    /// <inheritdoc />
    public string Name => "qct-two-point";

    /// <inheritdoc />
    public AlgorithmFamily Family => AlgorithmFamily.SynchronousPhantom;

    /// <inheritdoc />
    public string Citation => "Cann CE, Genant HK, J Comput Assist Tomogr 4 (1980) 493 (two-reference QCT); SCIENCE.md";

    /// <inheritdoc />
    public string Assumptions => "CT numbers are linear in mineral density between the water and bone rods, which lie in the same slices as the vertebra.";

    /// <inheritdoc />
    public IReadOnlyList<string> RequiredInputs => ["calibration rods in view", "the phantom's certificate"];

    /// <inheritdoc />
    public CalibrationResult Fit(CalibrationInputs inputs)
    {
        var (points, reason) = RodPoints.From(inputs, inputs.Series.ReferenceImage.Key);
        if (points is null)
        {
            return CalibrationResult.NotApplicable(Name, reason!);
        }

        int water = 0, bone = 0;
        for (int i = 1; i < points.DensityMgPerCm3.Count; i++)
        {
            if (points.DensityMgPerCm3[i] < points.DensityMgPerCm3[water])
            {
                water = i;
            }

            if (points.DensityMgPerCm3[i] > points.DensityMgPerCm3[bone])
            {
                bone = i;
            }
        }

        double cw = points.DensityMgPerCm3[water], ck = points.DensityMgPerCm3[bone];
        double hw = points.Hu[water], hk = points.Hu[bone];
        if (!(ck > cw))
        {
            return CalibrationResult.NotApplicable(Name, "the certificate's rods do not differ in density");
        }

        double slope = (hk - hw) / (ck - cw);
        var diagnostics = new List<FitDiagnostic>
        {
            new("waterRodHu", hw), new("waterRodMgPerCm3", cw), new("boneRodHu", hk), new("boneRodMgPerCm3", ck),
            new("slopeHuPerMgPerCm3", slope), new("interceptHu", hw - slope * cw),
        };
        var (model, refusal) = points.ModelOf(slope, hw - slope * cw, diagnostics);
        return model is null ? CalibrationResult.NotApplicable(Name, refusal!, diagnostics) : CalibrationResult.Fitted(Name, model, diagnostics);
    }
}
