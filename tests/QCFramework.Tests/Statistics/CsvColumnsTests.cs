using NUnit.Framework;
using QCFramework.IO.Csv;

namespace QCFramework.Tests.Statistics;

/// <summary>The CSV column reader behind the statistics verbs (src/QCFramework.IO/Csv).</summary>
public class CsvColumnsTests
{
    private string _file = null!;

    [SetUp]
    public void CreateFile() => _file = Path.Combine(Path.GetTempPath(), $"qcf-csv-{Guid.NewGuid():N}.csv");

    [TearDown]
    public void DeleteFile() => File.Delete(_file);

    [Test]
    public void Reads_named_columns_with_quotes_and_missing_cells()
    {
        File.WriteAllText(_file, "id,a,b\nx,1.5,\"2\"\ny,NA,3e2\n\nz, 4 ,nan\nw,,5\n");

        var csv = CsvColumns.Read(_file, ["a", "b"]);
        var a = csv.Numbers("a");
        var b = csv.Numbers("b");

        Assert.That(csv.RowCount, Is.EqualTo(4));
        Assert.That(a[0], Is.EqualTo(1.5));
        Assert.That(a[1], Is.NaN);
        Assert.That(a[2], Is.EqualTo(4));
        Assert.That(a[3], Is.NaN);
        Assert.That(b, Is.EqualTo(new[] { 2.0, 300.0, double.NaN, 5.0 }));
        Assert.That(csv.LineOf(2), Is.EqualTo(5), "the blank line 4 still counts");
    }

    [Test]
    public void Complete_cases_drop_rows_with_any_missing_cell_and_count_them()
    {
        File.WriteAllText(_file, "s,v\nA,1\nA,\n,3\nB,4\n");

        var cases = CsvColumns.Read(_file, ["s", "v"]).CompleteCases(["v"], ["s"]);

        Assert.That(cases.Excluded, Is.EqualTo(2));
        Assert.That(cases.Numbers[0], Is.EqualTo(new[] { 1.0, 4.0 }));
        Assert.That(cases.Texts[0], Is.EqualTo(new[] { "A", "B" }));
    }

    [Test]
    public void A_non_numeric_cell_names_the_file_line_and_column()
    {
        File.WriteAllText(_file, "a,b\n1,2\n3,abc\n");

        var ex = Assert.Throws<InputException>(() => CsvColumns.Read(_file, ["a", "b"]).Numbers("b"));

        Assert.That(ex!.Message, Does.Contain($"{_file}:3").And.Contain("column 'b'").And.Contain("'abc'"));
    }

    [Test]
    public void An_unknown_column_lists_the_header()
    {
        File.WriteAllText(_file, "a,b\n1,2\n");

        var ex = Assert.Throws<InputException>(() => CsvColumns.Read(_file, ["c"]));

        Assert.That(ex!.Message, Does.Contain("no column 'c'").And.Contain("'a', 'b'"));
    }

    [Test]
    public void A_short_row_names_its_line()
    {
        File.WriteAllText(_file, "a,b,c\n1,2,3\n4,5\n");

        var ex = Assert.Throws<InputException>(() => CsvColumns.Read(_file, ["c"]));

        Assert.That(ex!.Message, Does.Contain($"{_file}:3"));
    }

    [Test]
    public void A_missing_file_is_bad_input()
    {
        Assert.Throws<InputException>(() => CsvColumns.Read(_file + ".absent", ["a"]));
    }
}
