using QCFramework.Measurement;
using QCFramework.Numerics;

namespace QCFramework.Calibration;

/// <summary>
/// Finds an image's effective energy from reference tissues of standard composition.
/// <list type="bullet">
/// <item>Two tissues: the scanner's gain is taken as calibrated (water and air are what scanners
/// calibrate to), the energy is where the tissues' theoretical contrast equals the measured one, and the
/// offset is their mean residual. Muscle–fat contrast falls and fat–air contrast rises monotonically
/// with energy, so the root is unique.</item>
/// <item>Several tissues (Michalski AS et al., Med Eng Phys 78 (2020) 55): the energy whose theoretical
/// values the measured ones fit best, by r² of a linear regression, with gain and offset from that
/// regression. Michalski (and Bonelab Ogo's implementation) regress HU on mass attenuation μ/ρ; HU is
/// linear in the linear attenuation μ = ρ·μ/ρ, not in μ/ρ (air and fat have nearly the same μ/ρ and
/// differ by 900 HU), and regressing on μ/ρ moves the best energy by 20–30 keV on exact data, so the
/// regression here is on the theoretical CT number (linear in μ).</item>
/// </list>
/// </summary>
public static class TissueEnergyFit
{
    private const double GridStepKev = 0.5;

    /// <summary>The two-tissue fit with unit gain, or null when no energy in 30–150 keV gives the measured contrast.</summary>
    public static EnergyFit? TwoTissues(TissueSample a, TissueSample b)
    {
        double measured = a.MeasuredHu - b.MeasuredHu;
        double Residual(double e) => a.Tissue.HuAt(e) - b.Tissue.HuAt(e) - measured;
        double lo = Residual(MineralEquivalence.MinEnergyKev), hi = Residual(MineralEquivalence.MaxEnergyKev);
        if (!double.IsFinite(measured) || Math.Sign(lo) == Math.Sign(hi))
        {
            return null;
        }

        double energy = RootFinding.Bisect(Residual, MineralEquivalence.MinEnergyKev, MineralEquivalence.MaxEnergyKev, 1e-6);
        double offset = 0.5 * (a.MeasuredHu - a.Tissue.HuAt(energy) + b.MeasuredHu - b.Tissue.HuAt(energy));
        return new EnergyFit(energy, 1, offset, 1);
    }

    /// <summary>The multi-tissue fit (at least three tissues).</summary>
    /// <exception cref="ArgumentException">Fewer than three samples.</exception>
    public static EnergyFit MultiTissue(IReadOnlyList<TissueSample> samples)
    {
        if (samples.Count < 3)
        {
            throw new ArgumentException("the multi-tissue fit needs at least three tissues", nameof(samples));
        }

        var y = samples.Select(s => s.MeasuredHu).ToArray();
        var x = new double[samples.Count];
        (double R2, double Gain, double Offset) FitAt(double e)
        {
            for (int i = 0; i < x.Length; i++)
            {
                x[i] = samples[i].Tissue.HuAt(e);
            }

            double mx = x.Average(), my = y.Average(), sxx = 0, syy = 0, sxy = 0;
            for (int i = 0; i < x.Length; i++)
            {
                sxx += (x[i] - mx) * (x[i] - mx);
                syy += (y[i] - my) * (y[i] - my);
                sxy += (x[i] - mx) * (y[i] - my);
            }

            double gain = sxy / sxx;
            return (sxy * sxy / (sxx * syy), gain, my - gain * mx);
        }

        double best = MineralEquivalence.MinEnergyKev, bestR2 = double.NegativeInfinity;
        for (double e = MineralEquivalence.MinEnergyKev; e <= MineralEquivalence.MaxEnergyKev + 1e-9; e += GridStepKev)
        {
            double r2 = FitAt(e).R2;
            if (r2 > bestR2)
            {
                bestR2 = r2;
                best = e;
            }
        }

        // Golden-section refinement within one grid step either side (r² is smooth in energy).
        double a = Math.Max(MineralEquivalence.MinEnergyKev, best - GridStepKev), b = Math.Min(MineralEquivalence.MaxEnergyKev, best + GridStepKev);
        double g = (Math.Sqrt(5) - 1) / 2;
        double c = b - g * (b - a), d = a + g * (b - a);
        for (int i = 0; i < 40; i++)
        {
            if (FitAt(c).R2 > FitAt(d).R2)
            {
                b = d;
            }
            else
            {
                a = c;
            }

            c = b - g * (b - a);
            d = a + g * (b - a);
        }

        double energy = 0.5 * (a + b);
        var (rSquared, fittedGain, fittedOffset) = FitAt(energy);
        return new EnergyFit(energy, fittedGain, fittedOffset, rSquared);
    }
}
