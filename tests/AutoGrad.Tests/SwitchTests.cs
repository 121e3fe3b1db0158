using System;
using System.Runtime.CompilerServices;
using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>Switch statements and switch expressions, in both modes and at order 2, and the exceptions they throw.</summary>
public sealed class SwitchTests
{
    [Theory]
    [InlineData(-2.0, 0.0, 0.0)]
    [InlineData(-0.5, 0.25, 0.5)]
    [InlineData(0.3, 0.65, 0.5)]
    [InlineData(2.0, 1.0, 0.0)]
    public void Each_arm_of_a_switch_expression_has_its_derivatives(double x, double first, double second)
    {
        ScalarChecks.AgreeWith(Switches.Activation, Switches.ActivationAdjoint, Switches.ActivationTangent, Switches.ActivationTangentTangent, x, first, second);
        double gradient = 0, hessian = 0;
        Switches.ActivationAdjointTangent(x, 1.0, ref gradient, ref hessian);
        Approx.Equal(second, hessian, "AdjointTangent");
    }

    [Theory]
    [InlineData(0, 0.0, 0.0)]
    [InlineData(1, 3.0, 0.0)]
    [InlineData(-1, 3.0, 0.0)]
    [InlineData(2, 6.0 * 1.7, 6.0)]
    [InlineData(3, 3.0 * 1.7 * 1.7, 6.0 * 1.7)]
    public void Each_section_of_a_switch_statement_on_an_int_has_its_derivatives(int degree, double first, double second)
    {
        ScalarChecks.AgreeWith(t => Switches.Power(degree, t), (double t, ref double a, double seed) => Switches.PowerAdjoint(degree, t, ref a, seed),
            (t, v) => Switches.PowerTangent(degree, t, v), (t, v2, v, vv) => Switches.PowerTangentTangent(degree, t, v2, v, vv), 1.7, first, second);
    }

    [Theory]
    [InlineData(Growth.Linear, 1.0, 0.0)]
    [InlineData(Growth.Quadratic, 2.0 * 0.8, 2.0)]
    [InlineData(Growth.Cubic, 3.0 * 0.8 * 0.8, 6.0 * 0.8)]
    public void A_switch_expression_on_an_enum_takes_its_arm(Growth growth, double first, double second)
    {
        ScalarChecks.AgreeWith(t => Switches.Grow(growth, t), (double t, ref double a, double seed) => Switches.GrowAdjoint(growth, t, ref a, seed),
            (t, v) => Switches.GrowTangent(growth, t, v), (t, v2, v, vv) => Switches.GrowTangentTangent(growth, t, v2, v, vv), 0.8, first, second);
    }

