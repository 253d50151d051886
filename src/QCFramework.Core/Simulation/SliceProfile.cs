namespace QCFramework.Simulation;

/// <summary>
/// The slice sensitivity profile (SSP): how much each z contributes to a slice of nominal
/// thickness S. Modelled as a trapezoid with full width at half maximum S, a flat top of 0.75·S and a
/// base of 1.25·S, close to measured axial and helical SSPs of multi-slice scanners (Polacin, Kalender
/// &amp; Marchal, Radiology 185 (1992) 29; IEC 61223-3-5 tolerance ±0.5 mm for 1–2 mm slices).
/// </summary>
public sealed record SliceProfile(double NominalThicknessMm)
{
    /// <summary>Thinnest slice supported, mm.</summary>
    public const double MinThicknessMm = 0.625;

    /// <summary>Thickest slice supported, mm.</summary>
    public const double MaxThicknessMm = 5.0;

    /// <summary>Half of the profile's support, mm.</summary>
    public double HalfWidthMm => 0.625 * NominalThicknessMm;

    /// <summary>Relative sensitivity at <paramref name="dzMm"/> from the slice centre.</summary>
    public double Weight(double dzMm)
    {
        double a = Math.Abs(dzMm);
        double top = 0.375 * NominalThicknessMm, edge = 0.625 * NominalThicknessMm;
        return a <= top ? 1 : a >= edge ? 0 : (edge - a) / (edge - top);
    }

    /// <summary>Full width at half maximum, mm (equals the nominal thickness).</summary>
    public double FwhmMm => NominalThicknessMm;

    /// <summary>Throws unless the thickness is within 0.625–5 mm.</summary>
    public SliceProfile Validated() =>
        NominalThicknessMm is >= MinThicknessMm and <= MaxThicknessMm
            ? this
            : throw new InputException($"--slice-mm {NominalThicknessMm} is outside {MinThicknessMm}–{MaxThicknessMm} mm");
}
