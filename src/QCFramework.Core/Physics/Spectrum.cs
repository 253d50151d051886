namespace QCFramework.Physics;

/// <summary>
/// An X-ray spectrum on uniform energy bins: photons per mAs per cm² at 1 m from the focal spot in
/// each bin. Immutable; filtering returns a new spectrum.
/// </summary>
public sealed class Spectrum
{
    private readonly double[] _energiesKev;
    private readonly double[] _fluence;

    /// <summary>Creates a spectrum from bin centres and fluence per bin.</summary>
    public Spectrum(double kvp, double targetAngleDeg, double binWidthKev, double[] energiesKev, double[] fluencePerMasCm2At1m, string description)
    {
        if (energiesKev.Length != fluencePerMasCm2At1m.Length || energiesKev.Length == 0)
        {
            throw new ArgumentException("energies and fluence must have the same, non-zero length");
        }

        Kvp = kvp;
        TargetAngleDeg = targetAngleDeg;
        BinWidthKev = binWidthKev;
        _energiesKev = energiesKev;
        _fluence = fluencePerMasCm2At1m;
        Description = description;
    }

    /// <summary>Tube potential, kVp (the highest photon energy in keV).</summary>
    public double Kvp { get; }

    /// <summary>Anode target angle, degrees.</summary>
    public double TargetAngleDeg { get; }

    /// <summary>Width of each energy bin, keV.</summary>
    public double BinWidthKev { get; }

    /// <summary>Bin centres, keV.</summary>
    public ReadOnlySpan<double> EnergiesKev => _energiesKev;

    /// <summary>Photons per mAs per cm² at 1 m, per bin.</summary>
    public ReadOnlySpan<double> Fluence => _fluence;

    /// <summary>Where the spectrum came from and what filtered it.</summary>
    public string Description { get; }

    /// <summary>Total photons per mAs per cm² at 1 m.</summary>
    public double TotalFluence
    {
        get
        {
            double sum = 0;
            foreach (double f in _fluence)
            {
                sum += f;
            }

            return sum;
        }
    }

    /// <summary>Fluence-weighted mean photon energy, keV.</summary>
    public double MeanEnergyKev
    {
        get
        {
            double n = 0, e = 0;
            for (int i = 0; i < _fluence.Length; i++)
            {
                n += _fluence[i];
                e += _fluence[i] * _energiesKev[i];
            }

            return e / n;
        }
    }

    /// <summary>This spectrum after <paramref name="thicknessMm"/> of <paramref name="material"/> (Beer–Lambert per bin).</summary>
    public Spectrum Filter(Material material, double thicknessMm)
    {
        if (thicknessMm < 0)
        {
            throw new InputException($"filter thickness {thicknessMm} mm of {material.Name} is negative");
        }

        if (thicknessMm == 0)
        {
            return this;
        }

        var filtered = new double[_fluence.Length];
        for (int i = 0; i < filtered.Length; i++)
        {
            filtered[i] = _fluence[i] == 0 ? 0 : _fluence[i] * Math.Exp(-material.LinearAttenuationPerCm(_energiesKev[i]) * thicknessMm / 10.0);
        }

        return new Spectrum(Kvp, TargetAngleDeg, BinWidthKev, _energiesKev, filtered, $"{Description} + {thicknessMm:0.###} mm {material.Name}");
    }

    /// <summary>This spectrum with every bin scaled by <paramref name="factor"/>(E).</summary>
    public Spectrum Weighted(Func<double, double> factor, string what)
    {
        var weighted = new double[_fluence.Length];
        for (int i = 0; i < weighted.Length; i++)
        {
            weighted[i] = _fluence[i] * factor(_energiesKev[i]);
        }

        return new Spectrum(Kvp, TargetAngleDeg, BinWidthKev, _energiesKev, weighted, $"{Description}, {what}");
    }

    /// <summary>
    /// The same spectrum on coarser bins of <paramref name="factor"/> × the width, for fast
    /// polychromatic loops; each new bin sits at the fluence-weighted mean energy of what it merges.
    /// </summary>
    public Spectrum Rebin(int factor)
    {
        if (factor <= 1)
        {
            return this;
        }

        int n = (_fluence.Length + factor - 1) / factor;
        var energies = new double[n];
        var fluence = new double[n];
        for (int j = 0; j < n; j++)
        {
            double f = 0, fe = 0, e0 = 0;
            int count = 0;
            for (int i = j * factor; i < Math.Min(_fluence.Length, (j + 1) * factor); i++, count++)
            {
                f += _fluence[i];
                fe += _fluence[i] * _energiesKev[i];
                e0 += _energiesKev[i];
            }

            fluence[j] = f;
            energies[j] = f > 0 ? fe / f : e0 / count;
        }

        return new Spectrum(Kvp, TargetAngleDeg, BinWidthKev * factor, energies, fluence, $"{Description}, rebinned ×{factor}");
    }

    /// <summary>The bins with fluence, as (energy keV, fluence) pairs.</summary>
    public IEnumerable<(double EnergyKev, double Fluence)> NonZeroBins()
    {
        for (int i = 0; i < _fluence.Length; i++)
        {
            if (_fluence[i] > 0)
            {
                yield return (_energiesKev[i], _fluence[i]);
            }
        }
    }
}
