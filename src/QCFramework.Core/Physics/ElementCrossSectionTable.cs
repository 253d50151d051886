namespace QCFramework.Physics;

/// <summary>
/// One element's tabulated cross sections (xraylib 4.0.0, 1–150 keV every 0.5 keV) with log–log
/// interpolation that never crosses an absorption edge. In a grid segment that holds an edge the
/// photoelectric term is extrapolated log–log from the grid point on the same side of the edge, with
/// the log–log slope of the nearest edge-free segment on that side (the neighbouring one, unless it
/// holds an edge of its own, as L edges do), so the discontinuity sits exactly at the edge energy. K-edge energies come from
/// atomic_weights.csv; other edges (L, M) are found where the tabulated photo term rises with energy,
/// and since the table does not give their energies they are placed at the segment's midpoint
/// (all such edges of Z ≤ 83 lie below 17 keV, where CT spectra carry almost no fluence).
/// </summary>
internal sealed class ElementCrossSectionTable
{
    /// <summary>First grid energy, keV.</summary>
    public const double FirstEnergyKev = 1.0;

    /// <summary>Grid step, keV.</summary>
    public const double StepKev = 0.5;

    private readonly double[] _logEnergy;
    private readonly double[] _logPhoto;
    private readonly double[] _logIncoherent;
    private readonly double[] _logCoherent;
    private readonly double[] _segmentEdgeKev;

    public ElementCrossSectionTable(double kEdgeKev, double[] energiesKev, double[] photo, double[] incoherent, double[] coherent)
    {
        int n = energiesKev.Length;
        for (int i = 0; i < n; i++)
        {
            if (Math.Abs(energiesKev[i] - (FirstEnergyKev + i * StepKev)) > 1e-9)
            {
                throw new InvalidOperationException($"cross-section grid is not uniform at {energiesKev[i]} keV");
            }
        }

        _logEnergy = energiesKev.Select(v => Math.Log(v)).ToArray();
        _logPhoto = photo.Select(v => Math.Log(v)).ToArray();
        _logIncoherent = incoherent.Select(v => Math.Log(v)).ToArray();
        _logCoherent = coherent.Select(v => Math.Log(v)).ToArray();
        _segmentEdgeKev = new double[n - 1];
        for (int i = 0; i < n - 1; i++)
        {
            double lo = energiesKev[i], hi = energiesKev[i + 1];
            bool kEdgeHere = kEdgeKev > lo && kEdgeKev < hi;
            bool rises = photo[i + 1] > photo[i];
            _segmentEdgeKev[i] = kEdgeHere ? kEdgeKev : rises ? 0.5 * (lo + hi) : double.NaN;
        }

        MaxEnergyKev = energiesKev[^1];
    }

    /// <summary>Highest tabulated energy, keV.</summary>
    public double MaxEnergyKev { get; }

    /// <summary>The absorption edges inside the grid, keV, as placed by this table.</summary>
    public IEnumerable<double> EdgesKev => _segmentEdgeKev.Where(e => !double.IsNaN(e));

    /// <summary>Cross sections at <paramref name="energyKev"/> (within 1–150 keV).</summary>
    public CrossSections Evaluate(double energyKev)
    {
        int last = _logEnergy.Length - 1;
        int i = (int)Math.Floor((energyKev - FirstEnergyKev) / StepKev);
        i = Math.Clamp(i, 0, last - 1);
        double logE = Math.Log(energyKev);
        double incoherent = Math.Exp(Interpolate(_logIncoherent, i, i + 1, logE));
        double coherent = Math.Exp(Interpolate(_logCoherent, i, i + 1, logE));
        double photo;
        double edge = _segmentEdgeKev[i];
        if (double.IsNaN(edge))
        {
            photo = Math.Exp(Interpolate(_logPhoto, i, i + 1, logE));
        }
        else if (energyKev < edge)
        {
            // Below the edge: from grid point i with the slope of the nearest clean segment below.
            photo = Math.Exp(_logPhoto[i] + CleanSlope(i - 1, -1) * (logE - _logEnergy[i]));
        }
        else
        {
            // At or above the edge: from grid point i + 1 with the slope of the nearest clean segment above.
            photo = Math.Exp(_logPhoto[i + 1] + CleanSlope(i + 1, +1) * (logE - _logEnergy[i + 1]));
        }

        return new CrossSections(photo, incoherent, coherent);
    }

    // Log–log slope of the photo term on the first segment from `segment` in `direction` that holds no edge (0 if none).
    private double CleanSlope(int segment, int direction)
    {
        for (int k = segment; k >= 0 && k < _segmentEdgeKev.Length; k += direction)
        {
            if (double.IsNaN(_segmentEdgeKev[k]))
            {
                return (_logPhoto[k + 1] - _logPhoto[k]) / (_logEnergy[k + 1] - _logEnergy[k]);
            }
        }

        return 0;
    }

    private double Interpolate(double[] logValues, int a, int b, double logE)
    {
        double t = (logE - _logEnergy[a]) / (_logEnergy[b] - _logEnergy[a]);
        return logValues[a] + t * (logValues[b] - logValues[a]);
    }
}
