using NUnit.Framework;
using QCFramework.IO.Expressions;

namespace QCFramework.Tests.Phantoms;

public class ExpressionTests
{
    private static double Eval(string text) => Expression.Evaluate(text, name => name switch { "a" => 3, "b_2" => 4, _ => null });

    [TestCase("1 + 2 * 3", 7)]
    [TestCase("(1 + 2) * 3", 9)]
    [TestCase("-2 ^ 2", -4)]
    [TestCase("2 ^ 3 ^ 2", 512)]
    [TestCase("a * b_2 - 1", 11)]
    [TestCase("sqrt(a * a + b_2 * b_2)", 5)]
    [TestCase("min(a, b_2, 1) + max(2, 7)", 8)]
    [TestCase("1.5e2 / 3", 50)]
    [TestCase("a > 2 && b_2 < 4", 0)]
    [TestCase("a >= 3 || 0", 1)]
    [TestCase("cosd(60)", 0.5)]
    [TestCase("ellipse_area(2, 3) / pi", 6)]
    public void Evaluates_with_the_usual_precedence(string text, double expected) =>
        Assert.That(Eval(text), Is.EqualTo(expected).Within(1e-12));

    [Test]
    public void Superellipse_area_of_exponent_2_is_the_ellipse_area() =>
        Assert.That(Eval("superellipse_area(5, 3, 2)"), Is.EqualTo(Math.PI * 15).Within(1e-9));

    [TestCase("1 +")]
    [TestCase("c + 1")]
    [TestCase("foo(1)")]
    [TestCase("(1 + 2")]
    [TestCase("1 2")]
    public void Malformed_expressions_are_refused(string text) =>
        Assert.Throws<FormatException>(() => Eval(text));
}
