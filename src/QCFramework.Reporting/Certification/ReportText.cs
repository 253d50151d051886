using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using QCFramework.Statistics;

namespace QCFramework.Reporting.Certification;

/// <summary>How the certification report prints numbers: invariant culture, fixed decimals, "n/a" for a value that does not exist.</summary>
internal static class ReportText
{
    /// <summary>What is printed for a value that could not be computed.</summary>
    public const string NotAvailable = "n/a";

    /// <summary><paramref name="value"/> with <paramref name="decimals"/> decimals, or "n/a".</summary>
    public static string F(double value, int decimals)
    {
        if (!double.IsFinite(value))
        {
            return NotAvailable;
        }

        // A small negative value would print as "-0.00"; zero has no sign.
        double shown = Math.Round(value, decimals) == 0 ? 0 : value;
        return shown.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>A value with its interval: "1.002 [0.990, 1.014]".</summary>
    public static string WithCi(double value, ConfidenceInterval ci, int decimals) =>
        ci.IsDefined ? $"{F(value, decimals)} [{F(ci.Lower, decimals)}, {F(ci.Upper, decimals)}]" : F(value, decimals);

    /// <summary>
    /// <paramref name="text"/> with non-breaking spaces when it is short (at most <paramref name="maxLength"/>
    /// characters), so that a table keeps a label such as "0.95 ≤ slope ≤ 1.05" on one line.
    /// </summary>
    public static string NoBreak(string text, int maxLength = 28) => text.Length <= maxLength ? text.Replace(' ', '\u00A0') : text;

    /// <summary>An integer.</summary>
    public static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An unsigned integer.</summary>
    public static string I(ulong value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A number as short as it reads exactly ("120", "0.625").</summary>
    public static string G(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>Lower-case hex SHA-256 of <paramref name="bytes"/>.</summary>
    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>A file-name fragment: lower-case letters and digits, other runs of characters as one '-'.</summary>
    public static string Slug(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        return sb.ToString().TrimEnd('-');
    }
}
