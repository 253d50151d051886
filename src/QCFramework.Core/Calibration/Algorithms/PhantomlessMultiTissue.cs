using QCFramework.Measurement;

namespace QCFramework.Calibration.Algorithms;

/// <summary>
/// Phantomless multi-tissue calibration after Michalski et al. 2020: the effective energy at which
/// muscle, fat, air, blood and cortical bone of standard composition best fit their measured CT
/// numbers (r² of a linear fit, which also gives gain and offset; <see cref="TissueEnergyFit.MultiTissue"/>),
/// then BMD as the HA-in-water equivalent at that energy. Cortical bone is required (its CT number
/// changes most with energy, so it fixes the energy); blood is used when it reads as unenhanced blood.
/// The fit stops when r² is below 0.99.
/// </summary>
public sealed class PhantomlessMultiTissue : ICalibrationAlgorithm
{
    /// <summary>The fit is refused below this r².</summary>
    public const double MinRSquared = 0.99;

    /// <inheritdoc />
    public string Name => "phantomless-multi-tissue";

    /// <inheritdoc />
    public AlgorithmFamily Family => AlgorithmFamily.Phantomless;

    /// <inheritdoc />
    public string Citation => "Michalski AS, Besler BA, Michalak GJ, Boyd SK, Med Eng Phys 78 (2020) 55 (CT-based internal density calibration); Bonelab Ogo";

    /// <inheritdoc />
    public string Assumptions => "Tissues have ICRP/ICRU 46 compositions; one effective energy and a linear CT-number scale describe the image; regression on linear attenuation (not μ/ρ as in Ogo).";

    /// <inheritdoc />
    public IReadOnlyList<string> RequiredInputs => ["air", "fat", "paraspinal muscle", "cortical bone", "aortic blood (optional, unenhanced)"];

    /// <inheritdoc />
    public CalibrationResult Fit(CalibrationInputs inputs)
    {
        var tissues = inputs.Series.Tissues;
        var fat = PhantomlessModel.Fat(tissues, preferVisceral: false);
        var required = new[] { (tissues.Air, ReferenceTissue.Air), (fat, ReferenceTissue.Fat), (tissues.Muscle, ReferenceTissue.Muscle), (tissues.CorticalBone, ReferenceTissue.CorticalBone) };
        var missing = required.Where(r => !r.Item1.IsAvailable).Select(r => $"{r.Item1.Tissue}: {r.Item1.NotApplicableReason}").ToArray();
        if (missing.Length > 0)
        {
            return CalibrationResult.NotApplicable(Name, string.Join("; ", missing));
        }

        var samples = required.Select(r => new TissueSample(r.Item2, r.Item1.Hu!.MeanHu)).ToList();
        if (tissues.Blood.Hu is { } blood)
        {
            samples.Add(new TissueSample(ReferenceTissue.Blood, blood.MeanHu));
        }

        var fit = TissueEnergyFit.MultiTissue(samples);
        var diagnostics = new List<FitDiagnostic> { new("rSquared", fit.RSquared), new("tissues", samples.Count) };
        if (fit.RSquared < MinRSquared)
        {
            return CalibrationResult.NotApplicable(Name, $"poor fit: r² {fit.RSquared:0.0000} is below {MinRSquared} at the best energy ({fit.EnergyKev:0.#} keV)", diagnostics);
        }

        return PhantomlessModel.Finish(Name, inputs.Series.ReferenceImage.Key, fit, diagnostics);
    }
}
