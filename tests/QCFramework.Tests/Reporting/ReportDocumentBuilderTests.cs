using NUnit.Framework;
using QCFramework.Reporting.Documents;

namespace QCFramework.Tests.Reporting;

public class ReportDocumentBuilderTests
{
    private static ReportDocumentBuilder Builder() => new(
        new DocumentMetadata("t", "a", "s", "k", "c", DateTimeOffset.UnixEpoch, "id"), new TitlePage("t", null, []));

    [Test]
    public void Rows_must_have_one_cell_per_column()
    {
        var e = Assert.Throws<ArgumentException>(() => Builder().Table([new TableColumn("a"), new TableColumn("b")], [["only one"]], "T"));
        Assert.That(e!.Message, Does.Contain("row 1 has 1 cells for 2 columns"));
    }

    [Test]
    public void Heading_levels_are_one_to_three()
        => Assert.Throws<ArgumentOutOfRangeException>(() => Builder().Heading(4, "too deep"));

    [Test]
    public void Attachment_names_are_plain_and_unique()
    {
        var b = Builder().Attach("results.csv", [1, 2], "text/csv", "d", AttachmentRelationship.Data);
        Assert.Throws<ArgumentException>(() => b.Attach("results.csv", [3], "text/csv", "d", AttachmentRelationship.Data));
        Assert.Throws<ArgumentException>(() => b.Attach("dir/x.csv", [3], "text/csv", "d", AttachmentRelationship.Data));
    }

    [Test]
    public void Attachments_are_copied_when_added()
    {
        byte[] content = [1, 2, 3];
        ReportDocument doc = Builder().Attach("x.bin", content, "application/octet-stream", "d", AttachmentRelationship.Data).Build();
        content[0] = 99;
        Assert.That(doc.Attachments[0].Content, Is.EqualTo(new byte[] { 1, 2, 3 }));
    }

    [Test]
    public void Badge_cells_print_their_verdict()
    {
        Assert.That(TableCell.Of(Verdict.Pass).Text, Is.EqualTo("PASS"));
        Assert.That(TableCell.Of(Verdict.Fail).Text, Is.EqualTo("FAIL"));
        Assert.That(TableCell.Of(Verdict.NotApplicable).Text, Is.EqualTo("N/A"));
    }
}
