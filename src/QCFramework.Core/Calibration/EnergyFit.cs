namespace QCFramework.Calibration;

/// <summary>
/// An image's CT-number scale found from reference tissues: measured HU = Gain · HU_E + OffsetHu,
/// where HU_E is the monoenergetic CT number at the effective energy.
/// </summary>
/// <param name="EnergyKev">Effective energy, keV.</param>
/// <param name="Gain">Gain of the measured scale (1 when assumed).</param>
/// <param name="OffsetHu">Offset, HU.</param>
/// <param name="RSquared">Coefficient of determination of the fit (1 for an exact two-point solution).</param>
public sealed record EnergyFit(double EnergyKev, double Gain, double OffsetHu, double RSquared)
{
    /// <summary>The monoenergetic CT number at the effective energy of a measured one.</summary>
    public double MonoenergeticHu(double measuredHu) => (measuredHu - OffsetHu) / Gain;
}
