using NUnit.Framework;
using QCFramework.Reporting.Fonts;

namespace QCFramework.Tests.Reporting;

public class TextMeasurerTests
{
    private static readonly TrueTypeMetrics Regular = TrueTypeMetrics.FromRepository("DejaVuSans.ttf");
    private static readonly TrueTypeMetrics Bold = TrueTypeMetrics.FromRepository("DejaVuSans-Bold.ttf");

    [TestCase("Measured BMD (mg HA/cm³)", 8.5, false)]
    [TestCase("-1.96 SD -3.1", 7.5, false)]
    [TestCase("Relative error ≤ 5 %", 10, true)]
    [TestCase("PASS", 8.5, true)]
    public void Widths_equal_the_fonts_advance_widths(string text, double size, bool bold)
    {
        var m = new TextMeasurer();
        TrueTypeMetrics font = bold ? Bold : Regular;
        double expected = font.AdvanceUnits(text) * size / font.UnitsPerEm;
        Assert.That(m.WidthPt(text, new FontSpec(size, bold)), Is.EqualTo(expected).Within(1e-6));
    }

    [Test]
    public void Ascent_and_descent_come_from_the_hhea_table()
    {
        var m = new TextMeasurer();
        var f = new FontSpec(10);
        Assert.That(m.AscentPt(f), Is.EqualTo(10.0 * Regular.Ascender / Regular.UnitsPerEm).Within(1e-9));
        Assert.That(m.DescentPt(f), Is.EqualTo(-10.0 * Regular.Descender / Regular.UnitsPerEm).Within(1e-9));
    }

    [Test]
    public void Wrapped_lines_fit_and_keep_every_word_in_order()
    {
        var m = new TextMeasurer();
        var font = new FontSpec(9.5);
        string text = "Relative error is the difference between measured and true density divided by the true density, in percent; "
            + "an extraordinarilylongwordthatcannotfitonasinglelineofthisnarrowcolumnatall follows.";
        IReadOnlyList<string> lines = TextWrapper.Wrap(text, 120, font, m);
        Assert.That(lines, Has.Count.GreaterThan(5));
        Assert.That(lines.Select(l => m.WidthPt(l, font)), Has.All.LessThanOrEqualTo(120));
        Assert.That(string.Concat(lines).Replace(" ", ""), Is.EqualTo(text.Replace(" ", "")));
    }

    [Test]
    public void Only_the_embedded_family_is_served()
    {
        var m = new TextMeasurer();
        Assert.That(m.WidthPt("x", new FontSpec(10)), Is.GreaterThan(0));
        Assert.That(new QCFramework.Reporting.Fonts.EmbeddedFontResolver().ResolveTypeface("Arial", false, false), Is.Null);
        Assert.That(new QCFramework.Reporting.Fonts.EmbeddedFontResolver().GetFont("DejaVuSans-Bold"), Has.Length.EqualTo(708920));
    }
}
