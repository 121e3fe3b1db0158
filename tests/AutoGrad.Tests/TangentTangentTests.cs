using System;
using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>
/// FTangentTangent (forward over forward) against closed forms, and against the Hessian from
/// FAdjointTangent (forward over reverse): two independent compositions of the transforms must agree.
/// </summary>
public class TangentTangentTests
{
    [Theory]
    [InlineData(-2.0)]
    [InlineData(-0.7)]
    [InlineData(0.0)]
    [InlineData(0.3)]
    [InlineData(1.2)]
    public void Second_derivative_of_tanh_is_its_closed_form(double x)
    {
        var r = SecondOrderForward.TanhTangentTangent(x, xTangent2: 1, xTangent: 1, xTangentTangent: 0);
        double t = Math.Tanh(x);
        Approx.Equal(t, r.Value.Value, "tanh");
        Approx.Equal(1 - t * t, r.Value.Tangent, "tanh'");
        Approx.Equal(1 - t * t, r.Tangent.Value, "tanh' along the second direction");
        Approx.Equal(-2 * t * (1 - t * t), r.Tangent.Tangent, "tanh''");
    }

    [Theory]
    [InlineData(0.4, 1.5)]
    [InlineData(-1.1, 0.25)]
    public void Tangent_tangent_is_bilinear_in_the_directions_plus_the_first_derivative(double x, double tangentTangent)
    {
        // f''·a·b + f'·c for f = sin, directions a = 2, b = −3.
        var r = SecondOrderForward.SinTangentTangent(x, xTangent2: -3, xTangent: 2, xTangentTangent: tangentTangent);
        Approx.Equal(-Math.Sin(x) * 2 * -3 + Math.Cos(x) * tangentTangent, r.Tangent.Tangent, "sin''·a·b + sin'·c");
    }

    [Theory]
    [InlineData(0.7, 1.3)]
    [InlineData(-0.4, 0.6)]
    public void Second_partials_match_the_closed_forms(double x, double y)
    {
        double e = Math.Exp(x * y);
        double fxx = 2 * y * y * y + y * y * e;
        double fxy = 6 * x * y * y + e + x * y * e;
        double fyy = 6 * x * x * y + x * x * e;
        Approx.Equal(fxx, SecondOrderForward.PolynomialTangentTangent(x, 1, 1, 0, y, 0, 0, 0).Tangent.Tangent, "fxx");
        Approx.Equal(fxy, SecondOrderForward.PolynomialTangentTangent(x, 0, 1, 0, y, 1, 0, 0).Tangent.Tangent, "fxy");
        Approx.Equal(fxy, SecondOrderForward.PolynomialTangentTangent(x, 1, 0, 0, y, 0, 1, 0).Tangent.Tangent, "fyx");
        Approx.Equal(fyy, SecondOrderForward.PolynomialTangentTangent(x, 0, 0, 0, y, 1, 1, 0).Tangent.Tangent, "fyy");
    }

    [Theory]
    [InlineData(0.4, 5, 0.9)]
    [InlineData(1.3, 8, 0.5)]
    [InlineData(-0.6, 3, 1.7)]
    public void Forward_over_forward_agrees_with_forward_over_reverse_through_loops_and_calls(double x, int n, double y)
    {
        // Row of the Hessian along x from forward over reverse: xTangent = 1, seed = 1.
        double xAdjoint = 0, xAdjointTangent = 0, yAdjoint = 0, yAdjointTangent = 0;
        SecondOrderForward.MixedAdjointTangent(x, 1, ref xAdjoint, ref xAdjointTangent, n, y, 0, ref yAdjoint, ref yAdjointTangent);

        double fxx = SecondOrderForward.MixedTangentTangent(x, 1, 1, 0, n, y, 0, 0, 0).Tangent.Tangent;
        double fxy = SecondOrderForward.MixedTangentTangent(x, 0, 1, 0, n, y, 1, 0, 0).Tangent.Tangent;
        Approx.Equal(xAdjointTangent, fxx, "fxx", relative: 1e-12);
        Approx.Equal(yAdjointTangent, fxy, "fxy", relative: 1e-12);
    }

    [Fact]
    public void Array_second_directional_derivative_equals_the_hessian_entry()
    {
        double[] x = { 0.3, -0.5, 0.9, 1.1 };
        double[,] hessian = Derivatives.Hessian(SecondOrder.RosenbrockAdjointTangent, x);
        for (int i = 0; i < x.Length; i++)
        {
            for (int j = 0; j < x.Length; j++)
            {
                var first = new double[x.Length];
                var second = new double[x.Length];
                first[i] = 1;
                second[j] = 1;
                double entry = SecondOrder.RosenbrockTangentTangent(x, second, first, new double[x.Length]).Tangent.Tangent;
                Approx.Equal(hessian[i, j], entry, $"H[{i},{j}]", relative: 1e-12);
            }
        }
    }
}
