using System.Globalization;
using System.Text;

namespace QCFramework.Tests.Statistics;

/// <summary>Reproducible synthetic data (fixed seeds) and CSV files for the comparisons with R.</summary>
internal sealed class TestData
{
    private readonly Random _random;

    public TestData(int seed) => _random = new Random(seed);

    /// <summary>A standard normal deviate (Box–Muller).</summary>
    public double Normal()
    {
        double u1 = 1.0 - _random.NextDouble();
        double u2 = _random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>A uniform deviate on [lo, hi).</summary>
    public double Uniform(double lo, double hi) => lo + (hi - lo) * _random.NextDouble();

    /// <summary>An integer on [lo, hi).</summary>
    public int Integer(int lo, int hi) => _random.Next(lo, hi);

    /// <summary>Writes a CSV with the given header and rows; NaN is written as NA, null as an empty cell.</summary>
    public static string WriteCsv(string directory, string name, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var text = new StringBuilder();
        text.AppendLine(string.Join(",", header));
        foreach (var row in rows)
        {
            text.AppendLine(string.Join(",", row.Select(Cell)));
        }

        Directory.CreateDirectory(directory);
        string path = Path.Combine(directory, name + ".csv");
        File.WriteAllText(path, text.ToString());
        return path;
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        double d when double.IsNaN(d) => "NA",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
