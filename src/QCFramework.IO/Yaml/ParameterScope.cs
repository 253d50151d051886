using System.Text.RegularExpressions;
using QCFramework.IO.Expressions;
using YamlDotNet.RepresentationModel;

namespace QCFramework.IO.Yaml;

/// <summary>
/// Named parameters of a definition file and the substitution of <c>${expression}</c> in its
/// values. Numeric fields are whole expressions (<c>zMm: ${l1_z} + 12</c>); text fields substitute
/// each <c>${…}</c> by its value (<c>material: ha-in-resin:${l1_mg}</c>).
/// </summary>
public sealed partial class ParameterScope
{
    private readonly Dictionary<string, double> _numbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

    /// <summary>The numeric parameters.</summary>
    public IReadOnlyDictionary<string, double> NumericValues => _numbers;

    /// <summary>The text parameters.</summary>
    public IReadOnlyDictionary<string, string> Texts => _texts;

    /// <summary>Sets a numeric parameter.</summary>
    public void Set(string name, double value)
    {
        _numbers[name] = value;
        _texts.Remove(name);
    }

    /// <summary>Sets a text parameter.</summary>
    public void SetText(string name, string value)
    {
        _texts[name] = value;
        _numbers.Remove(name);
    }

    /// <summary>True when <paramref name="name"/> is a valid parameter name.</summary>
    public static bool IsIdentifier(string name) => IdentifierRegex().IsMatch(name);

    /// <summary>
    /// Defines a parameter from its text, which may use the parameters defined before it: a value
    /// that evaluates as an expression is a number, otherwise it is text.
    /// </summary>
    public void Define(YamlFile doc, YamlNode node, string field, string name, string text)
    {
        string substituted = Substitute(doc, node, field, text);
        if (TryEvaluate(substituted, out double number))
        {
            Set(name, number);
        }
        else
        {
            SetText(name, substituted);
        }
    }

    /// <summary>A numeric field: the text is an expression over the parameters.</summary>
    public double Number(YamlFile doc, YamlNode node, string field)
    {
        string text = Substitute(doc, node, field, doc.Scalar(node, field));
        try
        {
            double value = Expression.Evaluate(text, Lookup);
            if (!double.IsFinite(value))
            {
                throw doc.Error(node, field, $"'{text}' is not a finite number");
            }

            return value;
        }
        catch (FormatException ex)
        {
            throw doc.Error(node, field, $"expected a number or an expression: {ex.Message}");
        }
    }

    /// <summary>A list of numbers of the given length.</summary>
    public double[] NumberList(YamlFile doc, YamlNode node, string field, int count, string meaning)
    {
        var items = node is YamlSequenceNode seq ? seq.Children : null;
        if (items is null || items.Count != count)
        {
            throw doc.Error(node, field, $"expected {count} numbers {meaning}");
        }

        return items.Select((n, i) => Number(doc, n, $"{field}[{i}]")).ToArray();
    }

    /// <summary>A text field with <c>${…}</c> substituted.</summary>
    public string Text(YamlFile doc, YamlNode node, string field) => Substitute(doc, node, field, doc.Scalar(node, field));

    private string Substitute(YamlFile doc, YamlNode node, string field, string text) =>
        PlaceholderRegex().Replace(text, m =>
        {
            string inner = m.Groups[1].Value.Trim();
            if (_texts.TryGetValue(inner, out string? t))
            {
                return t;
            }

            try
            {
                return YamlFile.FormatNumber(Expression.Evaluate(inner, Lookup));
            }
            catch (FormatException ex)
            {
                throw doc.Error(node, field, ex.Message);
            }
        });

    private bool TryEvaluate(string text, out double value)
    {
        try
        {
            value = Expression.Evaluate(text, Lookup);
            return true;
        }
        catch (FormatException)
        {
            value = double.NaN;
            return false;
        }
    }

    private double? Lookup(string name) => _numbers.TryGetValue(name, out double v) ? v : null;

    [GeneratedRegex(@"\$\{([^}]*)\}")]
    private static partial Regex PlaceholderRegex();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex IdentifierRegex();
}
