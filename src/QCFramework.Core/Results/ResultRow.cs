namespace QCFramework.Results;

/// <summary>
/// One row of a campaign's results.csv: one scan × vertebra × algorithm. The columns named in
/// docs/CONTRACTS.md are kept; the others trace the row to its inputs. Quantities carry their unit
/// in their name; a value an algorithm could not give is null with <see cref="Status"/> and
/// <see cref="Reason"/> saying why.
/// </summary>
public sealed record ResultRow
{
    /// <summary>Campaign name.</summary>
    public required string Campaign { get; init; }

    /// <summary>Center (site) name.</summary>
    public required string Center { get; init; }

    /// <summary>Scanner profile name (or the real scanner's model for DICOM input).</summary>
    public required string Scanner { get; init; }

    /// <summary>Identifier of the scan (stable across runs and shards).</summary>
    public required string ScanId { get; init; }

    /// <summary>Tube potential, kVp (the high kVp for dual energy).</summary>
    public required double Kvp { get; init; }

    /// <summary>Exposure per rotation, mAs.</summary>
    public required double Mas { get; init; }

    /// <summary>Reconstruction kernel.</summary>
    public required string Kernel { get; init; }

    /// <summary>Nominal slice thickness, mm.</summary>
    public required double SliceMm { get; init; }

    /// <summary>Contrast phase: none, arterial, portal.</summary>
    public required string Contrast { get; init; }

    /// <summary>Dual-energy setting ("80/140 fast-kv-switching") or "none".</summary>
    public required string DualEnergy { get; init; }

    /// <summary>Simulation mode (physics, fast) or "dicom" for real scans.</summary>
    public required string Mode { get; init; }

    /// <summary>Repeat index, from 1.</summary>
    public required int Repeat { get; init; }

    /// <summary>The scan's seed (derived from the campaign's master seed and the scan's identity).</summary>
    public required ulong Seed { get; init; }

    /// <summary>Phantom (or set-up) name.</summary>
    public required string Phantom { get; init; }

    /// <summary>Cohort subject id, or empty.</summary>
    public required string Subject { get; init; }

    /// <summary>Vertebra label (L1, L2, …, T12).</summary>
    public required string Vertebra { get; init; }

    /// <summary>Ground truth trabecular vBMD, mg HA/cm³.</summary>
    public required double TruthMgPerCm3 { get; init; }

    /// <summary>Calibration algorithm name.</summary>
    public required string Algorithm { get; init; }

    /// <summary>Measured vBMD, mg HA/cm³ (null when the algorithm gave none).</summary>
    public double? MeasuredMgPerCm3 { get; init; }

    /// <summary>Measured − truth, mg HA/cm³.</summary>
    public double? ErrorMgPerCm3 => MeasuredMgPerCm3 - TruthMgPerCm3;

    /// <summary>Relative error, % of truth.</summary>
    public double? RelativeErrorPct => MeasuredMgPerCm3 is { } m && TruthMgPerCm3 != 0 ? (m - TruthMgPerCm3) / TruthMgPerCm3 * 100 : null;

    /// <summary>ok, classification-only (a category without a density, e.g. HU triage), not-applicable or failed.</summary>
    public required string Status { get; init; }

    /// <summary>The category the algorithm gives (ACR: osteoporosis, osteopenia, normal; or HU triage bands), or empty.</summary>
    public string Category { get; init; } = "";

    /// <summary>Why there is no value (empty when ok).</summary>
    public string Reason { get; init; } = "";

    /// <summary>Mean CT number of the trabecular ROI, HU.</summary>
    public double? MeanHu { get; init; }

    /// <summary>Standard deviation in the trabecular ROI, HU.</summary>
    public double? SdHu { get; init; }

    /// <summary>Area of the trabecular ROI (per slice), mm².</summary>
    public double? RoiAreaMm2 { get; init; }

    /// <summary>Day of the scanner's operation (for drift studies).</summary>
    public double Day { get; init; }
}
