namespace QCFramework.Measurement.Imaging;

/// <summary>The trabecular core of a vertebral body: the region enclosed by the cortex at a threshold.</summary>
/// <param name="Region">Its pixels and moment ellipse.</param>
/// <param name="Ellipse">The moment ellipse with anatomical axes.</param>
/// <param name="ThresholdHu">The threshold at which the cortex enclosed it.</param>
internal sealed record TrabecularCore(PixelRegion Region, EllipticalRoi Ellipse, double ThresholdHu);
