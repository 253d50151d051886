namespace QCFramework.Reporting.Charts.Layout;

/// <summary>A straight segment.</summary>
/// <param name="From">Start point.</param>
/// <param name="To">End point.</param>
/// <param name="Stroke">How it is drawn.</param>
public sealed record SceneLine(PointPt From, PointPt To, Stroke Stroke) : ScenePrimitive
{
    /// <inheritdoc />
    public override RectPt Bounds => RectPt.FromEdges(
        Math.Min(From.X, To.X), Math.Min(From.Y, To.Y), Math.Max(From.X, To.X), Math.Max(From.Y, To.Y));
}
