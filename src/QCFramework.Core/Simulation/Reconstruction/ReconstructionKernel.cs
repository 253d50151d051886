using QCFramework.Numerics;

namespace QCFramework.Simulation.Reconstruction;

/// <summary>
/// A reconstruction kernel defined by the system MTF it produces, T(f) = exp(−(f/f0)^p), with f0
/// and p fixed by the MTF at 50% and 10% (lp/mm at the isocentre). The FBP filter is the ramp times
/// the window W(f) = T(f)/S(f), S being the blur the reconstruction itself adds (linear interpolation
/// in backprojection, sinc²), so the images have this MTF. Detector aperture and focal spot are part
/// of T: the analytic projector samples ideal line integrals. Typical clinical values: soft-tissue
/// kernels MTF50 ≈ 0.3 lp/mm, standard ≈ 0.37, sharp ≈ 0.5, bone ≈ 0.6+ (e.g. AAPM Report 233, 2019).
/// </summary>
/// <param name="Name">soft, standard, sharp, bone.</param>
/// <param name="Mtf50LpPerMm">Spatial frequency where the MTF is 0.5, lp/mm.</param>
/// <param name="Mtf10LpPerMm">Spatial frequency where the MTF is 0.1, lp/mm.</param>
/// <param name="DicomName">Convolution Kernel as written to DICOM.</param>
public sealed record ReconstructionKernel(string Name, double Mtf50LpPerMm, double Mtf10LpPerMm, string DicomName)
{
    /// <summary>The shape exponent p of the target MTF.</summary>
    public double Exponent => Math.Log(Math.Log(10) / Math.Log(2)) / Math.Log(Mtf10LpPerMm / Mtf50LpPerMm);

    /// <summary>The scale f0 of the target MTF, lp/mm.</summary>
    public double ScaleLpPerMm => Mtf50LpPerMm / Math.Pow(Math.Log(2), 1 / Exponent);

    /// <summary>The target system MTF at <paramref name="lpPerMm"/>.</summary>
    public double TargetMtf(double lpPerMm) => Math.Exp(-Math.Pow(Math.Abs(lpPerMm) / ScaleLpPerMm, Exponent));

    /// <summary>
    /// The apodisation window applied on top of the ramp for projections sampled every
    /// <paramref name="sampleSpacingMm"/>: T(f)/sinc²(f·Δ), capped at a gain of 3 and zero beyond Nyquist.
    /// </summary>
    public double Window(double lpPerMm, double sampleSpacingMm)
    {
        double f = Math.Abs(lpPerMm);
        double nyquist = 0.5 / sampleSpacingMm;
        if (f >= nyquist)
        {
            return 0;
        }

        double x = Math.PI * f * sampleSpacingMm;
        double sinc = x < 1e-12 ? 1 : Math.Sin(x) / x;
        return Math.Min(3.0, TargetMtf(f) / (sinc * sinc));
    }

    /// <summary>Checks the definition (MTF10 above MTF50, both positive).</summary>
    public ReconstructionKernel Validated()
    {
        if (!(Mtf50LpPerMm > 0 && Mtf10LpPerMm > Mtf50LpPerMm))
        {
            throw new InputException($"kernel '{Name}': needs 0 < mtf50LpPerMm < mtf10LpPerMm (got {Mtf50LpPerMm}, {Mtf10LpPerMm})");
        }

        return this;
    }
}
