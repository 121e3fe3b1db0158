using System;
using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>
/// <c>[Differentiable(Order = N)]</c>: forward over forward N times. For one variable, every direction
/// <c>xTangent</c>, <c>xTangent2</c>, … is 1, every mixed tangent 0, and <c>.Tangent</c> read N times
/// is the N-th derivative.
/// </summary>
public sealed class HigherOrderTests
{
    public static TheoryData<double> Points => new() { -2.5, -0.7, 0.0, 0.3, 1.1, 3.0 };

    /// <summary>
    /// dⁿtanh/dxⁿ = Pₙ(tanh x) with P₀(t) = t and Pₙ₊₁ = Pₙ′·(1 − t²), since tanh′ = 1 − tanh²:
    /// coefficients built here, independently of the generator (autograd's tanh example).
    /// </summary>
    private static double TanhDerivative(int order, double x)
    {
        double[] p = [0.0, 1.0];
        for (int n = 0; n < order; n++)
        {
            var next = new double[p.Length + 2];
            for (int k = 1; k < p.Length; k++)
            {
                double derivative = k * p[k];
                next[k - 1] += derivative;
                next[k + 1] -= derivative;
            }
            p = next;
        }
        double t = Math.Tanh(x);
        double value = 0.0;
        for (int k = p.Length - 1; k >= 0; k--)
        {
            value = (value * t) + p[k];
        }
        return value;
    }

    [Theory]
    [MemberData(nameof(Points))]
    public void Tanh_derivatives_one_to_six_match_the_closed_forms(double x)
    {
        double[] derivatives =
        [
            HigherOrder.TanhTangent(x, 1).Tangent,
            HigherOrder.TanhTangentTangent(x, xTangent2: 1, xTangent: 1, xTangentTangent: 0).Tangent.Tangent,
            HigherOrder.TanhTangentTangentTangent(x, xTangent3: 1, xTangent2: 1, xTangent: 1, xTangentTangent2: 0, xTangentTangent: 0)
                .Tangent.Tangent.Tangent,
            HigherOrder.TanhTangentTangentTangentTangent(x, xTangent4: 1, xTangent3: 1, xTangent2: 1, xTangent: 1,
                xTangentTangent3: 0, xTangentTangent2: 0, xTangentTangent: 0).Tangent.Tangent.Tangent.Tangent,
            HigherOrder.TanhTangentTangentTangentTangentTangent(x, xTangent5: 1, xTangent4: 1, xTangent3: 1, xTangent2: 1, xTangent: 1,
                xTangentTangent4: 0, xTangentTangent3: 0, xTangentTangent2: 0, xTangentTangent: 0).Tangent.Tangent.Tangent.Tangent.Tangent,
            HigherOrder.TanhTangentTangentTangentTangentTangentTangent(x, xTangent6: 1, xTangent5: 1, xTangent4: 1, xTangent3: 1, xTangent2: 1, xTangent: 1,
                xTangentTangent5: 0, xTangentTangent4: 0, xTangentTangent3: 0, xTangentTangent2: 0, xTangentTangent: 0).Tangent.Tangent.Tangent.Tangent.Tangent.Tangent,
        ];
        for (int order = 1; order <= 6; order++)
        {
            // The closed form's terms cancel to many digits where tanh saturates: allow for its rounding.
            Approx.Equal(TanhDerivative(order, x), derivatives[order - 1], $"d^{order} tanh/dx^{order} at {x}", 1e-12, 1e-12);
        }
    }

    [Fact]
    public void The_value_and_lower_derivatives_ride_along_in_the_highest_companion()
    {
        const double x = 0.4;
        var sixth = HigherOrder.TanhTangentTangentTangentTangentTangentTangent(x, xTangent6: 1, xTangent5: 1, xTangent4: 1, xTangent3: 1, xTangent2: 1, xTangent: 1,
            xTangentTangent5: 0, xTangentTangent4: 0, xTangentTangent3: 0, xTangentTangent2: 0, xTangentTangent: 0);
        Approx.Equal(Math.Tanh(x), sixth.Value.Value.Value.Value.Value.Value, "value");
        Approx.Equal(TanhDerivative(1, x), sixth.Value.Value.Value.Value.Value.Tangent, "first derivative");
        Approx.Equal(TanhDerivative(5, x), sixth.Value.Tangent.Tangent.Tangent.Tangent.Tangent, "fifth derivative");
        Approx.Equal(TanhDerivative(5, x), sixth.Tangent.Tangent.Tangent.Tangent.Tangent.Value, "fifth derivative, other path");
    }

