namespace QCFramework.Dicom.Ct;

/// <summary>
/// How the series was acquired and reconstructed (CT Image module, PS3.3 §C.8.2.1). Every value
/// is optional: a real scanner may leave any of them out, and the writer omits what is null
/// (or writes it empty where the attribute is Type 2).
/// </summary>
public sealed record CtAcquisition
{
    /// <summary>KVP (0018,0060): peak tube voltage, kV.</summary>
    public double? Kvp { get; init; }

    /// <summary>X-Ray Tube Current (0018,1151), mA (an integer string in DICOM, so written rounded).</summary>
    public double? TubeCurrentMa { get; init; }

    /// <summary>Exposure Time (0018,1150), ms (an integer string in DICOM, so written rounded).</summary>
    public double? ExposureTimeMs { get; init; }

    /// <summary>Exposure, mAs: written as Exposure (0018,1152) rounded and, exactly to 1 µAs, as Exposure in µAs (0018,1153), which the reader prefers.</summary>
    public double? ExposureMas { get; init; }

    /// <summary>Convolution Kernel (0018,1210), e.g. "STANDARD".</summary>
    public string? ConvolutionKernel { get; init; }

    /// <summary>The contrast agent, or null when none was given (then there is no Contrast/Bolus module).</summary>
    public ContrastAgent? Contrast { get; init; }

    /// <summary>Scan Options (0018,0022), e.g. "HELICAL".</summary>
    public string? ScanOptions { get; init; }

    /// <summary>Reconstruction Diameter (0018,1100), mm.</summary>
    public double? ReconstructionDiameterMm { get; init; }

    /// <summary>Data Collection Diameter (0018,0090), mm.</summary>
    public double? DataCollectionDiameterMm { get; init; }

    /// <summary>Distance Source to Detector (0018,1110), mm.</summary>
    public double? DistanceSourceToDetectorMm { get; init; }

    /// <summary>Distance Source to Patient (0018,1111), mm: source to isocentre.</summary>
    public double? DistanceSourceToPatientMm { get; init; }

    /// <summary>Generator Power (0018,1170), kW (an integer string in DICOM, so written rounded).</summary>
    public double? GeneratorPowerKw { get; init; }

    /// <summary>Filter Type (0018,1160), e.g. "BODY FILTER".</summary>
    public string? FilterType { get; init; }

    /// <summary>Focal Spot(s) (0018,1190): nominal focal spot size, mm.</summary>
    public double? FocalSpotMm { get; init; }

    /// <summary>Rotation Direction (0018,1140): "CW" or "CC".</summary>
    public string? RotationDirection { get; init; }
}
