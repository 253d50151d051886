using QCFramework.Measurement;

namespace QCFramework.Calibration.Algorithms;

/// <summary>
/// QCT calibration of a virtual monoenergetic image: the rods' regression (as qct-regression) on the
/// VMI at the chosen energy — by default the one in 70–76 keV closest to 74 keV, the energy an ESP
/// study found closest to 120 kV QCT.
/// </summary>
public sealed class VmiCalibrated : ICalibrationAlgorithm
{
    /// <summary>Default energy window, keV.</summary>
    public const double DefaultLowKev = 70;

    /// <summary>Default energy window, keV.</summary>
    public const double DefaultHighKev = 76;

    /// <summary>Preferred energy in the window, keV.</summary>
    public const double PreferredKev = 74;

    /// <inheritdoc />
    public string Name => "vmi-calibrated";

    /// <inheritdoc />
    public AlgorithmFamily Family => AlgorithmFamily.DualEnergy;

    /// <inheritdoc />
    public string Citation => "VMI-based QCT near 70–76 keV (SCIENCE.md: an ESP study found 74 keV closest to 120 kV QCT); rod regression as qct-regression";

    /// <inheritdoc />
    public string Assumptions => "The VMI is linear in mineral density like a single-energy image; rods in view.";

    /// <inheritdoc />
    public IReadOnlyList<string> RequiredInputs => ["a virtual monoenergetic image (70–76 keV or the chosen energy)", "at least three calibration rods in view", "the phantom's certificate"];

    /// <inheritdoc />
    public CalibrationResult Fit(CalibrationInputs inputs)
    {
        var vmis = inputs.Series.Images.Where(i => i.Acquisition.ImageKind.Equals("VMI", StringComparison.OrdinalIgnoreCase) && i.Acquisition.MonoenergeticKev is not null).ToArray();
        SeriesImage? chosen = inputs.VmiKev is { } kev
            ? vmis.FirstOrDefault(i => Math.Abs(i.Acquisition.MonoenergeticKev!.Value - kev) < 0.5)
            : vmis.Where(i => i.Acquisition.MonoenergeticKev >= DefaultLowKev && i.Acquisition.MonoenergeticKev <= DefaultHighKev)
                .OrderBy(i => Math.Abs(i.Acquisition.MonoenergeticKev!.Value - PreferredKev)).FirstOrDefault();
        if (chosen is null)
        {
            string have = vmis.Length == 0 ? "no virtual monoenergetic images" : "VMIs at " + string.Join(", ", vmis.Select(i => $"{i.Acquisition.MonoenergeticKev:0.#}")) + " keV";
            string want = inputs.VmiKev is { } k ? $"{k:0.#} keV" : $"{DefaultLowKev:0}–{DefaultHighKev:0} keV";
            return CalibrationResult.NotApplicable(Name, $"no VMI at {want} ({have})");
        }

        var result = QctRegression.FitOn(Name, inputs, chosen.Key);
        return result with { Diagnostics = [new FitDiagnostic("vmiKev", chosen.Acquisition.MonoenergeticKev!.Value), .. result.Diagnostics] };
    }
}
