using System.Text;

namespace QCFramework.Reporting.Fonts;

/// <summary>Greedy word wrap with measured widths: as many words per line as fit; a word wider than a line is split between characters.</summary>
public static class TextWrapper
{
    /// <summary>
    /// Breaks <paramref name="text"/> into lines no wider than <paramref name="maxWidthPt"/>. Line feeds
    /// force a break; runs of spaces collapse to one.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, double maxWidthPt, FontSpec font, TextMeasurer measurer)
    {
        if (!(maxWidthPt > 0))
            throw new ArgumentOutOfRangeException(nameof(maxWidthPt), maxWidthPt, "Lines need a positive width.");
        var lines = new List<string>();
        foreach (string paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            string[] words = paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                lines.Add("");
                continue;
            }
            string current = "";
            foreach (string word in words)
            {
                string candidate = current.Length == 0 ? word : current + " " + word;
                if (measurer.WidthPt(candidate, font) <= maxWidthPt)
                {
                    current = candidate;
                    continue;
                }
                if (current.Length > 0)
                    lines.Add(current);
                current = word;
                while (measurer.WidthPt(current, font) > maxWidthPt)
                {
                    int fit = FittingPrefix(current, maxWidthPt, font, measurer);
                    lines.Add(current[..fit]);
                    current = current[fit..];
                }
            }
            lines.Add(current);
        }
        return lines;
    }

    /// <summary>The longest prefix (at least one character) that fits.</summary>
    private static int FittingPrefix(string word, double maxWidthPt, FontSpec font, TextMeasurer measurer)
    {
        var prefix = new StringBuilder();
        int n = 0;
        while (n < word.Length)
        {
            prefix.Append(word[n]);
            if (measurer.WidthPt(prefix.ToString(), font) > maxWidthPt)
                break;
            n++;
        }
        return Math.Max(n, 1);
    }
}
