using QCFramework.Measurement;
using QCFramework.Phantoms;

namespace QCFramework.Calibration;

/// <summary>
/// What a calibration algorithm may use: the series' measurement (images, ROIs, rods, tissues) and
/// what a physicist legitimately supplies — the calibration phantom's certificate, a stored
/// asynchronous calibration, the energy of the monoenergetic image to calibrate. Never the truth.
/// </summary>
/// <param name="Series">The measured series.</param>
/// <param name="Certificate">The certificate of the calibration phantom in view, or null.</param>
/// <param name="StoredCalibration">A stored asynchronous calibration, or null.</param>
/// <param name="VmiKev">The virtual monoenergetic image to calibrate (vmi-calibrated), keV, or null for the default 70–76 keV.</param>
public sealed record CalibrationInputs(
    SeriesMeasurement Series,
    CalibrationCertificate? Certificate = null,
    StoredCalibration? StoredCalibration = null,
    double? VmiKev = null);
