using System.Globalization;

namespace QCFramework.IO.Expressions;

/// <summary>
/// The small arithmetic language of parameterised definition files: numbers, parameter names,
/// + − * / ^, parentheses, comparisons (&lt; &gt; &lt;= &gt;= == !=, giving 1 or 0), &amp;&amp; and ||, the
/// constant <c>pi</c> and the functions sqrt, pow, min, max, abs, exp, log, sind, cosd (degrees),
/// ellipse_area(a, b) and superellipse_area(a, b, n) (mm²).
/// </summary>
public static class Expression
{
    /// <summary>Evaluates <paramref name="text"/> with parameter values from <paramref name="lookup"/>.</summary>
    /// <exception cref="FormatException">The text is not a valid expression or names an unknown parameter.</exception>
    public static double Evaluate(string text, Func<string, double?> lookup)
    {
        var parser = new Parser(text, lookup);
        double value = parser.ParseOr();
        parser.ExpectEnd();
        return value;
    }

    private sealed class Parser(string text, Func<string, double?> lookup)
    {
        private int _pos;

        public void ExpectEnd()
        {
            SkipSpace();
            if (_pos < text.Length)
            {
                throw new FormatException($"unexpected '{text[_pos..]}' in expression '{text}'");
            }
        }

        public double ParseOr()
        {
            double left = ParseAnd();
            while (Accept("||"))
            {
                double right = ParseAnd();
                left = left != 0 || right != 0 ? 1 : 0;
            }

            return left;
        }

        private double ParseAnd()
        {
            double left = ParseComparison();
            while (Accept("&&"))
            {
                double right = ParseComparison();
                left = left != 0 && right != 0 ? 1 : 0;
            }

            return left;
        }

        private double ParseComparison()
        {
            double left = ParseSum();
            foreach (string op in new[] { "<=", ">=", "==", "!=", "<", ">" })
            {
                if (Accept(op))
                {
                    double right = ParseSum();
                    bool result = op switch
                    {
                        "<=" => left <= right,
                        ">=" => left >= right,
                        "==" => left == right,
                        "!=" => left != right,
                        "<" => left < right,
                        _ => left > right,
                    };
                    return result ? 1 : 0;
                }
            }

            return left;
        }

        private double ParseSum()
        {
            double value = ParseProduct();
            while (true)
            {
                if (Accept("+"))
                {
                    value += ParseProduct();
                }
                else if (Accept("-"))
                {
                    value -= ParseProduct();
                }
                else
                {
                    return value;
                }
            }
        }

        private double ParseProduct()
        {
            double value = ParseUnary();
            while (true)
            {
                if (Accept("*"))
                {
                    value *= ParseUnary();
                }
                else if (Accept("/"))
                {
                    value /= ParseUnary();
                }
                else
                {
                    return value;
                }
            }
        }

        private double ParseUnary()
        {
            if (Accept("-"))
            {
                return -ParseUnary();
            }

            if (Accept("+"))
            {
                return ParseUnary();
            }

            double value = ParsePrimary();
            return Accept("^") ? Math.Pow(value, ParseUnary()) : value;
        }

        private double ParsePrimary()
        {
            SkipSpace();
            if (Accept("("))
            {
                double inner = ParseOr();
                Expect(")");
                return inner;
            }

            if (_pos < text.Length && (char.IsDigit(text[_pos]) || text[_pos] == '.'))
            {
                int start = _pos;
                while (_pos < text.Length && (char.IsDigit(text[_pos]) || text[_pos] == '.'
                    || ((text[_pos] == 'e' || text[_pos] == 'E') && _pos + 1 < text.Length && (char.IsDigit(text[_pos + 1]) || text[_pos + 1] is '-' or '+'))
                    || ((text[_pos] == '-' || text[_pos] == '+') && (text[_pos - 1] == 'e' || text[_pos - 1] == 'E'))))
                {
                    _pos++;
                }

                string number = text[start.._pos];
                if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out double v))
                {
                    throw new FormatException($"'{number}' is not a number");
                }

                return v;
            }

            if (_pos < text.Length && (char.IsLetter(text[_pos]) || text[_pos] == '_'))
            {
                int start = _pos;
                while (_pos < text.Length && (char.IsLetterOrDigit(text[_pos]) || text[_pos] == '_'))
                {
                    _pos++;
                }

                string name = text[start.._pos];
                if (Accept("("))
                {
                    var args = new List<double>();
                    if (!Accept(")"))
                    {
                        do
                        {
                            args.Add(ParseOr());
                        }
                        while (Accept(","));
                        Expect(")");
                    }

                    return Call(name, args);
                }

                if (name == "pi")
                {
                    return Math.PI;
                }

                return lookup(name) ?? throw new FormatException($"unknown parameter '{name}' in expression '{text}'");
            }

            throw new FormatException(_pos < text.Length ? $"unexpected '{text[_pos]}' in expression '{text}'" : $"expression '{text}' ends early");
        }

        private double Call(string name, List<double> a)
        {
            double Arg(int i) => i < a.Count ? a[i] : throw new FormatException($"{name}() needs {i + 1} argument(s) in '{text}'");
            return name switch
            {
                "sqrt" => Math.Sqrt(Arg(0)),
                "pow" => Math.Pow(Arg(0), Arg(1)),
                "min" => a.Count > 0 ? a.Min() : Arg(0),
                "max" => a.Count > 0 ? a.Max() : Arg(0),
                "abs" => Math.Abs(Arg(0)),
                "exp" => Math.Exp(Arg(0)),
                "log" => Math.Log(Arg(0)),
                "sind" => Math.Sin(Arg(0) * Math.PI / 180),
                "cosd" => Math.Cos(Arg(0) * Math.PI / 180),
                "ellipse_area" => Math.PI * Arg(0) * Arg(1),
                "superellipse_area" => QCFramework.Phantoms.Geometry.Superellipse2D.Area(Arg(0), Arg(1), Arg(2)),
                _ => throw new FormatException($"unknown function '{name}' in expression '{text}'"),
            };
        }

        private void SkipSpace()
        {
            while (_pos < text.Length && char.IsWhiteSpace(text[_pos]))
            {
                _pos++;
            }
        }

        private bool Accept(string token)
        {
            SkipSpace();
            if (string.CompareOrdinal(text, _pos, token, 0, token.Length) == 0)
            {
                // "<" must not swallow the start of "<=", etc.: callers try longer operators first.
                _pos += token.Length;
                return true;
            }

            return false;
        }

        private void Expect(string token)
        {
            if (!Accept(token))
            {
                throw new FormatException($"expected '{token}' in expression '{text}'");
            }
        }
    }
}