    [Fact]
    public void An_arm_that_throws_throws_in_every_companion()
    {
        var outside = (Growth)7;
        double adjoint = 0, adjointTangent = 0;
        Assert.Throws<ArgumentOutOfRangeException>(() => Switches.Grow(outside, 1.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Switches.GrowTangent(outside, 1.0, 1.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Switches.GrowAdjoint(outside, 1.0, ref adjoint));
        Assert.Throws<ArgumentOutOfRangeException>(() => Switches.GrowAdjointTangent(outside, 1.0, 1.0, ref adjoint, ref adjointTangent));
        Assert.Throws<ArgumentOutOfRangeException>(() => Switches.GrowTangentTangent(outside, 1.0, 1.0, 1.0, 0.0));
    }

    [Theory]
    [InlineData(0, 0.9)]
    [InlineData(1, 0.9)]
    [InlineData(3, 0.9)]
    public void A_switch_whose_sections_all_return_has_the_derivative_of_each(int k, double x)
    {
        double first = k switch { 0 => Math.Cos(x), 1 => -Math.Sin(x), _ => 2.0 * x };
        double second = k switch { 0 => -Math.Sin(x), 1 => -Math.Cos(x), _ => 2.0 };
        ScalarChecks.AgreeWith(t => Switches.Pick(k, t), (double t, ref double a, double seed) => Switches.PickAdjoint(k, t, ref a, seed),
            (t, v) => Switches.PickTangent(k, t, v), (t, v2, v, vv) => Switches.PickTangentTangent(k, t, v2, v, vv), x, first, second);
    }

    [Fact]
    public void The_throw_after_a_switch_throws_in_every_companion()
    {
        double adjoint = 0, adjointTangent = 0;
        Assert.Throws<ArgumentOutOfRangeException>(() => Switches.Pick(7, 1.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Switches.PickTangent(7, 1.0, 1.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Switches.PickAdjoint(7, 1.0, ref adjoint));
        Assert.Throws<ArgumentOutOfRangeException>(() => Switches.PickAdjointTangent(7, 1.0, 1.0, ref adjoint, ref adjointTangent));
        Assert.Throws<ArgumentOutOfRangeException>(() => Switches.PickTangentTangent(7, 1.0, 1.0, 1.0, 0.0));
    }

    [Fact]
    public void A_value_no_arm_matches_throws_SwitchExpressionException_in_every_companion()
    {
        double adjoint = 0, adjointTangent = 0;
        Assert.Throws<SwitchExpressionException>(() => Switches.Magnitude(double.NaN));
        Assert.Throws<SwitchExpressionException>(() => Switches.MagnitudeTangent(double.NaN, 1.0));
        Assert.Throws<SwitchExpressionException>(() => Switches.MagnitudeAdjoint(double.NaN, ref adjoint));
        Assert.Throws<SwitchExpressionException>(() => Switches.MagnitudeAdjointTangent(double.NaN, 1.0, ref adjoint, ref adjointTangent));
        Approx.Equal(-1.0, Switches.MagnitudeTangent(-2.0, 1.0).Tangent, "Tangent below 0");
        Approx.Equal(1.0, Switches.MagnitudeAdjoint(3.0, ref adjoint) / 3.0 * adjoint, "Adjoint above 0");
    }

    [Theory]
    [InlineData(0.5, 1.0, 0.0, 0.0)]
    [InlineData(3.0, 2.0, 2.0, -2.0)]
    [InlineData(1.0, 0.5, 2.0, -2.0)]
    public void A_switch_on_a_computed_value_with_a_when_clause_agrees_with_its_closed_form(double x, double m, double dx, double dm)
    {
        CompanionChecks.AgreeWith(Hinge, new[] { x, m }, new[] { dx, dm });
        CompanionChecks.AgreeWithFiniteDifferences(Hinge, new[] { x, m });
    }

    [Fact]
    public void The_hinge_has_the_Hessian_of_its_square_arm()
    {
        // d² for d = x − m: the Hessian is [[2, −2], [−2, 2]]; along v = (1, 0), H·v = (2, −2).
        double xAdjoint = 0, xAdjointTangent = 0, mAdjoint = 0, mAdjointTangent = 0;
        Switches.HingeAdjointTangent(3.0, 1.0, ref xAdjoint, ref xAdjointTangent, 2.0, 0.0, ref mAdjoint, ref mAdjointTangent);
        Approx.Equal(2.0, xAdjointTangent, "∂²/∂x²");
        Approx.Equal(-2.0, mAdjointTangent, "∂²/∂m∂x");
        Approx.Equal(2.0, Switches.HingeTangentTangent(3.0, 1.0, 1.0, 0.0, 2.0, 0.0, 0.0, 0.0).Tangent.Tangent, "TangentTangent ∂²/∂x²");
    }

    [Theory]
    [InlineData(-1.0, 2.0)]
    [InlineData(-1.0, -2.0)]
    [InlineData(0.5, 1.5)]
    [InlineData(6.0, 1.5)]
    [InlineData(3.0, 1.5)]
    public void Switch_sections_with_when_and_or_patterns_agree_with_differences(double x, double a) =>
        CompanionChecks.AgreeWithFiniteDifferences(Piecewise, new[] { x, a });

    [Fact]
    public void NaN_takes_the_section_of_its_or_pattern()
    {
        double xAdjoint = 0, aAdjoint = 0;
        Approx.Equal(1.5, Switches.PiecewiseAdjoint(double.NaN, ref xAdjoint, 1.5, ref aAdjoint), "value");
        Approx.Equal(1.0, aAdjoint, "∂/∂a");
    }

    [Fact]
    public void A_switch_in_a_loop_with_continue_and_break_agrees_with_its_closed_form()
    {
        double[] xs = { -0.4, 0.3, 0.9, 2.5, 0.6 };
        const double scale = 0.8;
        // Per element: nothing below 0, 1 above 1, else 2·scale·x² (two trips of the inner loop).
        double[] expected = new double[xs.Length];
        double dScale = 0;
        for (int i = 0; i < xs.Length; i++)
        {
            double s = scale * xs[i];
            if (s is >= 0.0 and <= 1.0)
            {
                expected[i] = 4.0 * scale * xs[i];
                dScale += 2.0 * xs[i] * xs[i];
            }
        }
        var adjoint = new double[xs.Length];
        double scaleAdjoint = 0;
        Approx.Equal(Switches.ClippedSum(xs, scale), Switches.ClippedSumAdjoint(xs, adjoint, scale, ref scaleAdjoint), "value");
        Matrices.Equal(expected, adjoint, "∂/∂xs");
        Approx.Equal(dScale, scaleAdjoint, "∂/∂scale");
        ArrayChecks.AgreeWithDifferences(
            p => Switches.ClippedSum(p, scale),
            (p, g) => { double ignored = 0; return Switches.ClippedSumAdjoint(p, g, scale, ref ignored); },
            (p, v) => Switches.ClippedSumTangent(p, v, scale, 0.0).Tangent,
            xs, "ClippedSum");
        Approx.Equal(dScale, Switches.ClippedSumTangent(xs, new double[xs.Length], scale, 1.0).Tangent, "Tangent along scale");
    }

    private static readonly Companions Hinge = new(
        "Hinge", 2,
        p => Switches.Hinge(p[0], p[1]),
        (p, v) => Switches.HingeTangent(p[0], v[0], p[1], v[1]),
        (p, adjoint, seed) => Switches.HingeAdjoint(p[0], ref adjoint[0], p[1], ref adjoint[1], seed));

    private static readonly Companions Piecewise = new(
        "Piecewise", 2,
        p => Switches.Piecewise(p[0], p[1]),
        (p, v) => Switches.PiecewiseTangent(p[0], v[0], p[1], v[1]),
        (p, adjoint, seed) => Switches.PiecewiseAdjoint(p[0], ref adjoint[0], p[1], ref adjoint[1], seed));
}
