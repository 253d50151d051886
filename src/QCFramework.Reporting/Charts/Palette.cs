namespace QCFramework.Reporting.Charts;

/// <summary>
/// Series colours: the Okabe–Ito palette, distinguishable with the common colour-vision deficiencies
/// (Okabe &amp; Ito 2008, "Color Universal Design"; hex values as in Wong 2011, Nat. Methods 8:441).
/// </summary>
public static class Palette
{
    /// <summary>Blue #0072b2.</summary>
    public static readonly Rgb Blue = Rgb.FromHex("#0072b2");

    /// <summary>Vermillion #d55e00.</summary>
    public static readonly Rgb Vermillion = Rgb.FromHex("#d55e00");

    /// <summary>Bluish green #009e73.</summary>
    public static readonly Rgb BluishGreen = Rgb.FromHex("#009e73");

    /// <summary>Reddish purple #cc79a7.</summary>
    public static readonly Rgb ReddishPurple = Rgb.FromHex("#cc79a7");

    /// <summary>Orange #e69f00.</summary>
    public static readonly Rgb Orange = Rgb.FromHex("#e69f00");

    /// <summary>Sky blue #56b4e9.</summary>
    public static readonly Rgb SkyBlue = Rgb.FromHex("#56b4e9");

    /// <summary>Yellow #f0e442.</summary>
    public static readonly Rgb Yellow = Rgb.FromHex("#f0e442");

    /// <summary>Dark grey for reference lines and axes.</summary>
    public static readonly Rgb Grey = Rgb.FromHex("#595959");

    /// <summary>Light grey for grid lines.</summary>
    public static readonly Rgb GridGrey = Rgb.FromHex("#e3e3e3");

    /// <summary>Pale grey for bands (confidence intervals, acceptance ranges); opaque, drawn beneath the data.</summary>
    public static readonly Rgb BandGrey = Rgb.FromHex("#e8e8e8");

    /// <summary>The series colours in the order charts assign them.</summary>
    public static IReadOnlyList<Rgb> Series { get; } = [Blue, Vermillion, BluishGreen, ReddishPurple, Orange, SkyBlue, Yellow];

    /// <summary>The colour for the <paramref name="index"/>-th series (cycling).</summary>
    public static Rgb ForSeries(int index) => Series[((index % Series.Count) + Series.Count) % Series.Count];
}
