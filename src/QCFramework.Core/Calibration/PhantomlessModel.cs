using QCFramework.Measurement;

namespace QCFramework.Calibration;

/// <summary>
/// Turns an image's energy fit from reference tissues into a calibration: the monoenergetic CT
/// number at the effective energy over hydroxyapatite-in-water's slope there. This is the HA-in-water
/// equivalence that HA phantom QCT reports, so phantomless and synchronous results are comparable
/// (a mineral/fat base instead would count red marrow and bone matrix as mineral: +50% and more on a
/// 140 mg/cm³ vertebra with half-fatty marrow).
/// </summary>
internal static class PhantomlessModel
{
    public static CalibrationResult Finish(string algorithm, string image, EnergyFit fit, List<FitDiagnostic> diagnostics)
    {
        double slope = MineralEquivalence.HaSlopeHuPerMgPerCm3(fit.EnergyKev);
        diagnostics.Add(new FitDiagnostic("effectiveEnergyKev", fit.EnergyKev));
        diagnostics.Add(new FitDiagnostic("gain", fit.Gain));
        diagnostics.Add(new FitDiagnostic("offsetHu", fit.OffsetHu));
        diagnostics.Add(new FitDiagnostic("haSlopeHuPerMgPerCm3", slope));
        var model = new LinearHuModel(image, 1 / (fit.Gain * slope), -fit.OffsetHu / (fit.Gain * slope));
        return CalibrationResult.Fitted(algorithm, model, diagnostics);
    }

    /// <summary>The fat reading to use: visceral or subcutaneous as preferred when sampled, else the other depot.</summary>
    public static TissueReading Fat(ReferenceTissues tissues, bool preferVisceral) =>
        preferVisceral
            ? tissues.VisceralFat.IsAvailable ? tissues.VisceralFat : tissues.SubcutaneousFat
            : tissues.SubcutaneousFat.IsAvailable ? tissues.SubcutaneousFat : tissues.VisceralFat;
}
