namespace QCFramework.Simulation.Projection;

/// <summary>Which detector signal a beam model describes.</summary>
public enum DetectorLayer
{
    /// <summary>All the energy the detector absorbs (both layers of a dual-layer detector).</summary>
    Total,

    /// <summary>The top layer of a dual-layer detector (the low-energy signal).</summary>
    Top,

    /// <summary>The bottom layer of a dual-layer detector (the high-energy signal).</summary>
    Bottom,
}
