using System.Globalization;

namespace QCFramework.Reporting.Charts;

/// <summary>An opaque sRGB colour. Charts use no transparency, so they stay valid in PDF/A and print the same everywhere.</summary>
public readonly record struct Rgb(byte R, byte G, byte B)
{
    /// <summary>Black.</summary>
    public static readonly Rgb Black = new(0, 0, 0);

    /// <summary>White.</summary>
    public static readonly Rgb White = new(255, 255, 255);

    /// <summary>Parses "#rrggbb".</summary>
    public static Rgb FromHex(string hex)
    {
        if (hex.Length != 7 || hex[0] != '#')
            throw new ArgumentException($"Expected a colour as #rrggbb, got '{hex}'.", nameof(hex));
        int v = int.Parse(hex.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return new Rgb((byte)(v >> 16), (byte)(v >> 8), (byte)v);
    }

    /// <summary>"#rrggbb" in lower case.</summary>
    public string ToHex() => $"#{R:x2}{G:x2}{B:x2}";

    /// <summary>Relative luminance in [0, 1] (WCAG 2.1, sRGB linearisation per IEC 61966-2-1).</summary>
    public double RelativeLuminance()
    {
        static double Linear(byte c)
        {
            double s = c / 255.0;
            return s <= 0.04045 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Linear(R) + 0.7152 * Linear(G) + 0.0722 * Linear(B);
    }

    /// <summary>Black or white, whichever contrasts more with this colour (for text drawn on it).</summary>
    public Rgb ContrastingText()
    {
        // WCAG contrast ratio (L1 + 0.05) / (L2 + 0.05) against white and against black; pick the larger.
        double l = RelativeLuminance();
        return 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 ? White : Black;
    }

    /// <summary>Linear interpolation in sRGB between two colours, <paramref name="t"/> in [0, 1].</summary>
    public static Rgb Lerp(Rgb a, Rgb b, double t)
    {
        static byte Mix(byte x, byte y, double t) => (byte)Math.Round(x + (y - x) * t, MidpointRounding.AwayFromZero);
        return new Rgb(Mix(a.R, b.R, t), Mix(a.G, b.G, t), Mix(a.B, b.B, t));
    }
}
