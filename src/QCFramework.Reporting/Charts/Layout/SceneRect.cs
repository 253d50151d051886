namespace QCFramework.Reporting.Charts.Layout;

/// <summary>A rectangle, filled and/or outlined.</summary>
/// <param name="Rect">Where it is.</param>
/// <param name="Fill">Fill colour, or null for none.</param>
/// <param name="Outline">Outline, or null for none.</param>
public sealed record SceneRect(RectPt Rect, Rgb? Fill, Stroke? Outline) : ScenePrimitive
{
    /// <inheritdoc />
    public override RectPt Bounds => Rect;
}
