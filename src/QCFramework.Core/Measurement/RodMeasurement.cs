namespace QCFramework.Measurement;

/// <summary>One calibration rod as found in the image.</summary>
/// <param name="Index">Position in increasing x (the order of the certificate), from 0.</param>
/// <param name="CenterXMm">Centre x, mm.</param>
/// <param name="CenterYMm">Centre y, mm.</param>
/// <param name="RadiusMm">Radius of the rod as fitted, mm.</param>
/// <param name="Hu">Readings in a disc inside the rod, every slice of the series pooled.</param>
/// <param name="AreaMm2">Area of the reading disc per slice, mm².</param>
public sealed record RodMeasurement(int Index, double CenterXMm, double CenterYMm, double RadiusMm, HuReadings Hu, double AreaMm2)
{
    /// <summary>Mean CT number on the reference image, HU.</summary>
    public double MeanHu => Hu.MeanHu;

    /// <summary>Standard deviation on the reference image, HU.</summary>
    public double SdHu => Hu.SdHu;
}
