using System.Text;
using NUnit.Framework;
using QCFramework.IO.Results;
using QCFramework.Results;

namespace QCFramework.Tests.Certification;

/// <summary>results.csv: round trip, format, errors that name file, line and column, appending, and canonical order.</summary>
[TestFixture]
public class ResultsCsvTests
{
    private string _dir = "";

    [SetUp]
    public void MakeFolder()
    {
        _dir = Path.Combine(Path.GetTempPath(), "qcf-results-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_dir, recursive: true);

    private static ResultRow Row(string scanId = "s1", string vertebra = "L1", string algorithm = "a", double? measured = 101.5, string status = "ok",
        string reason = "") => new()
        {
            Campaign = "c",
            Center = "Center A",
            Scanner = "siemens-force",
            ScanId = scanId,
            Kvp = 120,
            Mas = 200,
            Kernel = "standard",
            SliceMm = 1,
            Contrast = "none",
            DualEnergy = "none",
            Mode = "fast",
            Repeat = 1,
            Seed = 42,
            Phantom = "esp",
            Subject = "",
            Vertebra = vertebra,
            TruthMgPerCm3 = 100,
            Algorithm = algorithm,
            MeasuredMgPerCm3 = measured,
            Status = status,
            Reason = reason,
        };

    /// <summary>Rows whose text and numbers need care: separators, quotes, line breaks, spaces, non-ASCII, extreme and inexact doubles, nulls.</summary>
    private static ResultRow[] Awkward() =>
    [
        Row() with { MeanHu = 111.25, SdHu = 12.5, RoiAreaMm2 = 410, Day = 0.5 },
        Row("s2", "L2", "b, with comma", 0.1 + 0.2) with { Center = "Centre \"Nord\"", Kernel = " spaced ", Phantom = "ESP µ³", Subject = "s01" },
        Row("s3", "T12", "c", null, "not-applicable", "no fat in view,\nline two") with { Seed = ulong.MaxValue, Repeat = 12 },
        Row("s4", "L3", "d", 1e-300) with { TruthMgPerCm3 = 123456789.123456789, Kvp = 80.5, SliceMm = 0.625, Day = -3 },
        Row("s5", "L4", "=cmd", 99.99999999999999, reason: "") with { Mas = 1e6, Scanner = "" },
        Row("s6", "L5", "e", null, "failed", "crashed") with { TruthMgPerCm3 = 0 },
    ];

    [Test]
    public void Rows_read_back_equal_to_those_written()
    {
        string path = Path.Combine(_dir, "results.csv");
        ResultRow[] rows = Awkward();
        ResultsCsv.Write(path, rows);
        Assert.That(ResultsCsv.Read(path), Is.EqualTo(rows));
    }

    [Test]
    public void Header_has_the_contract_columns_and_numbers_are_invariant_and_round_trip()
    {
        string[] contract =
        [
            "center", "scanner", "kvp", "mas", "kernel", "sliceMm", "contrast", "repeat", "seed", "phantom", "vertebra", "truthMgPerCm3",
            "algorithm", "measuredMgPerCm3", "errorMgPerCm3", "relativeErrorPct",
        ];
        string text = Encoding.UTF8.GetString(ResultsCsv.Format([Row(measured: 0.1 + 0.2) with { SliceMm = 0.625 }]));
        string[] lines = text.Split('\n');
        Assert.That(lines, Has.Length.EqualTo(3), "header, one row, and the final line end");
        Assert.That(lines[2], Is.Empty);
        Assert.That(text, Does.Not.Contain("\r"));
        string[] header = lines[0].Split(',');
        Assert.That(header, Is.SupersetOf(contract));
        string[] cells = lines[1].Split(',');
        string Cell(string column) => cells[Array.IndexOf(header, column)];
        Assert.That(Cell("measuredMgPerCm3"), Is.EqualTo("0.30000000000000004"), "shortest text that reads back exactly");
        Assert.That(Cell("sliceMm"), Is.EqualTo("0.625"));
        Assert.That(Cell("errorMgPerCm3"), Is.EqualTo((0.1 + 0.2 - 100).ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(Cell("relativeErrorPct"), Is.EqualTo(((0.1 + 0.2 - 100) / 100 * 100).ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(Cell("meanHu"), Is.Empty, "null is an empty cell");
    }

    [Test]
    public void A_missing_value_is_an_empty_cell_and_its_derived_columns_too()
    {
        string[] lines = Encoding.UTF8.GetString(ResultsCsv.Format([Row(measured: null, status: "failed", reason: "crash")])).Split('\n');
        string[] header = lines[0].Split(','), cells = lines[1].Split(',');
        foreach (string column in new[] { "measuredMgPerCm3", "errorMgPerCm3", "relativeErrorPct", "meanHu", "sdHu", "roiAreaMm2" })
        {
            Assert.That(cells[Array.IndexOf(header, column)], Is.Empty, column);
        }
    }

    [Test]
    public void Non_finite_numbers_are_refused_when_writing()
    {
        var ex = Assert.Throws<ArgumentException>(() => ResultsCsv.Format([Row(measured: double.NaN)]));
        Assert.That(ex!.Message, Does.Contain("measuredMgPerCm3"));
    }

    [TestCase("kvp", "12O", "'12O' is not a finite number")]
    [TestCase("repeat", "0", "'0' is not a repeat index")]
    [TestCase("seed", "-1", "'-1' is not a seed")]
    [TestCase("status", "done", "'done' is not a status")]
    [TestCase("measuredMgPerCm3", "", "empty, but the status is ok")]
    [TestCase("relativeErrorPct", "2.5", "2.5 disagrees with (measuredMgPerCm3 − truthMgPerCm3)/truthMgPerCm3 × 100 = 1.5")]
    [TestCase("center", "", "empty; expected a value")]
    [TestCase("truthMgPerCm3", "NaN", "'NaN' is not a finite number")]
    public void A_bad_cell_is_reported_with_file_line_and_column(string column, string text, string message)
    {
        string path = Path.Combine(_dir, "results.csv");
        ResultsCsv.Write(path, [Row("s1"), Row("s2"), Row("s3", measured: 101.5)]);
        string[] lines = File.ReadAllLines(path);
        int field = Array.IndexOf(lines[0].Split(','), column);
        string[] cells = lines[3].Split(',');
        cells[field] = text;
        lines[3] = string.Join(',', cells);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        var ex = Assert.Throws<InputException>(() => ResultsCsv.Read(path));
        Assert.That(ex!.Message, Does.StartWith($"{path}:4: column '{column}': {message}"));
    }

    [Test]
    public void A_missing_column_or_broken_quoting_is_reported_with_its_line()
    {
        string path = Path.Combine(_dir, "results.csv");
        ResultsCsv.Write(path, [Row()]);
        string text = File.ReadAllText(path);
        File.WriteAllText(path, text.Replace(",seed,", ",seeds,", StringComparison.Ordinal));
        Assert.That(Assert.Throws<InputException>(() => ResultsCsv.Read(path))!.Message, Does.StartWith($"{path}:1: no column 'seed'"));

        File.WriteAllText(path, text + "c,\"unclosed,x\n");
        Assert.That(Assert.Throws<InputException>(() => ResultsCsv.Read(path))!.Message, Does.Match($@"^{System.Text.RegularExpressions.Regex.Escape(path)}:\d+: "));

        Assert.That(Assert.Throws<InputException>(() => ResultsCsv.Read(Path.Combine(_dir, "none.csv")))!.Message, Does.EndWith("none.csv: file not found"));
    }

    [Test]
    public void Appending_writes_the_header_once_and_each_batch_whole()
    {
        string path = Path.Combine(_dir, "results.csv");
        ResultRow[] rows = Awkward();
        ResultsCsv.AppendRows(path, rows[..2]);
        Assert.That(File.ReadAllBytes(path), Is.EqualTo(ResultsCsv.Format(rows[..2])));
        ResultsCsv.AppendRows(path, rows[2..]);
        Assert.That(File.ReadAllBytes(path), Is.EqualTo(ResultsCsv.Format(rows)));
        Assert.That(ResultsCsv.Read(path), Is.EqualTo(rows));
    }

    [Test]
    public void Appending_refuses_a_foreign_header_or_an_interrupted_last_line()
    {
        string path = Path.Combine(_dir, "results.csv");
        File.WriteAllText(path, "a,b,c\n1,2,3\n");
        Assert.That(Assert.Throws<InputException>(() => ResultsCsv.AppendRows(path, [Row()]))!.Message, Does.StartWith($"{path}:1: the header"));

        ResultsCsv.Write(path, [Row()]);
        byte[] whole = File.ReadAllBytes(path);
        File.WriteAllBytes(path, whole[..^5]);
        Assert.That(Assert.Throws<InputException>(() => ResultsCsv.AppendRows(path, [Row("s2")]))!.Message, Does.Contain("last line is incomplete"));
        Assert.That(File.ReadAllBytes(path), Is.EqualTo(whole[..^5]), "nothing was appended");
    }

    [Test]
    public void Sorted_files_are_byte_identical_whatever_the_row_order_or_thread_timing()
    {
        IReadOnlyList<ResultRow> rows = SmallCampaign.Rows();
        string inOrder = Path.Combine(_dir, "in-order.csv");
        ResultsCsv.WriteSorted(inOrder, rows);

        string shuffled = Path.Combine(_dir, "shuffled.csv");
        var random = new Random(7);
        ResultsCsv.WriteSorted(shuffled, rows.OrderBy(_ => random.Next()).ToArray());
        Assert.That(File.ReadAllBytes(shuffled), Is.EqualTo(File.ReadAllBytes(inOrder)));

        // As a runner does: each scan's rows appended by whichever thread finished it, then sorted once at the end.
        string appended = Path.Combine(_dir, "appended.csv");
        var scans = rows.GroupBy(r => r.ScanId).ToArray();
        Parallel.ForEach(scans, new ParallelOptions { MaxDegreeOfParallelism = 4 }, scan => ResultsCsv.AppendRows(appended, scan.ToArray()));
        IReadOnlyList<ResultRow> back = ResultsCsv.Read(appended);
        Assert.That(back, Has.Count.EqualTo(rows.Count));
        Assert.That(back.Select(r => r.ScanId).Distinct().Count(), Is.EqualTo(scans.Length));
        Assert.That(back.Zip(back.Skip(1)).Count(p => p.First.ScanId != p.Second.ScanId), Is.EqualTo(scans.Length - 1),
            "each scan's rows stay together");
        string final = Path.Combine(_dir, "final.csv");
        ResultsCsv.WriteSorted(final, back);
        Assert.That(File.ReadAllBytes(final), Is.EqualTo(File.ReadAllBytes(inOrder)));
    }

    [Test]
    public void Canonical_order_is_by_scan_then_vertebra_then_algorithm()
    {
        ResultRow[] rows = [Row("s2", "L1", "a"), Row("s1", "L2", "a"), Row("s1", "L1", "b"), Row("s1", "L1", "a")];
        Assert.That(ResultsCsv.Sort(rows).Select(r => (r.ScanId, r.Vertebra, r.Algorithm)),
            Is.EqualTo(new[] { ("s1", "L1", "a"), ("s1", "L1", "b"), ("s1", "L2", "a"), ("s2", "L1", "a") }));
    }
}
