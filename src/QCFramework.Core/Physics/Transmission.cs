namespace QCFramework.Physics;

/// <summary>How a detector weights the photons it absorbs.</summary>
public enum DetectorWeighting
{
    /// <summary>Each photon counts once (photon-counting detector).</summary>
    PhotonCounting,

    /// <summary>Each photon counts its energy (scintillator with an integrating photodiode, as in clinical CT).</summary>
    EnergyIntegrating,
}

/// <summary>Polychromatic Beer–Lambert transmission through a stack of materials.</summary>
public static class Transmission
{
    /// <summary>
    /// The detected fraction I/I0 behind the stack: Σ w(E)·exp(−Σ μ_m(E)·t_m) / Σ w(E), with
    /// w(E) = Φ(E) or Φ(E)·E by <paramref name="weighting"/>.
    /// </summary>
    public static double Through(Spectrum spectrum, IEnumerable<(Material Material, double ThicknessCm)> stack, DetectorWeighting weighting = DetectorWeighting.EnergyIntegrating)
    {
        var layers = stack.ToArray();
        foreach (var (m, t) in layers)
        {
            if (t < 0)
            {
                throw new InputException($"thickness {t} cm of {m.Name} is negative");
            }
        }

        double detected = 0, incident = 0;
        foreach (var (e, f) in spectrum.NonZeroBins())
        {
            double w = weighting == DetectorWeighting.EnergyIntegrating ? f * e : f;
            double lineIntegral = 0;
            foreach (var (m, t) in layers)
            {
                lineIntegral += m.LinearAttenuationPerCm(e) * t;
            }

            incident += w;
            detected += w * Math.Exp(-lineIntegral);
        }

        return detected / incident;
    }
}
