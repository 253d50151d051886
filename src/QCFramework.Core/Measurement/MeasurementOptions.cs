namespace QCFramework.Measurement;

/// <summary>How the trabecular ROI is built along z.</summary>
public enum RoiMode
{
    /// <summary>One elliptical ROI (the mean of the slices' ellipses) on consecutive slices at the mid-vertebral level (QCT practice: at least three).</summary>
    MidLevelSlices,

    /// <summary>A volumetric ROI: every slice of the vertebral body where its trabecular core was found, each slice with its own ellipse.</summary>
    Volumetric,
}

/// <summary>The window of CT numbers counted as skeletal muscle in body composition.</summary>
/// <param name="LowHu">Lower bound, HU.</param>
/// <param name="HighHu">Upper bound, HU.</param>
public sealed record MuscleWindow(double LowHu, double HighHu)
{
    /// <summary>−29 to 150 HU, the standard skeletal-muscle window (Mitsiopoulos N et al., J Appl Physiol 85 (1998) 115).</summary>
    public static MuscleWindow Standard { get; } = new(-29, 150);

    /// <summary>−20 to 150 HU, the alternative also reported (SCIENCE.md, body composition).</summary>
    public static MuscleWindow Alternative { get; } = new(-20, 150);

    /// <inheritdoc />
    public override string ToString() => $"{LowHu:0}..{HighHu:0} HU";
}

/// <summary>
/// What a physicist tells the measurement besides the images: nothing about the truth, only what is
/// known in practice (how many rods the calibration phantom's certificate lists, which vertebrae a
/// single-level protocol scanned) and the ROI rules.
/// </summary>
/// <param name="LevelLabels">Vertebral labels of the scanned levels, superior to inferior (e.g. ["L1"]), or null.</param>
/// <param name="ExpectedRodCount">Number of rods on the calibration phantom's certificate, or null when no phantom is in view.</param>
/// <param name="RoiMode">Mid-level slices (default) or volumetric.</param>
/// <param name="MidLevelSlices">Slices averaged at the mid-vertebral level (QCT practice: at least 3).</param>
/// <param name="CortexMarginMm">Distance of the ROI from the inner surface of the cortex, mm (QCT practice: 3–5 mm).</param>
/// <param name="MuscleWindow">Muscle window for body composition (default −29…150 HU).</param>
public sealed record MeasurementOptions(
    IReadOnlyList<string>? LevelLabels = null,
    int? ExpectedRodCount = null,
    RoiMode RoiMode = RoiMode.MidLevelSlices,
    int MidLevelSlices = 3,
    double CortexMarginMm = 3.0,
    MuscleWindow? MuscleWindow = null)
{
    /// <summary>The defaults.</summary>
    public static MeasurementOptions Default { get; } = new();

    /// <summary>The muscle window in effect.</summary>
    public MuscleWindow EffectiveMuscleWindow => MuscleWindow ?? Measurement.MuscleWindow.Standard;

    /// <summary>Checks the options.</summary>
    /// <exception cref="InputException">A rule outside its published range.</exception>
    public void Validate()
    {
        if (!(CortexMarginMm >= 3 && CortexMarginMm <= 5))
        {
            throw new InputException($"cortex margin {CortexMarginMm} mm: QCT practice places the ROI 3–5 mm inside the cortex");
        }

        if (MidLevelSlices < 3)
        {
            throw new InputException($"mid-level slices {MidLevelSlices}: QCT practice averages at least 3 consecutive slices");
        }

        if (ExpectedRodCount is { } n && (n < 2 || n > 12))
        {
            throw new InputException($"expected rod count {n}: a calibration phantom has 2 to 12 rods");
        }
    }
}
