namespace QCFramework.Physics;

/// <summary>
/// The photon interaction data of the elements (xraylib 4.0.0 cross sections, atomic weights,
/// K edges and densities) and NIST's air coefficients, loaded once from Physics/Data.
/// </summary>
public sealed class AttenuationData
{
    private const string ElementsFile = "attenuation/elements_xraylib.csv";
    private const string WeightsFile = "attenuation/atomic_weights.csv";
    private const string DensitiesFile = "attenuation/element_densities.csv";
    private const string AirFile = "attenuation/air_nist_mu_muen.csv";

    private static readonly Lazy<AttenuationData> LazyDefault = new(() => new AttenuationData(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<int, ChemicalElement> _elements = new();
    private readonly Dictionary<string, ChemicalElement> _bySymbol = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<int, ElementCrossSectionTable> _tables = new();
    private readonly double[] _airLogEnergy;
    private readonly double[] _airLogMuEn;
    private readonly double[] _airLogMu;

    private AttenuationData()
    {
        var densities = DataFiles.ReadCsv(DensitiesFile).Rows
            .ToDictionary(r => int.Parse(r[0]), r => DataFiles.Number(r[1], DensitiesFile));
        foreach (var row in DataFiles.ReadCsv(WeightsFile).Rows)
        {
            int z = int.Parse(row[0]);
            var element = new ChemicalElement(z, row[1], DataFiles.Number(row[2], WeightsFile), DataFiles.Number(row[3], WeightsFile),
                densities.TryGetValue(z, out double d) ? d : double.NaN);
            _elements[z] = element;
            _bySymbol[element.Symbol] = element;
        }

        var grouped = new Dictionary<int, (List<double> E, List<double> P, List<double> I, List<double> C)>();
        foreach (var row in DataFiles.ReadCsv(ElementsFile).Rows)
        {
            int z = int.Parse(row[0]);
            if (!grouped.TryGetValue(z, out var lists))
            {
                lists = (new(), new(), new(), new());
                grouped[z] = lists;
            }

            lists.E.Add(DataFiles.Number(row[2], ElementsFile));
            lists.P.Add(DataFiles.Number(row[3], ElementsFile));
            lists.I.Add(DataFiles.Number(row[4], ElementsFile));
            lists.C.Add(DataFiles.Number(row[5], ElementsFile));
        }

        foreach (var (z, l) in grouped)
        {
            _tables[z] = new ElementCrossSectionTable(_elements[z].KEdgeKev, l.E.ToArray(), l.P.ToArray(), l.I.ToArray(), l.C.ToArray());
        }

        var air = DataFiles.ReadCsv(AirFile).Rows;
        _airLogEnergy = air.Select(r => Math.Log(DataFiles.Number(r[0], AirFile))).ToArray();
        _airLogMu = air.Select(r => Math.Log(DataFiles.Number(r[1], AirFile))).ToArray();
        _airLogMuEn = air.Select(r => Math.Log(DataFiles.Number(r[2], AirFile))).ToArray();
    }

    /// <summary>The shared instance (the data are immutable).</summary>
    public static AttenuationData Default => LazyDefault.Value;

    /// <summary>Lowest energy with cross sections, keV.</summary>
    public double MinEnergyKev => ElementCrossSectionTable.FirstEnergyKev;

    /// <summary>Highest energy with cross sections, keV.</summary>
    public double MaxEnergyKev => 150.0;

    /// <summary>Atomic numbers with cross sections (1–83).</summary>
    public IEnumerable<int> AtomicNumbers => _tables.Keys.Order();

    /// <summary>The element of atomic number <paramref name="z"/>.</summary>
    public ChemicalElement Element(int z) =>
        _elements.TryGetValue(z, out var e) ? e : throw new InputException($"no element with Z = {z}");

    /// <summary>The element with chemical symbol <paramref name="symbol"/>, or null.</summary>
    public ChemicalElement? ElementBySymbol(string symbol) => _bySymbol.GetValueOrDefault(symbol);

    /// <summary>Cross sections of element <paramref name="z"/> at <paramref name="energyKev"/>, cm²/g.</summary>
    public CrossSections CrossSections(int z, double energyKev)
    {
        CheckEnergy(energyKev);
        if (!_tables.TryGetValue(z, out var table))
        {
            throw new InputException($"no cross sections for Z = {z} (tabulated for Z = 1–83)");
        }

        return table.Evaluate(energyKev);
    }

    /// <summary>The absorption edges of element <paramref name="z"/> within 1–150 keV as the interpolation places them.</summary>
    public IReadOnlyList<double> EdgesKev(int z) => _tables[z].EdgesKev.ToArray();

    /// <summary>NIST mass energy-absorption coefficient of dry air, cm²/g (log–log; the Ar K edge is respected).</summary>
    public double AirMassEnergyAbsorption(double energyKev) => AirInterpolate(_airLogMuEn, energyKev);

    /// <summary>NIST mass attenuation coefficient of dry air, cm²/g.</summary>
    public double AirMassAttenuation(double energyKev) => AirInterpolate(_airLogMu, energyKev);

    /// <summary>Throws <see cref="InputException"/> unless the energy is within the tabulated range.</summary>
    public void CheckEnergy(double energyKev)
    {
        if (!(energyKev >= MinEnergyKev && energyKev <= MaxEnergyKev))
        {
            throw new InputException($"energy {energyKev:0.###} keV is outside the tabulated range {MinEnergyKev:0}–{MaxEnergyKev:0} keV");
        }
    }

    private double AirInterpolate(double[] logValues, double energyKev)
    {
        double logE = Math.Log(energyKev);
        int n = _airLogEnergy.Length;
        if (logE <= _airLogEnergy[0] || logE >= _airLogEnergy[n - 1])
        {
            throw new InputException($"energy {energyKev:0.###} keV is outside the NIST air table");
        }

        // The table lists the Ar K edge twice: an energy above it lands past both entries, so segments never straddle it.
        int hi = 1;
        while (_airLogEnergy[hi] < logE)
        {
            hi++;
        }

        int lo = hi - 1;
        double t = (logE - _airLogEnergy[lo]) / (_airLogEnergy[hi] - _airLogEnergy[lo]);
        return Math.Exp(logValues[lo] + t * (logValues[hi] - logValues[lo]));
    }
}
