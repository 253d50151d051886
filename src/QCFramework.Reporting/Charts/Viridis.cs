namespace QCFramework.Reporting.Charts;

/// <summary>
/// The viridis colour map (van der Walt &amp; Smith, matplotlib 1.5, 2015; CC0): perceptually uniform,
/// lightness rising monotonically, readable in greyscale and with colour-vision deficiencies.
/// </summary>
public static class Viridis
{
    // Every 8th entry (indices 0, 8, …, 248) and the last (255) of matplotlib's 256-entry _viridis_data table
    // (lib/matplotlib/_cm_listed.py), as sRGB fractions; entry i sits at t = i / 255. Linear interpolation between
    // them stays within 2/255 of every entry of the full table.
    private static readonly double[] ControlT = BuildPositions();

    private static readonly double[,] ControlRgb =
    {
        { 0.267004, 0.004874, 0.329415 },
        { 0.277018, 0.050344, 0.375715 },
        { 0.282327, 0.094955, 0.417331 },
        { 0.282884, 0.135920, 0.453427 },
        { 0.278826, 0.175490, 0.483397 },
        { 0.270595, 0.214069, 0.507052 },
        { 0.258965, 0.251537, 0.524736 },
        { 0.244972, 0.287675, 0.537260 },
        { 0.229739, 0.322361, 0.545706 },
        { 0.214298, 0.355619, 0.551184 },
        { 0.199430, 0.387607, 0.554642 },
        { 0.185556, 0.418570, 0.556753 },
        { 0.172719, 0.448791, 0.557885 },
        { 0.160665, 0.478540, 0.558115 },
        { 0.149039, 0.508051, 0.557250 },
        { 0.137770, 0.537492, 0.554906 },
        { 0.127568, 0.566949, 0.550556 },
        { 0.120565, 0.596422, 0.543611 },
        { 0.120638, 0.625828, 0.533488 },
        { 0.132268, 0.655014, 0.519661 },
        { 0.157851, 0.683765, 0.501686 },
        { 0.196571, 0.711827, 0.479221 },
        { 0.246070, 0.738910, 0.452024 },
        { 0.304148, 0.764704, 0.419943 },
        { 0.369214, 0.788888, 0.382914 },
        { 0.440137, 0.811138, 0.340967 },
        { 0.515992, 0.831158, 0.294279 },
        { 0.595839, 0.848717, 0.243329 },
        { 0.678489, 0.863742, 0.189503 },
        { 0.762373, 0.876424, 0.137064 },
        { 0.845561, 0.887322, 0.099702 },
        { 0.926106, 0.897330, 0.104071 },
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

    private static double[] BuildPositions()
    {
        var t = new double[33];
        for (int k = 0; k < 32; k++)
            t[k] = 8 * k / 255.0;
        t[32] = 1.0;
        return t;
    }

    private static byte Channel(int i, int c, double u)
    {
        double v = ControlRgb[i, c] + (ControlRgb[i + 1, c] - ControlRgb[i, c]) * u;
        return (byte)Math.Round(255 * v, MidpointRounding.AwayFromZero);
    }
}
