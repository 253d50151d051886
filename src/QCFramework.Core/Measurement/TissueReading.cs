namespace QCFramework.Measurement;

/// <summary>
/// A reference tissue sampled for phantomless calibration, or why it could not be: a tissue that is
/// absent, too small, or reads outside its sanity window is <c>not-applicable</c> with the reason,
/// never a guessed value.
/// </summary>
/// <param name="Tissue">Tissue name: muscle, subcutaneousFat, visceralFat, air, blood, csf, corticalBone.</param>
/// <param name="Hu">The readings, or null when not applicable.</param>
/// <param name="Where">Where it was sampled (or looked for).</param>
/// <param name="NotApplicableReason">Why there is no reading, or null.</param>
public sealed record TissueReading(string Tissue, HuReadings? Hu, string Where, string? NotApplicableReason)
{
    /// <summary>True when the tissue was sampled and passed its sanity window.</summary>
    public bool IsAvailable => Hu is not null;

    /// <summary>A reading.</summary>
    public static TissueReading Sampled(string tissue, HuReadings hu, string where) => new(tissue, hu, where, null);

    /// <summary>No reading, with the reason.</summary>
    public static TissueReading NotApplicable(string tissue, string where, string reason) => new(tissue, null, where, reason);
}
