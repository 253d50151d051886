using QCFramework.Reporting.Fonts;

namespace QCFramework.Reporting.Charts.Layout;

/// <summary>Builds <see cref="SceneText"/> items with their measured cells.</summary>
internal sealed class SceneTextFactory(TextMeasurer measurer)
{
    public TextMeasurer Measurer { get; } = measurer;

    public double Width(string text, FontSpec font) => Measurer.WidthPt(text, font);

    public double LineHeight(FontSpec font) => Measurer.LineHeightPt(font);

    public double Ascent(FontSpec font) => Measurer.AscentPt(font);

    /// <summary>The baseline that centres a line's cell on <paramref name="centerY"/>.</summary>
    public double CenteredBaseline(double centerY, FontSpec font)
        => centerY + (Measurer.AscentPt(font) - Measurer.DescentPt(font)) / 2;

    /// <summary>Horizontal text with its baseline at <paramref name="baseline"/>.</summary>
    public SceneText Horizontal(string text, double x, double baseline, TextAlign align, FontSpec font, Rgb color, TextRole role)
    {
        double w = Measurer.WidthPt(text, font);
        double ascent = Measurer.AscentPt(font), descent = Measurer.DescentPt(font);
        double left = align switch { TextAlign.Start => x, TextAlign.Middle => x - w / 2, _ => x - w };
        return new SceneText(text, new PointPt(x, baseline), align, font, color, false, w,
            new RectPt(left, baseline - ascent, w, ascent + descent), role);
    }

    /// <summary>
    /// Text reading upwards, its baseline the vertical line x = <paramref name="x"/>; glyphs rise towards
    /// smaller x. <paramref name="y"/> is where the alignment point sits.
    /// </summary>
    public SceneText Vertical(string text, double x, double y, TextAlign align, FontSpec font, Rgb color, TextRole role)
    {
        double w = Measurer.WidthPt(text, font);
        double ascent = Measurer.AscentPt(font), descent = Measurer.DescentPt(font);
        double bottom = align switch { TextAlign.Start => y, TextAlign.Middle => y + w / 2, _ => y + w };
        return new SceneText(text, new PointPt(x, y), align, font, color, true, w,
            new RectPt(x - ascent, bottom - w, ascent + descent, w), role);
    }
}
