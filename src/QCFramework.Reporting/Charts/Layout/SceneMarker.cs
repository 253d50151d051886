namespace QCFramework.Reporting.Charts.Layout;

/// <summary>A data marker centred on a point.</summary>
/// <param name="Center">Its centre.</param>
/// <param name="Shape">Its shape.</param>
/// <param name="SizePt">Side of its bounding square.</param>
/// <param name="Color">Fill colour (stroke colour for a cross).</param>
public sealed record SceneMarker(PointPt Center, MarkerShape Shape, double SizePt, Rgb Color) : ScenePrimitive
{
    /// <inheritdoc />
    public override RectPt Bounds => new(Center.X - SizePt / 2, Center.Y - SizePt / 2, SizePt, SizePt);
}
