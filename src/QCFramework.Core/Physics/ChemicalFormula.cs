using System.Globalization;

namespace QCFramework.Physics;

/// <summary>Parses chemical formulas such as <c>Gd2O2S</c> or <c>Ca10(PO4)6(OH)2</c> into mass fractions.</summary>
public static class ChemicalFormula
{
    /// <summary>Mass fractions by atomic number, from standard atomic weights.</summary>
    /// <exception cref="InputException">Unknown element or malformed formula.</exception>
    public static IReadOnlyList<(int Z, double MassFraction)> MassFractions(string formula, AttenuationData? data = null)
    {
        data ??= AttenuationData.Default;
        int pos = 0;
        var atoms = ParseGroup(formula, ref pos, data);
        if (pos != formula.Length)
        {
            throw new InputException($"malformed chemical formula '{formula}' at '{formula[pos..]}'");
        }

        double total = atoms.Sum(a => a.Value * data.Element(a.Key).AtomicWeight);
        if (!(total > 0))
        {
            throw new InputException($"chemical formula '{formula}' has no atoms");
        }

        return atoms.OrderBy(a => a.Key).Select(a => (a.Key, a.Value * data.Element(a.Key).AtomicWeight / total)).ToArray();
    }

    private static Dictionary<int, double> ParseGroup(string text, ref int pos, AttenuationData data)
    {
        var atoms = new Dictionary<int, double>();
        while (pos < text.Length && text[pos] != ')')
        {
            Dictionary<int, double> part;
            if (text[pos] == '(')
            {
                pos++;
                part = ParseGroup(text, ref pos, data);
                if (pos >= text.Length || text[pos] != ')')
                {
                    throw new InputException($"malformed chemical formula '{text}': missing ')'");
                }

                pos++;
            }
            else if (char.IsUpper(text[pos]))
            {
                int start = pos++;
                while (pos < text.Length && char.IsLower(text[pos]))
                {
                    pos++;
                }

                string symbol = text[start..pos];
                var element = data.ElementBySymbol(symbol) ?? throw new InputException($"unknown element '{symbol}' in chemical formula '{text}'");
                part = new Dictionary<int, double> { [element.Z] = 1 };
            }
            else
            {
                throw new InputException($"malformed chemical formula '{text}' at '{text[pos..]}'");
            }

            double count = ParseCount(text, ref pos);
            foreach (var (z, n) in part)
            {
                atoms[z] = atoms.GetValueOrDefault(z) + n * count;
            }
        }

        return atoms;
    }

    private static double ParseCount(string text, ref int pos)
    {
        int start = pos;
        while (pos < text.Length && (char.IsDigit(text[pos]) || text[pos] == '.'))
        {
            pos++;
        }

        return pos == start ? 1 : double.Parse(text[start..pos], CultureInfo.InvariantCulture);
    }
}
