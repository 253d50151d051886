using QCFramework.Numerics;

namespace QCFramework.Simulation.Projection;

/// <summary>
/// Detector readings with quantum and electronic noise, and their log. An energy-integrating reading
/// is a compound Poisson variable with mean m₁ = Σ N(E)·E and variance m₂ = Σ N(E)·E²
/// (Whiting, Med Phys 29 (2002) 1852); it is drawn as a scaled Poisson count with those two moments
/// (N_eff = m₁²/m₂ counts of m₂/m₁ each), which keeps the discreteness of photon starvation, plus
/// Gaussian electronic noise. Readings below a quarter of an equivalent quantum are floored there
/// before the log, as scanners do.
/// </summary>
public static class ProjectionNoise
{
    /// <summary>
    /// One noisy reading for the noiseless moments <paramref name="moment1"/>, <paramref name="moment2"/>
    /// (scaled to the exposure), electronic noise <paramref name="electronicSd"/> (in the same units).
    /// </summary>
    public static double Reading(double moment1, double moment2, double electronicSd, double quantumEnergy, RandomStream random)
    {
        double reading = 0;
        if (moment1 > 0 && moment2 > 0)
        {
            double quanta = moment1 * moment1 / moment2;
            reading = moment2 / moment1 * random.NextPoisson(quanta);
        }

        reading += electronicSd * random.NextNormal();
        return Math.Max(reading, 0.25 * quantumEnergy);
    }
}
