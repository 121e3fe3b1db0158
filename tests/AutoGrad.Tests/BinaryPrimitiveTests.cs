using System;
using AutoGrad.Tests.Cases;
using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>Primitives and operators of two or more arguments: both (all) partials against closed forms.</summary>
public sealed class BinaryPrimitiveTests
{
    public static TheoryData<string, double, double> Points => BinaryCases.Points();

    [Theory]
    [MemberData(nameof(Points))]
    public void Companions_match_both_analytic_partials(string primitive, double a, double b)
    {
        BinaryCase c = BinaryCases.All[primitive];
        (double da, double db) = c.Gradient(a, b);
        CompanionChecks.AgreeWith(c.AsCompanions(primitive), new[] { a, b }, new[] { da, db });
    }

    /// <summary>Guards the table itself against a wrong closed form.</summary>
    [Theory]
    [MemberData(nameof(Points))]
    public void Analytic_partials_in_the_table_match_finite_differences(string primitive, double a, double b)
    {
        BinaryCase c = BinaryCases.All[primitive];
        (double da, double db) = c.Gradient(a, b);
        Func<double[], double> f = x => c.Primal(x[0], x[1]);
        double[] point = { a, b };
        double tolerance = FiniteDifferences.Absolute(c.Primal(a, b));
        Approx.Equal(FiniteDifferences.Partial(f, point, 0, c.FiniteDifferenceStep(a)), da, $"{primitive} ∂/∂a", FiniteDifferences.Relative, tolerance);
        Approx.Equal(FiniteDifferences.Partial(f, point, 1, c.FiniteDifferenceStep(b)), db, $"{primitive} ∂/∂b", FiniteDifferences.Relative, tolerance);
    }

    [Theory]
    [InlineData(2.0, 3.0, 4.0)]
    [InlineData(-1.5, 1e-9, -7.0)]
    [InlineData(1e6, -2e-6, 0.25)]
    public void FusedMultiplyAdd_has_partials_b_a_and_1(double a, double b, double c) =>
        CompanionChecks.AgreeWith(TernaryCases.FusedMultiplyAdd, new[] { a, b, c }, new[] { b, a, 1.0 });

    [Theory]
    [InlineData(0.5, -1.0, 2.0, 1.0, 0.0, 0.0)]
    [InlineData(-3.0, -1.0, 2.0, 0.0, 1.0, 0.0)]
    [InlineData(5.0, -1.0, 2.0, 0.0, 0.0, 1.0)]
    [InlineData(1e-9, -1e6, 1e6, 1.0, 0.0, 0.0)]
    public void Clamp_passes_the_derivative_of_whichever_argument_it_returns(double value, double min, double max, double dValue, double dMin, double dMax) =>
        CompanionChecks.AgreeWith(TernaryCases.Clamp, new[] { value, min, max }, new[] { dValue, dMin, dMax });

    [Theory]
    [InlineData(1.5, 3)]
    [InlineData(-2.0, -4)]
    [InlineData(1e-9, 10)]
    [InlineData(7.0, 0)]
    public void ScaleB_scales_the_derivative_by_two_to_the_n(double x, int n)
    {
        var scaleB = new Companions(
            $"ScaleB(x, {n})", 1,
            p => BinaryPrimitives.ScaleB(p[0], n),
            (p, v) => BinaryPrimitives.ScaleBTangent(p[0], v[0], n),
            (p, a, seed) => BinaryPrimitives.ScaleBAdjoint(p[0], ref a[0], n, seed));
        CompanionChecks.AgreeWith(scaleB, new[] { x }, new[] { Math.Pow(2.0, n) });
    }
    /// <summary>
    /// The Tangent of a / b takes one division, (ȧ − ḃ·q) / b: in any direction it is the sum of both partials'
    /// contributions, and the Adjoint's gradient dotted with the direction.
    /// </summary>
    [Theory]
    [InlineData(1.5, -2.0, 0.3, 0.7)]
    [InlineData(1e-9, 1e6, -2.0, 5.0)]
    [InlineData(-3.0, 1e-3, 1.0, 1.0)]
    [InlineData(4.0, 8.0, 2.0, 4.0)]
    public void Divide_tangent_in_any_direction_is_both_partials_at_once(double a, double b, double da, double db)
    {
        (double value, double tangent) = Operators.DivideTangent(a, da, b, db);
        Assert.Equal(a / b, value);
        Approx.Equal((da / b) - (db * a / (b * b)), tangent, "d(a/b)", 1e-14);
        double aAdjoint = 0, bAdjoint = 0;
        Operators.DivideAdjoint(a, ref aAdjoint, b, ref bAdjoint);
        Approx.Equal((aAdjoint * da) + (bAdjoint * db), tangent, "adjoint · direction", 1e-14);
    }

    /// <summary>At b = 0 a zero direction gives 0, not 0·∞ or 0/0, and a direction in a alone gives ȧ/b as its partial does.</summary>
    [Fact]
    public void Divide_tangent_by_zero_is_zero_in_a_zero_direction()
    {
        Assert.Equal(0.0, Operators.DivideTangent(1.0, 0.0, 0.0, 0.0).Tangent);
        Assert.Equal(double.PositiveInfinity, Operators.DivideTangent(1.0, 2.0, 0.0, 0.0).Tangent);
        Assert.Equal(0.0, Operators.DivideTangent(3.0, 0.0, 2.0, 0.0).Tangent);
    }
}
