using System.Collections.Concurrent;
using System.Globalization;
using QCFramework.Numerics;

namespace QCFramework.Physics;

/// <summary>
/// Tungsten-anode CT spectra (XCIST, BSD-3) for 7° and 10° targets at 70–140 kVp in 10 kV steps,
/// already filtered by the tube window; any kVp in between is interpolated.
/// </summary>
/// <remarks>
/// Interpolation in kVp is per energy bin and monotone cubic (PCHIP) through the tabulated spectra
/// that reach the bin, anchored by zero fluence at the bin's lower edge (a bin receives no photons
/// until the tube potential exceeds its energy; near that end point bremsstrahlung rises linearly,
/// Kramers 1923). The same per-bin polynomial approach is TASMIP's (Boone &amp; Seibert, Med Phys 24
/// (1997) 1661); a leave-one-out test checks it against the tabulated spectra.
/// </remarks>
public sealed class SpectrumLibrary
{
    /// <summary>Lowest supported tube potential, kVp.</summary>
    public const double MinKvp = 70;

    /// <summary>Highest supported tube potential, kVp.</summary>
    public const double MaxKvp = 140;

    /// <summary>Target angles with tabulated spectra, degrees.</summary>
    public static readonly IReadOnlyList<double> TargetAnglesDeg = [7.0, 10.0];

    private static readonly Lazy<SpectrumLibrary> LazyDefault = new(() => new SpectrumLibrary(_ => true), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<double, SortedDictionary<double, double[]>> _tabulated = new();
    private readonly ConcurrentDictionary<(double, double), Spectrum> _cache = new();
    private readonly double _binWidthKev;

    /// <summary>Loads the tabulated spectra whose kVp passes <paramref name="include"/> (tests leave some out).</summary>
    internal SpectrumLibrary(Func<double, bool> include)
    {
        _binWidthKev = double.NaN;
        foreach (string path in DataFiles.List("spectra"))
        {
            string file = Path.GetFileNameWithoutExtension(path);
            if (!file.StartsWith("tungsten_tar", StringComparison.Ordinal))
            {
                continue;
            }

            // tungsten_tar7.0_120_filt
            var parts = file.Split('_');
            double angle = double.Parse(parts[1]["tar".Length..], CultureInfo.InvariantCulture);
            double kvp = double.Parse(parts[2], CultureInfo.InvariantCulture);
            if (!include(kvp))
            {
                continue;
            }

            var (energies, fluence) = ReadSpectrumFile(path);
            _binWidthKev = energies[1] - energies[0];
            if (!_tabulated.TryGetValue(angle, out var byKvp))
            {
                byKvp = new SortedDictionary<double, double[]>();
                _tabulated[angle] = byKvp;
            }

            byKvp[kvp] = fluence;
        }
    }

    /// <summary>The shared library with every tabulated spectrum.</summary>
    public static SpectrumLibrary Default => LazyDefault.Value;

    /// <summary>The tabulated kVps for a target angle.</summary>
    public IReadOnlyList<double> TabulatedKvps(double targetAngleDeg = 7.0) => _tabulated[CheckAngle(targetAngleDeg)].Keys.ToArray();

    /// <summary>The spectrum at <paramref name="kvp"/> (70–140) for the target angle (7° or 10°), photons/mAs/cm² at 1 m per bin.</summary>
    /// <exception cref="InputException">kVp outside 70–140 or an untabulated target angle.</exception>
    public Spectrum Get(double kvp, double targetAngleDeg = 7.0)
    {
        if (!(kvp >= MinKvp && kvp <= MaxKvp))
        {
            throw new InputException($"kVp {kvp.ToString("0.###", CultureInfo.InvariantCulture)} is outside the supported range {MinKvp:0}–{MaxKvp:0} kVp");
        }

        double angle = CheckAngle(targetAngleDeg);
        return _cache.GetOrAdd((kvp, angle), key => Build(key.Item1, key.Item2));
    }

    private double CheckAngle(double targetAngleDeg)
    {
        foreach (double a in _tabulated.Keys)
        {
            if (Math.Abs(a - targetAngleDeg) < 1e-9)
            {
                return a;
            }
        }

        throw new InputException($"no spectra for a {targetAngleDeg}° target; tabulated: {string.Join(", ", _tabulated.Keys.Order())}°");
    }

    private Spectrum Build(double kvp, double angle)
    {
        var byKvp = _tabulated[angle];
        int bins = (int)Math.Ceiling(kvp / _binWidthKev - 1e-9);
        var energies = new double[bins];
        var fluence = new double[bins];
        var nodeX = new List<double>();
        var nodeY = new List<double>();
        for (int i = 0; i < bins; i++)
        {
            double centre = (i + 0.5) * _binWidthKev;
            double lowerEdge = i * _binWidthKev;
            energies[i] = centre;
            if (byKvp.TryGetValue(kvp, out var exact))
            {
                fluence[i] = i < exact.Length ? exact[i] : 0;
                continue;
            }

            nodeX.Clear();
            nodeY.Clear();
            double firstKvp = byKvp.Keys.First();
            if (lowerEdge >= firstKvp - 10)
            {
                nodeX.Add(lowerEdge);
                nodeY.Add(0);
            }

            foreach (var (k, f) in byKvp)
            {
                if (k > lowerEdge + 1e-9 && i < f.Length)
                {
                    nodeX.Add(k);
                    nodeY.Add(f[i]);
                }
            }

            fluence[i] = nodeX.Count == 0 ? 0 : Math.Max(0, MonotoneCubic.Interpolate(nodeX.ToArray(), nodeY.ToArray(), kvp));
        }

        string how = byKvp.ContainsKey(kvp) ? "tabulated" : "interpolated (PCHIP per bin)";
        return new Spectrum(kvp, angle, _binWidthKev, energies, fluence,
            $"XCIST tungsten {angle:0.#}° target, {kvp.ToString("0.##", CultureInfo.InvariantCulture)} kVp, {how}");
    }

    private static (double[] Energies, double[] Fluence) ReadSpectrumFile(string path)
    {
        using var reader = DataFiles.Open(path);
        var energies = new List<double>();
        var fluence = new List<double>();
        string? line;
        bool countSeen = false;
        while ((line = reader.ReadLine()) != null)
        {
            line = line.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (!countSeen)
            {
                countSeen = true; // first line: number of bins
                continue;
            }

            var f = line.Split(',');
            energies.Add(DataFiles.Number(f[0], path));
            fluence.Add(DataFiles.Number(f[1], path));
        }

        return (energies.ToArray(), fluence.ToArray());
    }
}
