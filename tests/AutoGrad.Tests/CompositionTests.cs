using System;
using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>
/// A [Differentiable] method that uses a derivative as a value, <c>FTangent(x, v).Tangent</c>: its own
/// Tangent and Adjoint are second derivatives of F, checked against closed forms, against central
/// differences of the first derivative, and forward against reverse.
/// </summary>
public sealed class CompositionTests
{
    public static TheoryData<double> Points => new() { -2.1, -0.6, 0.0, 0.45, 1.3, 2.7 };

    private static double Sech2(double x) => 1 / (Math.Cosh(x) * Math.Cosh(x));

    private static double F1(double x) => Math.Tanh(x) + (x * Sech2(x)) + Math.Cos(2 * x);

    private static double F2(double x) => (2 * Sech2(x) * (1 - (x * Math.Tanh(x)))) - (2 * Math.Sin(2 * x));

    [Theory]
    [MemberData(nameof(Points))]
    public void The_derivative_of_a_derivative_is_the_second_derivative(double x)
    {
        Approx.Equal(F1(x), Composition.DF(x), "DF = f′");
        (double value, double tangent) = Composition.DFTangent(x, 1.0);
        Approx.Equal(F1(x), value, "DFTangent value");
        Approx.Equal(F2(x), tangent, "DFTangent = f″");
        double adjoint = 0;
        Approx.Equal(F1(x), Composition.DFAdjoint(x, ref adjoint), "DFAdjoint value");
        Approx.Equal(F2(x), adjoint, "DFAdjoint = f″");
        Approx.Equal(FiniteDifferences.Derivative(Composition.DF, x, FiniteDifferences.Step(x)), adjoint, "DFAdjoint vs differences of DF",
            FiniteDifferences.Relative, FiniteDifferences.Absolute(F1(x)));
    }

    private static readonly Companions SlopeEnergy = new(
        nameof(Composition.SlopeEnergy), 2,
        p => Composition.SlopeEnergy(p[0], p[1]),
        (p, v) => Composition.SlopeEnergyTangent(p[0], v[0], p[1], v[1]),
        (p, a, seed) => Composition.SlopeEnergyAdjoint(p[0], ref a[0], p[1], ref a[1], seed));

    [Theory]
    [InlineData(0.3, 1.2)]
    [InlineData(-1.1, 0.4)]
    [InlineData(0.8, -2.0)]
    public void A_derivative_inside_a_larger_expression_has_the_closed_form_gradient(double x, double y)
    {
        // E = f′(xy)² + f(x)·y: ∂E/∂x = 2 f′(xy) f″(xy) y + f′(x) y, ∂E/∂y = 2 f′(xy) f″(xy) x + f(x).
        double slope = F1(x * y);
        double curvature = F2(x * y);
        double[] expected = [(2 * slope * curvature * y) + (F1(x) * y), (2 * slope * curvature * x) + Composition.F(x)];
        CompanionChecks.AgreeWith(SlopeEnergy, [x, y], expected);
        CompanionChecks.AgreeWithFiniteDifferences(SlopeEnergy, [x, y]);
    }

    private static readonly Companions FieldAlong = new(
        nameof(Composition.FieldAlong), 4,
        p => Composition.FieldAlong(p[0], p[1], p[2], p[3]),
        (p, v) => Composition.FieldAlongTangent(p[0], v[0], p[1], v[1], p[2], v[2], p[3], v[3]),
        (p, a, seed) => Composition.FieldAlongAdjoint(p[0], ref a[0], p[1], ref a[1], p[2], ref a[2], p[3], ref a[3], seed));

    [Theory]
    [InlineData(0.5, 0.7, 1.0, -0.5)]
    [InlineData(-0.4, 1.2, 0.3, 2.0)]
    public void The_gradient_of_a_directional_derivative_is_the_Hessian_times_the_direction_and_the_gradient(double x, double y, double u, double w)
    {
        double e = Math.Exp(x * y);
        double gx = (y * e) + (2 * x * y * y * y);
        double gy = (x * e) + (3 * x * x * y * y);
        double hxx = (y * y * e) + (2 * y * y * y);
        double hxy = e + (x * y * e) + (6 * x * y * y);
        double hyy = (x * x * e) + (6 * x * x * y);
        Approx.Equal((gx * u) + (gy * w), Composition.FieldAlong(x, y, u, w), "∇g·(u, w)");
        double[] expected = [(hxx * u) + (hxy * w), (hxy * u) + (hyy * w), gx, gy];
        CompanionChecks.AgreeWith(FieldAlong, [x, y, u, w], expected);
    }

