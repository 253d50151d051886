using QCFramework.Statistics;

namespace QCFramework.Calibration;

/// <summary>
/// An algorithm's answer for one ROI: a density in mg HA/cm³ with its ACR category, or (triage) a
/// category only, or why there is none.
/// </summary>
/// <param name="ValueMgPerCm3">Volumetric BMD, mg HA/cm³, or null.</param>
/// <param name="Category">osteoporosis / osteopenia / normal (ACR 2013 on vBMD), or the HU triage bands' names; null when not applicable.</param>
/// <param name="Status">"ok", "classification-only" or "not-applicable".</param>
/// <param name="Reason">Why not applicable (or null).</param>
public sealed record BmdEstimate(double? ValueMgPerCm3, string? Category, string Status, string? Reason)
{
    /// <summary>Status of a density.</summary>
    public const string Ok = "ok";

    /// <summary>Status of a classification without density (hu-direct).</summary>
    public const string ClassificationOnly = "classification-only";

    /// <summary>Status of an algorithm that cannot run on the input.</summary>
    public const string NotApplicableStatus = "not-applicable";

    /// <summary>A density, classified by the ACR cut-offs (&lt; 80 osteoporosis, 80–120 osteopenia, &gt; 120 normal).</summary>
    public static BmdEstimate Density(double mgPerCm3) => new(mgPerCm3, CategoryOf(mgPerCm3), Ok, null);

    /// <summary>No estimate, with the reason.</summary>
    public static BmdEstimate NotApplicable(string reason) => new(null, null, NotApplicableStatus, reason);

    /// <summary>The ACR 2013 category of a trabecular vBMD (SCIENCE.md; the cut-offs of <see cref="ClassThresholds.Default"/>).</summary>
    public static string CategoryOf(double mgPerCm3) => ClassThresholds.Default.Classify(mgPerCm3) switch
    {
        0 => "osteoporosis",
        1 => "osteopenia",
        _ => "normal",
    };
}
