using System;
using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>The worked examples of the specification, with their published numbers.</summary>
public sealed class SpecExampleTests
{
    private static readonly Companions Polynomial = new(
        "x²y + y + 2", 2,
        x => SpecExamples.Polynomial(x[0], x[1]),
        (x, v) => SpecExamples.PolynomialTangent(x[0], v[0], x[1], v[1]),
        (x, a, seed) => SpecExamples.PolynomialAdjoint(x[0], ref a[0], x[1], ref a[1], seed));

    private static readonly Companions SinPlusCos = new(
        "sin x + cos x", 1,
        x => SpecExamples.SinPlusCos(x[0]),
        (x, v) => SpecExamples.SinPlusCosTangent(x[0], v[0]),
        (x, a, seed) => SpecExamples.SinPlusCosAdjoint(x[0], ref a[0], seed));

    private static readonly Companions Chain = new(
        "sin(cos(x + 3)) + e^(sin² x)", 1,
        x => SpecExamples.Chain(x[0]),
        (x, v) => SpecExamples.ChainTangent(x[0], v[0]),
        (x, a, seed) => SpecExamples.ChainAdjoint(x[0], ref a[0], seed));

    private static readonly Companions TaylorSin = new(
        "Taylor series of sin", 1,
        x => SpecExamples.TaylorSin(x[0]),
        (x, v) => SpecExamples.TaylorSinTangent(x[0], v[0]),
        (x, a, seed) => SpecExamples.TaylorSinAdjoint(x[0], ref a[0], seed));

    [Fact]
    public void Polynomial_gradient_at_3_4_is_24_10()
    {
        double dx = 0.0;
        double dy = 0.0;
        // No seed argument: the default seed is 1.
        double value = SpecExamples.PolynomialAdjoint(3.0, ref dx, 4.0, ref dy);
        Assert.Equal(42.0, value);
        Assert.Equal(24.0, dx);
        Assert.Equal(10.0, dy);
        CompanionChecks.AgreeWith(Polynomial, new[] { 3.0, 4.0 }, new[] { 24.0, 10.0 });
    }

    [Theory]
    [InlineData(-1.5, 0.25)]
    [InlineData(0.0, 7.0)]
    [InlineData(1e3, -2.0)]
    public void Polynomial_gradient_is_2xy_and_x2_plus_1(double x, double y) =>
        CompanionChecks.AgreeWith(Polynomial, new[] { x, y }, new[] { 2 * x * y, (x * x) + 1 });

    [Fact]
    public void Derivative_of_sin_plus_cos_at_pi_is_minus_one()
    {
        CompanionChecks.AgreeWith(SinPlusCos, new[] { Math.PI }, new[] { -1.0 });
    }

    [Theory]
    [InlineData(-2.0)]
    [InlineData(0.3)]
    [InlineData(10.0)]
    public void Derivative_of_sin_plus_cos_is_cos_minus_sin(double x) =>
        CompanionChecks.AgreeWith(SinPlusCos, new[] { x }, new[] { Math.Cos(x) - Math.Sin(x) });

    [Fact]
    public void Chain_derivative_at_1_is_the_published_value()
    {
        double derivative = SpecExamples.ChainTangent(1.0, 1.0).Tangent;
        Assert.Equal(2.44674864, derivative, 8);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(-0.7)]
    [InlineData(2.5)]
    [InlineData(40.0)]
    public void Chain_matches_the_chain_rule(double x)
    {
        double expected = (Math.Cos(Math.Cos(x + 3)) * -Math.Sin(x + 3))
            + (Math.Exp(Math.Sin(x) * Math.Sin(x)) * 2 * Math.Sin(x) * Math.Cos(x));
        CompanionChecks.AgreeWith(Chain, new[] { x }, new[] { expected });
    }

    [Theory]
    [InlineData(-3.0)]
    [InlineData(-0.5)]
    [InlineData(1e-6)]
    [InlineData(1.0)]
    [InlineData(3.0)]
    public void Taylor_series_of_sin_has_derivative_cos(double x)
    {
        Approx.Equal(Math.Sin(x), SpecExamples.TaylorSin(x), $"series at {x}", 0.0, 1e-14);
        // The series is exact to rounding, so the derivative of its code is cos x to rounding as well.
        CompanionChecks.AgreeWith(TaylorSin, new[] { x }, new[] { Math.Cos(x) }, 1e-12, 1e-13);
    }
}
