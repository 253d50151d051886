namespace QCFramework.Phantoms;

/// <summary>An axial level a QCT protocol scans: a vertebra's mid-level or an object's centre.</summary>
/// <param name="Label">Vertebra label as anatomy names it (L1, T12) or a level name.</param>
/// <param name="ZMm">Mid-level z, mm.</param>
/// <param name="IsVertebra">True for vertebral levels (they have a trabecular truth).</param>
public sealed record MeasurementLevel(string Label, double ZMm, bool IsVertebra);
