namespace QCFramework.Dicom.Ct;

/// <summary>The VOI LUT window (PS3.3 §C.11.2): Window Center (0028,1050) and Window Width (0028,1051) in HU.</summary>
/// <param name="CenterHu">Window centre, HU.</param>
/// <param name="WidthHu">Window width, HU (at least 1).</param>
public sealed record DisplayWindow(double CenterHu, double WidthHu);
