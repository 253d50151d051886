namespace QCFramework.Reporting.Fonts;

/// <summary>A size and weight of the report typeface (DejaVu Sans).</summary>
/// <param name="SizePt">Em size in points (1/72 inch).</param>
/// <param name="Bold">True for DejaVu Sans Bold.</param>
public readonly record struct FontSpec(double SizePt, bool Bold = false);