    [Fact]
    public void A_Hessian_vector_product_over_an_array_matches_differences_of_the_gradient()
    {
        double[] p = [0.3, -0.8, 1.1, 0.5, -0.2, 0.9];
        double[] v = [1.0, 0.5, -0.7, 0.2, 1.3, -0.4];
        var pAdjoint = new double[p.Length];
        var vAdjoint = new double[v.Length];
        double value = Composition.EnergyAlongAdjoint(p, pAdjoint, v, vAdjoint);

        double[] gradient = new double[p.Length];
        Composition.EnergyAdjoint(p, gradient);
        double dot = 0;
        for (int i = 0; i < p.Length; i++)
        {
            dot += gradient[i] * v[i];
        }
        Approx.Equal(dot, value, "EnergyAlong = ∇E·v");
        Matrices.Equal(gradient, vAdjoint, "∂(∇E·v)/∂v = ∇E");
        for (int i = 0; i < p.Length; i++)
        {
            int component = i;
            double hv = FiniteDifferences.Directional(q =>
            {
                var g = new double[q.Length];
                Composition.EnergyAdjoint(q, g);
                return g[component];
            }, p, v, 1e-3);
            Approx.Equal(hv, pAdjoint[i], $"(H·v)[{i}] against differences of the gradient", FiniteDifferences.Relative, 1e-7);
        }

        // Forward mode of EnergyAlong along (dp, dv) equals ⟨(H·v, ∇E), (dp, dv)⟩.
        double[] dp = [0.2, -0.1, 0.4, 1.0, -0.6, 0.3];
        double[] dv = [-0.5, 0.8, 0.1, 0.0, 0.7, -1.2];
        (double tangentValue, double tangent) = Composition.EnergyAlongTangent(p, dp, v, dv);
        double expected = 0;
        for (int i = 0; i < p.Length; i++)
        {
            expected += (pAdjoint[i] * dp[i]) + (vAdjoint[i] * dv[i]);
        }
        Approx.Equal(value, tangentValue, "EnergyAlongTangent value");
        Approx.Equal(expected, tangent, "EnergyAlongTangent vs Adjoint");
    }

    [Theory]
    [InlineData(new[] { 0.3, -0.8, 1.1, 0.5 })]
    [InlineData(new[] { 2.0, 0.1, -1.4 })]
    public void A_derivative_computed_in_a_loop_and_overwritten_has_the_right_gradient(double[] p)
    {
        // S = Σ f′(pᵢ)² + f′(p_last): ∂S/∂pᵢ = 2 f′(pᵢ) f″(pᵢ), plus f″ at the last point.
        var expected = new double[p.Length];
        for (int i = 0; i < p.Length; i++)
        {
            expected[i] = 2 * F1(p[i]) * F2(p[i]);
        }
        expected[^1] += F2(p[^1]);
        var adjoint = new double[p.Length];
        Composition.SlopePenaltyAdjoint(p, adjoint);
        Matrices.Equal(expected, adjoint, "∇ slope penalty");
        Matrices.Equal(FiniteDifferences.Gradient(Composition.SlopePenalty, p), adjoint, "∇ slope penalty vs differences",
            FiniteDifferences.Relative, 1e-7);
        double[] direction = new[] { 0.4, -1.0, 0.6, 0.3 }[..p.Length];
        double dot = 0;
        for (int i = 0; i < p.Length; i++)
        {
            dot += adjoint[i] * direction[i];
        }
        Approx.Equal(dot, Composition.SlopePenaltyTangent(p, direction).Tangent, "SlopePenaltyTangent vs Adjoint");
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(-1.2)]
    public void A_derivative_that_overwrites_its_own_argument_chains_the_second_derivatives(double x)
    {
        // x ← f′(x)/2 three times: the derivative is the product of f″(xₖ)/2 along the way.
        double expected = 1;
        double xk = x;
        for (int k = 0; k < 3; k++)
        {
            expected *= F2(xk) / 2;
            xk = F1(xk) / 2;
        }
        double adjoint = 0;
        Approx.Equal(xk, Composition.IteratedAdjoint(x, ref adjoint), "value");
        Approx.Equal(expected, adjoint, "Adjoint");
        Approx.Equal(expected, Composition.IteratedTangent(x, 1).Tangent, "Tangent");
    }

    [Fact]
    public void A_Jacobian_vector_product_returned_as_an_array_is_differentiated_in_both_modes()
    {
        double[] x = [0.7, -1.3];
        double[] v = [0.4, 2.0];
        // J·v = (x₁v₀ + x₀v₁, cos x₀·v₀ + 2x₁v₁).
        double[] jv = Composition.HAlong(x, v);
        Matrices.Equal([(x[1] * v[0]) + (x[0] * v[1]), (Math.Cos(x[0]) * v[0]) + (2 * x[1] * v[1])], jv, "J·v");

        // Its derivative along (dx, dv): (dx₁v₀ + x₁dv₀ + dx₀v₁ + x₀dv₁, −sin x₀·dx₀·v₀ + cos x₀·dv₀ + 2dx₁v₁ + 2x₁dv₁).
        double[] dx = [0.5, -0.25];
        double[] dv = [1.5, 0.75];
        double[] expected =
        [
            (dx[1] * v[0]) + (x[1] * dv[0]) + (dx[0] * v[1]) + (x[0] * dv[1]),
            (-Math.Sin(x[0]) * dx[0] * v[0]) + (Math.Cos(x[0]) * dv[0]) + (2 * dx[1] * v[1]) + (2 * x[1] * dv[1]),
        ];
        Matrices.Equal(expected, Composition.HAlongTangent(x, dx, v, dv).Tangent, "HAlongTangent");

        // Reverse with seed s: ⟨s, d(J·v)⟩ = ⟨xAdjoint, dx⟩ + ⟨vAdjoint, dv⟩.
        double[] s = [0.9, -0.6];
        var xAdjoint = new double[2];
        var vAdjoint = new double[2];
        Composition.HAlongAdjoint(x, xAdjoint, v, vAdjoint, s);
        double viaReverse = (xAdjoint[0] * dx[0]) + (xAdjoint[1] * dx[1]) + (vAdjoint[0] * dv[0]) + (vAdjoint[1] * dv[1]);
        Approx.Equal((s[0] * expected[0]) + (s[1] * expected[1]), viaReverse, "HAlongAdjoint vs forward");
    }
}
