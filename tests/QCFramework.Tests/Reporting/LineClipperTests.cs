using NUnit.Framework;
using QCFramework.Reporting.Charts;
using QCFramework.Reporting.Charts.Layout;

namespace QCFramework.Tests.Reporting;

public class LineClipperTests
{
    private static readonly RectPt Box = new(10, 20, 100, 50);

    [Test]
    public void A_segment_crossing_the_box_is_cut_at_its_edges()
    {
        // y = 45 crosses x = 10 and x = 110 inside the box's height (20..70).
        var seg = LineClipper.Clip(new PointPt(0, 45), new PointPt(200, 45), Box);
        Assert.That(seg, Is.Not.Null);
        Assert.That(seg!.Value.A.X, Is.EqualTo(10).Within(1e-9));
        Assert.That(seg.Value.B.X, Is.EqualTo(110).Within(1e-9));
        Assert.That(seg.Value.A.Y, Is.EqualTo(45));
        Assert.That(seg.Value.B.Y, Is.EqualTo(45));
    }

    [Test]
    public void A_diagonal_is_cut_where_it_meets_top_and_bottom()
    {
        // From (0, 0) to (100, 100): y = x enters at y = 20 (x = 20) and leaves at y = 70 (x = 70).
        var seg = LineClipper.Clip(new PointPt(0, 0), new PointPt(100, 100), Box)!.Value;
        Assert.That(seg.A.X, Is.EqualTo(20).Within(1e-12));
        Assert.That(seg.A.Y, Is.EqualTo(20).Within(1e-12));
        Assert.That(seg.B.X, Is.EqualTo(70).Within(1e-12));
        Assert.That(seg.B.Y, Is.EqualTo(70).Within(1e-12));
    }

    [Test]
    public void Segments_inside_stay_and_outside_vanish()
    {
        var inside = LineClipper.Clip(new PointPt(20, 30), new PointPt(50, 60), Box);
        Assert.That(inside, Is.EqualTo(((PointPt, PointPt)?)(new PointPt(20, 30), new PointPt(50, 60))));
        Assert.That(LineClipper.Clip(new PointPt(0, 0), new PointPt(5, 100), Box), Is.Null);
        Assert.That(LineClipper.Clip(new PointPt(120, 0), new PointPt(200, 10), Box), Is.Null);
    }
}
