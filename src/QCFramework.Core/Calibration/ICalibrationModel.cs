using QCFramework.Measurement;

namespace QCFramework.Calibration;

/// <summary>A fitted calibration: turns a ROI's readings (on the images it needs) into an estimate.</summary>
public interface ICalibrationModel
{
    /// <summary>The estimate for a ROI with readings <paramref name="roi"/>.</summary>
    BmdEstimate Estimate(HuReadings roi);
}
