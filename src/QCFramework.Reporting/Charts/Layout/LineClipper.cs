namespace QCFramework.Reporting.Charts.Layout;

/// <summary>Clips segments to a rectangle with the Liang–Barsky algorithm (Liang &amp; Barsky 1984, ACM TOG 3:1–22).</summary>
internal static class LineClipper
{
    /// <summary>The part of segment a–b inside <paramref name="rect"/>, or null if none of it is.</summary>
    public static (PointPt A, PointPt B)? Clip(PointPt a, PointPt b, RectPt rect)
    {
        double dx = b.X - a.X, dy = b.Y - a.Y;
        double t0 = 0, t1 = 1;
        if (!Edge(-dx, a.X - rect.Left, ref t0, ref t1)
            || !Edge(dx, rect.Right - a.X, ref t0, ref t1)
            || !Edge(-dy, a.Y - rect.Top, ref t0, ref t1)
            || !Edge(dy, rect.Bottom - a.Y, ref t0, ref t1))
            return null;
        return (new PointPt(a.X + t0 * dx, a.Y + t0 * dy), new PointPt(a.X + t1 * dx, a.Y + t1 * dy));
    }

    private static bool Edge(double p, double q, ref double t0, ref double t1)
    {
        if (p == 0)
            return q >= 0;
        double r = q / p;
        if (p < 0)
        {
            if (r > t1)
                return false;
            if (r > t0)
                t0 = r;
        }
        else
        {
            if (r < t0)
                return false;
            if (r < t1)
                t1 = r;
        }
        return true;
    }
}
