using System.Globalization;

namespace QCFramework.Physics;

/// <summary>
/// A bowtie filter's path lengths through Al, graphite, Cu and Ti versus fan angle (XCIST profiles
/// <c>small</c>, <c>medium</c>, <c>large</c>; BSD-3), linearly interpolated.
/// </summary>
public sealed class BowtieProfile
{
    private static readonly string[] MaterialNames = ["aluminium", "graphite", "copper", "titanium"];

    private readonly double[] _anglesRad;
    private readonly double[][] _thicknessCm; // [material][angle]

    private BowtieProfile(string name, double[] anglesRad, double[][] thicknessCm)
    {
        Name = name;
        _anglesRad = anglesRad;
        _thicknessCm = thicknessCm;
    }

    /// <summary>The profile name.</summary>
    public string Name { get; }

    /// <summary>Largest fan angle covered, radians.</summary>
    public double MaxFanAngleRad => Math.Min(-_anglesRad[0], _anglesRad[^1]);

    /// <summary>The names of the profiles shipped.</summary>
    public static IReadOnlyList<string> Available => ["small", "medium", "large"];

    /// <summary>Loads a shipped profile by name.</summary>
    public static BowtieProfile Load(string name)
    {
        if (!Available.Contains(name))
        {
            throw new InputException($"unknown bowtie '{name}'; available: {string.Join(", ", Available)}");
        }

        string path = $"bowtie/{name}.txt";
        using var reader = DataFiles.Open(path);
        var angles = new List<double>();
        var columns = Enumerable.Range(0, 4).Select(_ => new List<double>()).ToArray();
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            line = line.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            angles.Add(double.Parse(f[0], CultureInfo.InvariantCulture));
            for (int m = 0; m < 4; m++)
            {
                columns[m].Add(double.Parse(f[m + 1], CultureInfo.InvariantCulture));
            }
        }

        return new BowtieProfile(name, angles.ToArray(), columns.Select(c => c.ToArray()).ToArray());
    }

    /// <summary>Path lengths (cm) through each bowtie material at fan angle <paramref name="angleRad"/>.</summary>
    public IReadOnlyList<(string Material, double ThicknessCm)> PathsAt(double angleRad)
    {
        int n = _anglesRad.Length;
        double a = Math.Clamp(angleRad, _anglesRad[0], _anglesRad[n - 1]);
        int k = Array.BinarySearch(_anglesRad, a);
        if (k < 0)
        {
            k = ~k - 1;
        }

        k = Math.Clamp(k, 0, n - 2);
        double t = (a - _anglesRad[k]) / (_anglesRad[k + 1] - _anglesRad[k]);
        var result = new List<(string, double)>(4);
        for (int m = 0; m < 4; m++)
        {
            double v = _thicknessCm[m][k] + t * (_thicknessCm[m][k + 1] - _thicknessCm[m][k]);
            if (v > 0)
            {
                result.Add((MaterialNames[m], v));
            }
        }

        return result;
    }

    /// <summary>The spectrum behind the bowtie at fan angle <paramref name="angleRad"/>.</summary>
    public Spectrum Filter(Spectrum spectrum, double angleRad)
    {
        var filtered = spectrum;
        foreach (var (material, cm) in PathsAt(angleRad))
        {
            filtered = filtered.Filter(MaterialLibrary.Default.Resolve(material), cm * 10.0);
        }

        return filtered;
    }
}
