namespace QCFramework.Reporting.Charts.Layout;

/// <summary>Connected segments through two or more points.</summary>
/// <param name="Points">The vertices in drawing order.</param>
/// <param name="Stroke">How it is drawn.</param>
public sealed record ScenePolyline(IReadOnlyList<PointPt> Points, Stroke Stroke) : ScenePrimitive
{
    /// <inheritdoc />
    public override RectPt Bounds
    {
        get
        {
            double l = double.PositiveInfinity, t = double.PositiveInfinity;
            double r = double.NegativeInfinity, b = double.NegativeInfinity;
            for (int i = 0; i < Points.Count; i++)
            {
                l = Math.Min(l, Points[i].X);
                r = Math.Max(r, Points[i].X);
                t = Math.Min(t, Points[i].Y);
                b = Math.Max(b, Points[i].Y);
            }
            return RectPt.FromEdges(l, t, r, b);
        }
    }
}
