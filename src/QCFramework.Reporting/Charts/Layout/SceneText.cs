using QCFramework.Reporting.Fonts;

namespace QCFramework.Reporting.Charts.Layout;

/// <summary>
/// A single line of text. The anchor is on the baseline; <see cref="Vertical"/> text is rotated 90°
/// counter-clockwise (reading upwards) about the anchor. <see cref="Bounds"/> is the font cell
/// (ascent to descent by measured advance width) in figure coordinates.
/// </summary>
/// <param name="Text">The string.</param>
/// <param name="Anchor">Baseline point the alignment refers to.</param>
/// <param name="Align">Which point of the string sits at the anchor.</param>
/// <param name="Font">Size and weight.</param>
/// <param name="Color">Fill colour.</param>
/// <param name="Vertical">True to read bottom-to-top.</param>
/// <param name="WidthPt">Measured advance width of <paramref name="Text"/>.</param>
/// <param name="TextBounds">Measured cell of the text.</param>
/// <param name="Role">What the text is for.</param>
public sealed record SceneText(string Text, PointPt Anchor, TextAlign Align, FontSpec Font, Rgb Color, bool Vertical,
    double WidthPt, RectPt TextBounds, TextRole Role) : ScenePrimitive
{
    /// <inheritdoc />
    public override RectPt Bounds => TextBounds;

    /// <summary>Distance from the anchor back to where the string starts, along the reading direction.</summary>
    public double StartOffsetPt => Align switch
    {
        TextAlign.Start => 0,
        TextAlign.Middle => WidthPt / 2,
        _ => WidthPt,
    };
}
