using System.Globalization;
using System.Text;
using CsvHelper;
using QCFramework.Results;

namespace QCFramework.IO.Results;

/// <summary>
/// The one reader and writer of a campaign's results.csv: one <see cref="ResultRow"/> per line, a header
/// of camelCase column names (the names of docs/CONTRACTS.md), RFC 4180 quoting, LF line ends, UTF-8
/// without a byte-order mark, numbers in the invariant culture with round-trip precision, and an empty
/// cell for a missing value. The same rows always give the same bytes. Reading checks every cell and
/// names the file, line and column of the first one that is wrong.
/// </summary>
public static class ResultsCsv
{
    /// <summary>The file name a campaign folder holds its results under.</summary>
    public const string FileName = "results.csv";

    private static readonly object AppendGate = new();

    private static readonly Column[] Table =
    [
        Text("campaign", r => r.Campaign),
        Text("center", r => r.Center),
        Text("scanner", r => r.Scanner),
        Text("scanId", r => r.ScanId),
        Number("kvp", r => r.Kvp),
        Number("mas", r => r.Mas),
        Text("kernel", r => r.Kernel),
        Number("sliceMm", r => r.SliceMm),
        Text("contrast", r => r.Contrast),
        Text("dualEnergy", r => r.DualEnergy),
        Text("mode", r => r.Mode),
        new("repeat", r => r.Repeat.ToString(CultureInfo.InvariantCulture)),
        new("seed", r => r.Seed.ToString(CultureInfo.InvariantCulture)),
        Text("phantom", r => r.Phantom),
        Text("subject", r => r.Subject),
        Text("vertebra", r => r.Vertebra),
        Number("truthMgPerCm3", r => r.TruthMgPerCm3),
        Text("algorithm", r => r.Algorithm),
        Number("measuredMgPerCm3", r => r.MeasuredMgPerCm3),
        Number("errorMgPerCm3", r => r.ErrorMgPerCm3),
        Number("relativeErrorPct", r => r.RelativeErrorPct),
        Text("status", r => r.Status),
        Text("reason", r => r.Reason),
        Number("meanHu", r => r.MeanHu),
        Number("sdHu", r => r.SdHu),
        Number("roiAreaMm2", r => r.RoiAreaMm2),
        Number("day", r => r.Day),
        Text("category", r => r.Category),
    ];

    /// <summary>The status of a row with a measured value.</summary>
    public const string StatusOk = "ok";

    /// <summary>
    /// The statuses a row may have: ok, classification-only (a category and no density, as HU
    /// triage gives), not-applicable (the algorithm cannot run on this input) and failed.
    /// </summary>
    public static IReadOnlyList<string> Statuses { get; } = [StatusOk, "classification-only", "not-applicable", "failed"];

    /// <summary>The column names, in file order.</summary>
    public static IReadOnlyList<string> Columns { get; } = Array.ConvertAll(Table, c => c.Name);

