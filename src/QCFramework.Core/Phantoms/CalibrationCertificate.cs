namespace QCFramework.Phantoms;

/// <summary>Which equivalence a calibration phantom's certificate states its rods in.</summary>
public enum CertificateKind
{
    /// <summary>Hydroxyapatite, mg HA/cm³ (QRM, B-MAS, ESP-style phantoms).</summary>
    Hydroxyapatite,

    /// <summary>K2HPO4 and water equivalent densities, mg/cm³ (Mindways).</summary>
    K2hpo4Water,
}

/// <summary>
/// One rod as its certificate states it. Rods are listed in increasing x (the patient's right to
/// left, i.e. left to right on a standard axial display), which is how software matches found rods
/// to certificate values.
/// </summary>
/// <param name="Region">Region name of the rod in the phantom file.</param>
/// <param name="HaMgPerCm3">Hydroxyapatite density (HA certificates).</param>
/// <param name="K2hpo4MgPerCm3">K2HPO4 equivalent density (Mindways certificates).</param>
/// <param name="WaterMgPerCm3">Water equivalent density (Mindways certificates).</param>
public sealed record CertificateRod(string Region, double? HaMgPerCm3, double? K2hpo4MgPerCm3, double? WaterMgPerCm3);

/// <summary>
/// A calibration phantom's certificate: what a physicist types into QCT software. Calibration
/// algorithms may use it (it is an input in practice); they never see the phantom's truth.
/// </summary>
/// <param name="Phantom">The calibration phantom's name.</param>
/// <param name="Kind">The equivalence the rods are stated in.</param>
/// <param name="Rods">Rods in increasing x.</param>
public sealed record CalibrationCertificate(string Phantom, CertificateKind Kind, IReadOnlyList<CertificateRod> Rods);
