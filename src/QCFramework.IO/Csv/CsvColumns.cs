using System.Globalization;
using CsvHelper;

namespace QCFramework.IO.Csv;

/// <summary>
/// Named columns of a comma-separated file with a header row (RFC 4180 quoting, via CsvHelper),
/// kept with each row's line number so that every error names the file, the line and the column.
/// A cell is missing when it is empty or reads NA or NaN (any case), as R writes them; the
/// statistics verbs drop rows with a missing cell in a column they use (listwise) and report how
/// many they dropped. Numbers use the invariant culture (a point as decimal separator).
/// </summary>
public sealed class CsvColumns
{
    private readonly Dictionary<string, string?[]> _cells;
    private readonly long[] _lines;

    private CsvColumns(string path, Dictionary<string, string?[]> cells, long[] lines)
    {
        Path = path;
        _cells = cells;
        _lines = lines;
    }

    /// <summary>The file the columns came from.</summary>
    public string Path { get; }

    /// <summary>Number of data rows.</summary>
    public int RowCount => _lines.Length;

    /// <summary>Reads <paramref name="columns"/> (header names, case-sensitive) from <paramref name="path"/>.</summary>
    /// <exception cref="InputException">Missing file, no header, an unknown or duplicated column, or a short row.</exception>
    public static CsvColumns Read(string path, IReadOnlyList<string> columns)
    {
        if (!File.Exists(path))
        {
            throw new InputException($"{path}: file not found.");
        }

        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            MalformedData = CsvMalformedDataHandling.Throw,
        };
        var cells = new Dictionary<string, List<string?>>(StringComparer.Ordinal);
        var lines = new List<long>();
        try
        {
            using var csv = CsvReader.FromFile(path, options);
            csv.ReadHeader();
            var header = csv.Headers.ToArray();
            if (header.Length == 0)
            {
                throw new InputException($"{path}: the file is empty; expected a header row naming the columns.");
            }

            var fieldOf = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (string column in columns)
            {
                int field = Array.IndexOf(header, column);
                if (field < 0)
                {
                    throw new InputException($"{path}:1: no column '{column}'; the header has {string.Join(", ", header.Select(h => $"'{h}'"))}.");
                }

                if (Array.LastIndexOf(header, column) != field)
                {
                    throw new InputException($"{path}:1: column '{column}' appears more than once in the header.");
                }

                fieldOf[column] = field;
                cells[column] = [];
            }

            while (csv.Read())
            {
                long line = csv.LineNumber;
                foreach (var (column, field) in fieldOf)
                {
                    if (field >= csv.FieldCount)
                    {
                        throw new InputException($"{path}:{line}: the row has {csv.FieldCount} fields; column '{column}' is field {field + 1}.");
                    }

                    cells[column].Add(csv.GetString(field));
                }

                lines.Add(line);
            }
        }
        catch (CsvFormatException ex)
        {
            throw new InputException($"{path}:{ex.LineNumber}: malformed CSV ({ex.Message})", ex);
        }

        return new CsvColumns(path, cells.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal), lines.ToArray());
    }

    /// <summary>True for a cell that counts as missing: empty, whitespace, NA or NaN.</summary>
    public static bool IsMissing(string? cell)
    {
        string text = cell?.Trim() ?? "";
        return text.Length == 0
            || text.Equals("NA", StringComparison.OrdinalIgnoreCase)
            || text.Equals("NaN", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The 1-based line of the file that holds data row <paramref name="row"/> (0-based).</summary>
    public long LineOf(int row) => _lines[row];

    /// <summary>The trimmed text of <paramref name="column"/>; null where the cell is missing.</summary>
    public string?[] Text(string column)
    {
        var raw = Cells(column);
        var text = new string?[raw.Length];
        for (int i = 0; i < raw.Length; i++)
        {
            text[i] = IsMissing(raw[i]) ? null : raw[i]!.Trim();
        }

        return text;
    }

    /// <summary>The numbers of <paramref name="column"/>; NaN where the cell is missing.</summary>
    /// <exception cref="InputException">A cell that is neither missing nor a finite number, naming its line.</exception>
    public double[] Numbers(string column)
    {
        var raw = Cells(column);
        var numbers = new double[raw.Length];
        for (int i = 0; i < raw.Length; i++)
        {
            if (IsMissing(raw[i]))
            {
                numbers[i] = double.NaN;
                continue;
            }

            string text = raw[i]!.Trim();
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
            {
                throw new InputException($"{Path}:{_lines[i]}: column '{column}': '{text}' is not a finite number.");
            }

            numbers[i] = value;
        }

        return numbers;
    }

    /// <summary>
    /// The rows with a value in every one of <paramref name="numericColumns"/> and
    /// <paramref name="textColumns"/> (listwise deletion), and how many rows were left out.
    /// </summary>
    public CsvCompleteCases CompleteCases(IReadOnlyList<string> numericColumns, IReadOnlyList<string>? textColumns = null)
    {
        textColumns ??= [];
        var numbers = numericColumns.Select(Numbers).ToArray();
        var texts = textColumns.Select(Text).ToArray();
        var keep = new List<int>(RowCount);
        for (int row = 0; row < RowCount; row++)
        {
            bool complete = true;
            foreach (var column in numbers)
            {
                complete &= !double.IsNaN(column[row]);
            }

            foreach (var column in texts)
            {
                complete &= column[row] is not null;
            }

            if (complete)
            {
                keep.Add(row);
            }
        }

        return new CsvCompleteCases(
            numbers.Select(column => keep.Select(row => column[row]).ToArray()).ToArray(),
            texts.Select(column => keep.Select(row => column[row]!).ToArray()).ToArray(),
            RowCount - keep.Count);
    }

    private string?[] Cells(string column) =>
        _cells.TryGetValue(column, out var cells)
            ? cells
            : throw new ArgumentException($"Column '{column}' was not read from {Path}.", nameof(column));
}
