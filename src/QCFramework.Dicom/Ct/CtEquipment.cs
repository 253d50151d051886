namespace QCFramework.Dicom.Ct;

/// <summary>The General Equipment module (PS3.3 §C.7.5.1): for synthetic data, the simulated scanner.</summary>
public sealed record CtEquipment
{
    /// <summary>Manufacturer (0008,0070).</summary>
    public string? Manufacturer { get; init; }

    /// <summary>Manufacturer's Model Name (0008,1090).</summary>
    public string? ModelName { get; init; }

    /// <summary>Station Name (0008,1010).</summary>
    public string? StationName { get; init; }

    /// <summary>Institution Name (0008,0080).</summary>
    public string? InstitutionName { get; init; }

    /// <summary>Software Versions (0018,1020) of the device; for synthetic data, the simulator's.</summary>
    public string? SoftwareVersions { get; init; }
}