    [Theory]
    [MemberData(nameof(Points))]
    public void FDerivatives_gives_the_value_and_every_derivative_up_to_the_order_in_one_call(double x)
    {
        double[] tanh = HigherOrder.TanhDerivatives(x);
        Assert.Equal(7, tanh.Length);
        Approx.Equal(TanhDerivative(1, x), HigherOrder.TanhGradient(x), $"TanhGradient at {x}");
        Approx.Equal(Math.Tanh(x), tanh[0], $"tanh at {x}");
        for (int order = 1; order <= 6; order++)
        {
            Approx.Equal(TanhDerivative(order, x), tanh[order], $"d^{order} tanh/dx^{order} at {x}", 1e-12, 1e-12);
        }
        double[] sin = HigherOrder.SinDerivatives(x);
        Assert.Equal(5, sin.Length);
        double[] expected = [Math.Sin(x), Math.Cos(x), -Math.Sin(x), -Math.Cos(x), Math.Sin(x)];
        for (int order = 0; order <= 4; order++)
        {
            Approx.Equal(expected[order], sin[order], $"sin^({order}) at {x}", Approx.Tight, 1e-15);
        }
    }

    [Theory]
    [MemberData(nameof(Points))]
    public void Fourth_derivative_of_sin_is_sin(double x)
    {
        var fourth = HigherOrder.SinTangentTangentTangentTangent(x, xTangent4: 1, xTangent3: 1, xTangent2: 1, xTangent: 1,
            xTangentTangent3: 0, xTangentTangent2: 0, xTangentTangent: 0);
        Approx.Equal(Math.Sin(x), fourth.Tangent.Tangent.Tangent.Tangent, $"sin'''' at {x}", Approx.Tight, 1e-15);
        Approx.Equal(-Math.Cos(x), fourth.Value.Tangent.Tangent.Tangent, $"sin''' at {x}", Approx.Tight, 1e-15);
    }

    [Theory]
    [InlineData(0.3, 0.8)]
    [InlineData(-1.2, 0.5)]
    [InlineData(0.9, -2.0)]
    public void Mixed_third_derivative_matches_differences_of_the_analytic_Hessian(double x, double y)
    {
        // Directions: x, then x, then y. ∂³f/∂x²∂y of f = exp(xy) + x³·sin y.
        double mixed = HigherOrder.MixedTangentTangentTangent(
            x, xTangent3: 0, xTangent2: 1, xTangent: 1, xTangentTangent2: 0, xTangentTangent: 0,
            y, yTangent3: 1, yTangent2: 0, yTangent: 0, yTangentTangent2: 0, yTangentTangent: 0).Tangent.Tangent.Tangent;

        // f_xx = y²·exp(xy) + 6x·sin y, differentiated numerically in y.
        static double Fxx(double x, double y) => (y * y * Math.Exp(x * y)) + (6 * x * Math.Sin(y));
        double numeric = FiniteDifferences.Derivative(t => Fxx(x, t), y, FiniteDifferences.Step(y));
        Approx.Equal(numeric, mixed, "∂³f/∂x²∂y vs differences of f_xx", FiniteDifferences.Relative, 1e-9);
        double closedForm = (2 * y * Math.Exp(x * y)) + (x * y * y * Math.Exp(x * y)) + (6 * x * Math.Cos(y));
        Approx.Equal(closedForm, mixed, "∂³f/∂x²∂y closed form");

        // The order of the directions does not matter: y first, then x twice.
        double permuted = HigherOrder.MixedTangentTangentTangent(
            x, xTangent3: 1, xTangent2: 1, xTangent: 0, xTangentTangent2: 0, xTangentTangent: 0,
            y, yTangent3: 0, yTangent2: 0, yTangent: 1, yTangentTangent2: 0, yTangentTangent: 0).Tangent.Tangent.Tangent;
        Approx.Equal(mixed, permuted, "symmetry of third derivatives");
    }
}
