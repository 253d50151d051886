namespace QCFramework.Simulation;

/// <summary>
/// A scanner model as the simulator needs it. Profiles live in protocols/scanners.yaml; their
/// geometry, filtration and bowtie follow published descriptions of clinical scanners ("vendor-like"),
/// and each has its own small CT-number calibration offset as real scanners do.
/// </summary>
/// <param name="Name">Profile name, e.g. "vendor-a".</param>
/// <param name="Manufacturer">Manufacturer as written to DICOM (synthetic).</param>
/// <param name="Model">Model as written to DICOM.</param>
/// <param name="Geometry">Fan-beam geometry.</param>
/// <param name="TargetAngleDeg">Anode angle (7° or 10° spectra).</param>
/// <param name="Filtration">Flat filtration added to the tube window.</param>
/// <param name="Bowtie">Bowtie profile name (small, medium, large).</param>
/// <param name="Detector">The detector's scintillator(s).</param>
/// <param name="ElectronicNoiseQuanta">Electronic noise as the standard deviation of a reading in equivalent absorbed quanta at the beam's mean energy.</param>
/// <param name="CtNumberOffsetHu">Residual CT-number calibration offset of this scanner, HU.</param>
/// <param name="CtNumberGain">Residual CT-number gain (1 = none): HU' = gain·HU + offset.</param>
/// <param name="Drift">Slow drift and the step after a tube replacement.</param>
/// <param name="DualEnergy">What dual-energy technique the scanner offers, or null.</param>
/// <param name="Kernels">Reconstruction kernels by name (soft, standard, sharp, bone), each defined by its MTF.</param>
public sealed record ScannerProfile(
    string Name,
    string Manufacturer,
    string Model,
    FanBeamGeometry Geometry,
    double TargetAngleDeg,
    Filtration Filtration,
    string Bowtie,
    DetectorModel Detector,
    double ElectronicNoiseQuanta,
    double CtNumberOffsetHu,
    double CtNumberGain,
    DriftModel Drift,
    DualEnergyCapability? DualEnergy,
    IReadOnlyDictionary<string, Reconstruction.ReconstructionKernel> Kernels)
{
    /// <summary>
    /// Whether single-energy images get the second-pass bone beam-hardening correction on top of the
    /// water correction, as clinical body kernels do (<see cref="Reconstruction.BoneBeamHardeningCorrection"/>).
    /// Dual-energy acquisitions never do: their decomposition handles beam hardening itself.
    /// </summary>
    public bool BoneCorrection { get; init; } = true;

    /// <summary>The kernel of that name.</summary>
    /// <exception cref="InputException">The scanner has no such kernel.</exception>
    public Reconstruction.ReconstructionKernel Kernel(string name) =>
        Kernels.TryGetValue(name, out var k) ? k : throw new InputException($"scanner '{Name}' has no kernel '{name}'; it has {string.Join(", ", Kernels.Keys)}");
}

/// <summary>Third-generation fan-beam geometry with an equiangular (arc) detector.</summary>
/// <param name="SourceToIsocenterMm">Source–isocentre distance, mm.</param>
/// <param name="SourceToDetectorMm">Source–detector distance, mm.</param>
/// <param name="Channels">Detector channels in a row.</param>
/// <param name="ChannelPitchMm">Channel pitch at the detector, mm.</param>
/// <param name="ViewsPerRotation">Projections per 360° rotation.</param>
/// <param name="DetectorOffsetChannels">Detector centre offset (the quarter-detector offset is 0.25).</param>
/// <param name="RotationTimeS">Rotation time, s (sets mA = mAs / time).</param>
public sealed record FanBeamGeometry(
    double SourceToIsocenterMm,
    double SourceToDetectorMm,
    int Channels,
    double ChannelPitchMm,
    int ViewsPerRotation,
    double DetectorOffsetChannels,
    double RotationTimeS)
{
    /// <summary>Angle between adjacent channels, radians.</summary>
    public double ChannelAngleRad => ChannelPitchMm / SourceToDetectorMm;

    /// <summary>Fan angle of channel <paramref name="channel"/>, radians (0 through the isocentre).</summary>
    public double FanAngleRad(double channel) => (channel - (Channels - 1) / 2.0 + DetectorOffsetChannels) * ChannelAngleRad;

    /// <summary>Radius of the scan field of view, mm.</summary>
    public double ScanFieldRadiusMm => SourceToIsocenterMm * Math.Sin(Channels / 2.0 * ChannelAngleRad);

    /// <summary>Magnification from isocentre to detector.</summary>
    public double Magnification => SourceToDetectorMm / SourceToIsocenterMm;
}

/// <summary>Flat filtration added to the tube window, mm of each metal.</summary>
/// <param name="AluminiumMm">Aluminium, mm.</param>
/// <param name="CopperMm">Copper, mm.</param>
/// <param name="TinMm">Tin, mm.</param>
/// <param name="TitaniumMm">Titanium, mm.</param>
public sealed record Filtration(double AluminiumMm, double CopperMm, double TinMm, double TitaniumMm);

/// <summary>A scintillator layer: a material specification (e.g. <c>formula:Gd2O2S:7.44</c>) and its thickness.</summary>
/// <param name="Material">Material specification.</param>
/// <param name="ThicknessMm">Thickness along the beam, mm.</param>
public sealed record ScintillatorLayer(string Material, double ThicknessMm);

/// <summary>
/// The detector: one energy-integrating scintillator layer, or two stacked layers (dual-layer
/// spectral detector: the top layer absorbs more of the low energies, the bottom the rest).
/// </summary>
/// <param name="Top">The (top) layer.</param>
/// <param name="Bottom">The bottom layer of a dual-layer detector, or null.</param>
/// <param name="RowWidthAtIsocenterMm">Width of one detector row at the isocentre, mm (collimation unit).</param>
public sealed record DetectorModel(ScintillatorLayer Top, ScintillatorLayer? Bottom, double RowWidthAtIsocenterMm);

/// <summary>CT-number drift over a scanner's life: linear per year, and a step at tube replacement.</summary>
/// <param name="HuPerYear">Drift of every CT number, HU per year.</param>
/// <param name="TubeReplacementDay">Day (from the scanner's calibration day 0) of the tube replacement, or null.</param>
/// <param name="TubeReplacementStepHu">CT-number step after the replacement, HU.</param>
public sealed record DriftModel(double HuPerYear, double? TubeReplacementDay, double TubeReplacementStepHu)
{
    /// <summary>The drift offset on <paramref name="day"/>, HU.</summary>
    public double OffsetHu(double day) =>
        HuPerYear * day / 365.25 + (TubeReplacementDay is { } d && day >= d ? TubeReplacementStepHu : 0);
}

/// <summary>The dual-energy techniques a scanner offers.</summary>
/// <param name="Technique">fast-kv-switching, dual-source or dual-layer.</param>
/// <param name="TinFilterMm">Tin filtration of the high-energy tube (dual source), mm.</param>
/// <param name="SecondTubeFieldOfViewMm">Field of view of the second tube (dual source), mm.</param>
public sealed record DualEnergyCapability(string Technique, double TinFilterMm, double? SecondTubeFieldOfViewMm);
