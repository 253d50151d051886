using System.Text.RegularExpressions;

namespace QCFramework.Reporting.Certification;

/// <summary>
/// The order in which reports list groups: vertebrae from head to feet (C, T, L, S, then by number), and
/// other text naturally (runs of digits by value, so "80 kVp" comes before "120 kVp"), ties broken ordinally
/// so the order never depends on the input's.
/// </summary>
public static partial class ReportOrder
{
    /// <summary>Compares two labels.</summary>
    public static int Compare(string? a, string? b)
    {
        a ??= "";
        b ??= "";
        if (Vertebra(a) is (int ra, int na) && Vertebra(b) is (int rb, int nb))
        {
            int byRegion = ra.CompareTo(rb);
            return byRegion != 0 ? byRegion : na != nb ? na.CompareTo(nb) : string.CompareOrdinal(a, b);
        }

        int natural = Natural(a, b);
        return natural != 0 ? natural : string.CompareOrdinal(a, b);
    }

    /// <summary>Compares two lists of labels element by element, then by length.</summary>
    public static int Compare(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        for (int i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            int c = Compare(a[i], b[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return a.Count.CompareTo(b.Count);
    }

    /// <summary>The comparer form of <see cref="Compare(string?, string?)"/>.</summary>
    public static IComparer<string> Labels { get; } = Comparer<string>.Create(Compare);

    private static (int Region, int Number)? Vertebra(string label)
    {
        Match m = VertebraRegex().Match(label);
        return m.Success ? ("CTLS".IndexOf(m.Groups[1].Value[0]), int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)) : null;
    }

    private static int Natural(string a, string b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                int si = i, sj = j;
                while (i < a.Length && char.IsAsciiDigit(a[i]))
                {
                    i++;
                }

                while (j < b.Length && char.IsAsciiDigit(b[j]))
                {
                    j++;
                }

                string da = a[si..i].TrimStart('0'), db = b[sj..j].TrimStart('0');
                int c = da.Length != db.Length ? da.Length.CompareTo(db.Length) : string.CompareOrdinal(da, db);
                if (c != 0)
                {
                    return c;
                }

                continue;
            }

            int byChar = a[i].CompareTo(b[j]);
            if (byChar != 0)
            {
                return byChar;
            }

            i++;
            j++;
        }

        return (a.Length - i).CompareTo(b.Length - j);
    }

    [GeneratedRegex(@"^([CTLS])(\d{1,2})$")]
    private static partial Regex VertebraRegex();
}