    /// <summary>The file's bytes for <paramref name="rows"/> in the order given, with the header first when <paramref name="header"/> is set.</summary>
    /// <exception cref="ArgumentException">A number is NaN or infinite (a missing value is null, with a status saying why).</exception>
    public static byte[] Format(IEnumerable<ResultRow> rows, bool header = true)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, WriterOptions, leaveOpen: true))
        {
            if (header)
            {
                csv.WriteRecord(Columns.ToArray());
            }

            var fields = new string?[Table.Length];
            foreach (ResultRow row in rows)
            {
                for (int c = 0; c < Table.Length; c++)
                {
                    fields[c] = Table[c].Format(row);
                }

                csv.WriteRecord(fields!);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Writes <paramref name="rows"/> in the order given, replacing the file (through a temporary file, so a reader never sees half of it).</summary>
    public static void Write(string path, IEnumerable<ResultRow> rows)
    {
        byte[] bytes = Format(rows);
        string temporary = path + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>
    /// Writes <paramref name="rows"/> in canonical order (<see cref="Sort"/>), so that the file does not
    /// depend on the order in which parallel scans finished.
    /// </summary>
    public static void WriteSorted(string path, IEnumerable<ResultRow> rows) => Write(path, Sort(rows));

    /// <summary>
    /// Canonical row order: by scan, vertebra and algorithm (ordinal), and by the row's whole text for rows
    /// that share those, so any permutation of the same rows sorts to the same list.
    /// </summary>
    public static IReadOnlyList<ResultRow> Sort(IEnumerable<ResultRow> rows)
    {
        var sorted = rows.ToList();
        // A row's text is only needed to order rows that share scan, vertebra and algorithm (rare), so it is made on demand.
        var lines = new Dictionary<ResultRow, string>(ReferenceEqualityComparer.Instance);
        string Line(ResultRow r)
        {
            if (!lines.TryGetValue(r, out string? line))
            {
                lines.Add(r, line = Encoding.UTF8.GetString(Format([r], header: false)));
            }

            return line;
        }

        sorted.Sort((a, b) =>
        {
            int c = string.CompareOrdinal(a.ScanId, b.ScanId);
            if (c == 0)
            {
                c = string.CompareOrdinal(a.Vertebra, b.Vertebra);
            }

            if (c == 0)
            {
                c = string.CompareOrdinal(a.Algorithm, b.Algorithm);
            }

            return c != 0 || ReferenceEquals(a, b) ? c : string.CompareOrdinal(Line(a), Line(b));
        });
        return sorted;
    }

    /// <summary>
    /// Appends one scan's rows and flushes them to disk before returning, so a run that is killed loses
    /// nothing it had finished; a new or empty file gets the header first. The rows go out in one write,
    /// and appends from several threads of this process are serialised.
    /// </summary>
    /// <exception cref="InputException">The existing file has another header, or ends in a partial line (an interrupted write).</exception>
    public static void AppendRows(string path, IEnumerable<ResultRow> rows)
    {
        byte[] body = Format(rows, header: false);
        lock (AppendGate)
        {
            using var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
            if (stream.Length == 0)
            {
                stream.Write(HeaderBytes);
            }
            else
            {
                CheckAppendable(path, stream);
                stream.Seek(0, SeekOrigin.End);
            }

            stream.Write(body);
            stream.Flush(flushToDisk: true);
        }
    }

    /// <summary>Reads every row of a results file.</summary>
    /// <exception cref="InputException">A missing file or column, or a cell that is not what its column holds; the message names the file, line and column.</exception>
    public static IReadOnlyList<ResultRow> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException($"{path}: file not found");
        }

        var rows = new List<ResultRow>();
        try
        {
            using var csv = CsvReader.FromFile(path, ReaderOptions);
            csv.ReadHeader();
            var field = FieldIndices(path, csv.Headers.ToArray());
            while (csv.Read())
            {
                var cells = new RowCells(path, csv.LineNumber, field, csv);
                rows.Add(cells.ToRow());
            }
        }
        catch (CsvFormatException ex)
        {
            throw new InputException($"{path}:{ex.LineNumber}: malformed CSV ({ex.Message.Split('\n')[0]})", ex);
        }

        return rows;
    }

    private static CsvWriterOptions WriterOptions => new()
    {
        Separator = ',',
        NewLine = "\n",
        // Values with leading or trailing spaces are quoted so that they read back unchanged.
        Quoting = CsvQuoting.WhenNeededOrWhitespace,
        Injection = CsvInjection.None,
        WriteByteOrderMark = false,
    };

    private static CsvReaderOptions ReaderOptions => new()
    {
        Separator = ',',
        HasHeader = true,
        TrackLineNumbers = true,
        SkipEmptyLines = true,
        DetectSeparatorHint = false,
        MalformedData = CsvMalformedDataHandling.Throw,
    };

    private static byte[] HeaderBytes
    {
        get
        {
            using var buffer = new MemoryStream();
            using (var csv = CsvWriter.Create(buffer, WriterOptions, leaveOpen: true))
            {
                csv.WriteRecord(Columns.ToArray());
            }

            return buffer.ToArray();
        }
    }

    private static void CheckAppendable(string path, FileStream stream)
    {
        byte[] expected = HeaderBytes;
        var start = new byte[expected.Length];
        stream.Seek(0, SeekOrigin.Begin);
        stream.ReadExactly(start, 0, (int)Math.Min(start.Length, stream.Length));
        if (!start.AsSpan().SequenceEqual(expected))
        {
            throw new InputException($"{path}:1: the header is not results.csv's ({string.Join(",", Columns)}); will not append to it");
        }

        stream.Seek(-1, SeekOrigin.End);
        if (stream.ReadByte() != '\n')
        {
            throw new InputException($"{path}: the last line is incomplete (an interrupted write?); remove it before appending");
        }
    }

    /// <summary>Where each column is in this file's records (columns may come in any order; others are ignored).</summary>
    private static Dictionary<string, int> FieldIndices(string path, string[] header)
    {
        if (header.Length == 0)
        {
            throw new InputException($"{path}: the file is empty; expected the header {string.Join(",", Columns)}");
        }

        var field = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string name in Columns)
        {
            int index = Array.IndexOf(header, name);
            if (index < 0)
            {
                throw new InputException($"{path}:1: no column '{name}'; results.csv has the columns {string.Join(",", Columns)}");
            }

            if (Array.LastIndexOf(header, name) != index)
            {
                throw new InputException($"{path}:1: column '{name}' appears more than once in the header");
            }

            field[name] = index;
        }

        return field;
    }

    private static Column Text(string name, Func<ResultRow, string> get) => new(name, get);

    private static Column Number(string name, Func<ResultRow, double?> get) => new(name, r => FormatNumber(name, get(r)));

    private static string? FormatNumber(string column, double? value)
    {
        if (value is not double v)
        {
            return null;
        }

        if (!double.IsFinite(v))
        {
            throw new ArgumentException($"results.csv column '{column}' cannot hold {v}; a missing value is null, with a status and reason.");
        }

        return v.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>A column: its header name and how a row's value is written.</summary>
    private sealed record Column(string Name, Func<ResultRow, string?> Format);

    /// <summary>The cells of one record, parsed by column with errors that name the file, line and column.</summary>
    private readonly struct RowCells(string path, long line, IReadOnlyDictionary<string, int> field, CsvReader csv)
    {
        public ResultRow ToRow()
        {
            string status = Required("status");
            if (!Statuses.Contains(status))
            {
                throw Error("status", $"'{status}' is not a status; expected one of {string.Join(", ", Statuses)}");
            }

            double truth = RequiredNumber("truthMgPerCm3");
            double? measured = OptionalNumber("measuredMgPerCm3");
            if ((status == StatusOk) != measured.HasValue)
            {
                throw Error("measuredMgPerCm3", status == StatusOk
                    ? "empty, but the status is ok; a row without a value has status classification-only, not-applicable or failed"
                    : $"has a value, but the status is {status}; only ok rows carry a value");
            }

            var row = new ResultRow
            {
                Campaign = Cell("campaign"),
                Center = Required("center"),
                Scanner = Cell("scanner"),
                ScanId = Required("scanId"),
                Kvp = RequiredNumber("kvp"),
                Mas = RequiredNumber("mas"),
                Kernel = Cell("kernel"),
                SliceMm = RequiredNumber("sliceMm"),
                Contrast = Cell("contrast"),
                DualEnergy = Cell("dualEnergy"),
                Mode = Cell("mode"),
                Repeat = Repeat("repeat"),
                Seed = Seed("seed"),
                Phantom = Cell("phantom"),
                Subject = Cell("subject"),
                Vertebra = Required("vertebra"),
                TruthMgPerCm3 = truth,
                Algorithm = Required("algorithm"),
                MeasuredMgPerCm3 = measured,
                Status = status,
                Reason = Cell("reason"),
                MeanHu = OptionalNumber("meanHu"),
                SdHu = OptionalNumber("sdHu"),
                RoiAreaMm2 = OptionalNumber("roiAreaMm2"),
                Day = RequiredNumber("day"),
                Category = field.ContainsKey("category") ? Cell("category") : "",
            };
            Derived("errorMgPerCm3", OptionalNumber("errorMgPerCm3"), row.ErrorMgPerCm3, "measuredMgPerCm3 − truthMgPerCm3");
            Derived("relativeErrorPct", OptionalNumber("relativeErrorPct"), row.RelativeErrorPct, "(measuredMgPerCm3 − truthMgPerCm3)/truthMgPerCm3 × 100");
            return row;
        }

        private string Cell(string column)
        {
            int index = field[column];
            if (index >= csv.FieldCount)
            {
                throw Error(column, $"missing: the row has {csv.FieldCount} fields and this column is field {index + 1}");
            }

            return csv.GetString(index);
        }

        private string Required(string column)
        {
            string text = Cell(column);
            return text.Length > 0 ? text : throw Error(column, "empty; expected a value");
        }

        private double RequiredNumber(string column) =>
            OptionalNumber(column) ?? throw Error(column, "empty; expected a number");

        private double? OptionalNumber(string column)
        {
            string text = Cell(column);
            if (text.Length == 0)
            {
                return null;
            }

            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
            {
                throw Error(column, $"'{text}' is not a finite number");
            }

            return value;
        }

        private int Repeat(string column)
        {
            string text = Cell(column);
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value >= 1
                ? value
                : throw Error(column, $"'{text}' is not a repeat index (a whole number from 1)");
        }

        private ulong Seed(string column)
        {
            string text = Cell(column);
            return ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out ulong value)
                ? value
                : throw Error(column, $"'{text}' is not a seed (a whole number from 0 to 2^64 − 1)");
        }

        /// <summary>A column derived from others must agree with them (to rounding), so an edited file is caught.</summary>
        private void Derived(string column, double? stored, double? computed, string definition)
        {
            bool agree = stored is double s && computed is double c
                ? Math.Abs(s - c) <= 1e-9 * Math.Max(1, Math.Abs(c))
                : stored is null && computed is null;
            if (!agree)
            {
                string shown = stored?.ToString("R", CultureInfo.InvariantCulture) ?? "empty";
                string expected = computed?.ToString("R", CultureInfo.InvariantCulture) ?? "empty";
                throw Error(column, $"{shown} disagrees with {definition} = {expected}");
            }
        }

        private InputException Error(string column, string message) =>
            new($"{path}:{line}: column '{column}': {message}");
    }
}
