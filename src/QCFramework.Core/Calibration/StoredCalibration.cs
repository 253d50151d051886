using QCFramework.Calibration.Algorithms;
using QCFramework.Measurement;
using QCFramework.Phantoms;

namespace QCFramework.Calibration;

/// <summary>
/// An asynchronous calibration as <c>qcf calibrate</c> stores it: the rod fit of a phantom-only scan,
/// for one scanner and protocol, with the CT numbers that later scans are checked against for constancy.
/// </summary>
/// <param name="Manufacturer">Scanner manufacturer (as the DICOM files state it), or null.</param>
/// <param name="Model">Scanner model, or null.</param>
/// <param name="Kvp">Tube potential, kVp, or null.</param>
/// <param name="Kernel">Reconstruction kernel, or null.</param>
/// <param name="Phantom">The calibration phantom (certificate name).</param>
/// <param name="SlopeMgPerCm3PerHu">mg HA/cm³ per HU.</param>
/// <param name="InterceptMgPerCm3">mg HA/cm³ at 0 HU.</param>
/// <param name="RSquared">R² of the rod fit.</param>
/// <param name="EffectiveEnergyKev">Effective energy of the calibration scan, keV.</param>
/// <param name="AirHu">Air outside the phantom at calibration, HU.</param>
/// <param name="RodHu">Each rod's CT number at calibration, HU.</param>
/// <param name="SeriesDescription">The calibration series' description.</param>
/// <param name="WaterEquivalentDiameterMm">The calibration phantom's water-equivalent diameter, mm (null in
/// calibrations stored before it was recorded).</param>
public sealed record StoredCalibration(
    string? Manufacturer,
    string? Model,
    double? Kvp,
    string? Kernel,
    string Phantom,
    double SlopeMgPerCm3PerHu,
    double InterceptMgPerCm3,
    double RSquared,
    double EffectiveEnergyKev,
    double AirHu,
    IReadOnlyList<double> RodHu,
    string? SeriesDescription,
    double? WaterEquivalentDiameterMm = null)
{
    /// <summary>
    /// Calibrates from a phantom-only scan: qct-regression on its rods (water-corrected for Mindways
    /// certificates), and the air reading for later constancy checks.
    /// </summary>
    /// <exception cref="InputException">The scan cannot calibrate: no rods, a poor fit, no air around the phantom.</exception>
    public static StoredCalibration Create(SeriesMeasurement phantomScan, CalibrationCertificate certificate)
    {
        var inputs = new CalibrationInputs(phantomScan, certificate);
        var result = QctRegression.FitOn("async", inputs, phantomScan.ReferenceImage.Key);
        if (result.Model is not LinearHuModel model)
        {
            throw new InputException($"the phantom scan cannot be calibrated: {result.NotApplicableReason}");
        }

        if (phantomScan.Tissues.Air.Hu is not { } air)
        {
            throw new InputException($"the phantom scan has no air reading for constancy checks: {phantomScan.Tissues.Air.NotApplicableReason}");
        }

        double energy = result.Diagnostic("effectiveEnergyKev")
            ?? throw new InputException("the phantom scan's rods give no effective energy in 30–150 keV");
        var acquisition = phantomScan.ReferenceImage.Acquisition;
        return new StoredCalibration(acquisition.Manufacturer, acquisition.Model, acquisition.Kvp, acquisition.Kernel, certificate.Phantom,
            model.SlopeMgPerCm3PerHu, model.InterceptMgPerCm3, result.Diagnostic("rSquared") ?? double.NaN, energy, air.MeanHu,
            phantomScan.Rods.Select(r => r.MeanHu).ToArray(), acquisition.SeriesDescription, phantomScan.WaterEquivalentDiameterMm);
    }
}
