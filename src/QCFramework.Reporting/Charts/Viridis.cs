namespace QCFramework.Reporting.Charts;

/// <summary>
/// The viridis colour map (van der Walt &amp; Smith, matplotlib 1.5, 2015; CC0): perceptually uniform,
/// lightness rising monotonically, readable in greyscale and with colour-vision deficiencies.
/// </summary>
public static class Viridis
{
    // Every 16th entry (indices 0, 16, …, 240) and the last (255) of matplotlib's 256-entry _viridis_data
    // table (lib/matplotlib/_cm_listed.py), as sRGB fractions; entry i sits at t = i / 255.
    private static readonly double[] ControlT =
    [
        0 / 255.0, 16 / 255.0, 32 / 255.0, 48 / 255.0, 64 / 255.0, 80 / 255.0, 96 / 255.0, 112 / 255.0, 128 / 255.0,
        144 / 255.0, 160 / 255.0, 176 / 255.0, 192 / 255.0, 208 / 255.0, 224 / 255.0, 240 / 255.0, 1.0,
    ];

    private static readonly double[,] ControlRgb =
    {
        { 0.267004, 0.004874, 0.329415 },
        { 0.282327, 0.094955, 0.417331 },
        { 0.278826, 0.175490, 0.483397 },
        { 0.258965, 0.251537, 0.524736 },
        { 0.229739, 0.322361, 0.545706 },
        { 0.199430, 0.387607, 0.554642 },
        { 0.172719, 0.448791, 0.557885 },
        { 0.149039, 0.508051, 0.557250 },
        { 0.127568, 0.566949, 0.550556 },
        { 0.120638, 0.625828, 0.533488 },
        { 0.157851, 0.683765, 0.501686 },
        { 0.246070, 0.738910, 0.452024 },
        { 0.369214, 0.788888, 0.382914 },
        { 0.515992, 0.831158, 0.294279 },
        { 0.678489, 0.863742, 0.189503 },
        { 0.845561, 0.887322, 0.099702 },
        { 0.993248, 0.906157, 0.143936 },
    };

    /// <summary>The colour at <paramref name="t"/> in [0, 1] (clamped; NaN is rejected), interpolated linearly between control points.</summary>
    public static Rgb At(double t)
    {
        if (double.IsNaN(t))
            throw new ArgumentOutOfRangeException(nameof(t), "A colour-map position cannot be NaN.");
        t = Math.Clamp(t, 0, 1);
        int i = 0;
        while (i < ControlT.Length - 2 && t > ControlT[i + 1])
            i++;
        double u = (t - ControlT[i]) / (ControlT[i + 1] - ControlT[i]);
        return new Rgb(Channel(i, 0, u), Channel(i, 1, u), Channel(i, 2, u));
    }

    private static byte Channel(int i, int c, double u)
    {
        double v = ControlRgb[i, c] + (ControlRgb[i + 1, c] - ControlRgb[i, c]) * u;
        return (byte)Math.Round(255 * v, MidpointRounding.AwayFromZero);
    }
}
