using System;
using System.Linq;
using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>
/// Arrays made with their values (<c>new[] { … }</c>, <c>{ … }</c>, collection expressions, matrices) as locals,
/// arguments and results: both modes against closed forms and central differences, and at order 2.
/// </summary>
public sealed class ArrayInitializerTests
{
    [Theory]
    [InlineData(2.0, 0.3)]
    [InlineData(0.5, -2.5)]
    public void Polar_to_Cartesian_returned_as_made_has_the_closed_form_Jacobian_and_second_derivatives(double r, double t)
    {
        double[,] expected = { { Math.Cos(t), -r * Math.Sin(t) }, { Math.Sin(t), r * Math.Cos(t) } };
        for (int k = 0; k < 2; k++)
        {
            double rAdjoint = 0, tAdjoint = 0;
            double[] seed = k == 0 ? [1.0, 0.0] : [0.0, 1.0];
            Matrices.Equal(ArrayInitializers.PolarToCartesian(r, t), ArrayInitializers.PolarToCartesianAdjoint(r, ref rAdjoint, t, ref tAdjoint, seed), "Adjoint's value");
            Matrices.Equal(new[] { expected[k, 0], expected[k, 1] }, new[] { rAdjoint, tAdjoint }, $"row {k} by Adjoint");
        }
        double[] byR = ArrayInitializers.PolarToCartesianTangent(r, 1.0, t, 0.0).Tangent;
        double[] byT = ArrayInitializers.PolarToCartesianTangent(r, 0.0, t, 1.0).Tangent;
        Matrices.Equal(new[] { expected[0, 0], expected[1, 0], expected[0, 1], expected[1, 1] }, byR.Concat(byT).ToArray(), "columns by Tangent");
        double[,] numeric = FiniteDifferences.Jacobian(p => ArrayInitializers.PolarToCartesian(p[0], p[1]), [r, t]);
        Matrices.Equal(numeric, expected, "closed form vs central differences", FiniteDifferences.Relative, 1e-7);

        // Along v = (a, b): f''[v, v] = (−2ab sin t − r b² cos t, 2ab cos t − r b² sin t).
        (double a, double b) = (0.7, -0.4);
        double[] second = ArrayInitializers.PolarToCartesianTangentTangent(r, a, a, 0.0, t, b, b, 0.0).Tangent.Tangent;
        Matrices.Equal(new[] { (-2 * a * b * Math.Sin(t)) - (r * b * b * Math.Cos(t)), (2 * a * b * Math.Cos(t)) - (r * b * b * Math.Sin(t)) }, second, "TangentTangent");
        // The Hessian of s·f times v: s·f = r(s₀ cos t + s₁ sin t).
        (double s0, double s1) = (1.5, -0.5);
        double rA = 0, rAT = 0, tA = 0, tAT = 0;
        ArrayInitializers.PolarToCartesianAdjointTangent(r, a, ref rA, ref rAT, t, b, ref tA, ref tAT, [s0, s1], [0.0, 0.0]);
        double cross = (-s0 * Math.Sin(t)) + (s1 * Math.Cos(t));
        Matrices.Equal(new[] { cross * b, (cross * a) - (r * ((s0 * Math.Cos(t)) + (s1 * Math.Sin(t))) * b) }, new[] { rAT, tAT }, "AdjointTangent: H·v");
    }

    [Theory]
    [InlineData(0.8, -1.3)]
    [InlineData(-0.4, 2.1)]
    public void Weighted_sum_of_arrays_made_with_values_has_the_closed_form_gradient(double x0, double x1)
    {
        double[] x = [x0, x1];
        // 0.5·x₀x₁ + x₀ sin x₁ − 3
        var gradient = new double[2];
        ArrayInitializers.WeightedAdjoint(x, gradient);
        Matrices.Equal(new[] { (0.5 * x1) + Math.Sin(x1), (0.5 * x0) + (x0 * Math.Cos(x1)) }, gradient, "∇");
        OrderTwoChecks.AgreeWithDifferences(ArrayInitializers.Weighted, ArrayInitializers.WeightedAdjoint, ArrayInitializers.WeightedTangent, ArrayInitializers.WeightedAdjointTangent, x, "Weighted");
    }

    [Fact]
    public void Collection_expressions_as_a_local_and_as_the_result_have_the_closed_form_Jacobian()
    {
        double[] x = [0.6, -1.1];
        double e = Math.Exp(x[0]);
        // (x₀ + x₀x₁, 3x₀x₁, exp x₀)
        double[,] expected = { { 1 + x[1], x[0] }, { 3 * x[1], 3 * x[0] }, { e, 0 } };
        Matrices.Equal(expected, Derivatives.Jacobian(ArrayInitializers.CollectedTangent, x), "forward sweeps");
        Matrices.Equal(expected, Derivatives.Jacobian(ArrayInitializers.CollectedAdjoint, x, 3), "reverse sweeps");
        Matrices.Equal(expected, FiniteDifferences.Jacobian(ArrayInitializers.Collected, x), "central differences", FiniteDifferences.Relative, 1e-7);

        // Order 2 on s·f, s·f = s₀(x₀ + x₀x₁) + 3s₁x₀x₁ + s₂ exp x₀.
        double[] s = [0.5, -1.0, 2.0];
        double mixed = s[0] + (3 * s[1]);
        Matrices.Equal(new[,] { { s[2] * e, mixed }, { mixed, 0 } }, Derivatives.Hessian(OrderTwoChecks.Projected(ArrayInitializers.CollectedAdjointTangent, s), x), "Hessian of s·f");
        double[] v = [0.3, -0.2];
        Approx.Equal((s[2] * e * v[0] * v[0]) + (2 * mixed * v[0] * v[1]), OrderTwoChecks.Dot(s, ArrayInitializers.CollectedTangentTangent(x, v, v, [0.0, 0.0]).Tangent.Tangent), "s·f''[v, v]");
    }

    [Theory]
    [InlineData(1.2, -0.7, 0.4)]
    [InlineData(-2.0, 0.5, 3.0)]
    public void Determinant_of_a_matrix_made_with_values_has_the_exact_gradient_and_Hessian(double x0, double x1, double x2)
    {
        double[] x = [x0, x1, x2];
        var gradient = new double[3];
        Approx.Equal((x0 * x2) - (x1 * x1), ArrayInitializers.DeterminantAdjoint(x, gradient), "value");
        Matrices.Equal(new[] { x2, -2 * x1, x0 }, gradient, "∇ (x₀x₂ − x₁²)");
        Matrices.Equal(new[,] { { 0.0, 0, 1 }, { 0, -2, 0 }, { 1, 0, 0 } }, Derivatives.Hessian(ArrayInitializers.DeterminantAdjointTangent, x), "Hessian");
        OrderTwoChecks.AgreeWithDifferences(ArrayInitializers.Determinant, ArrayInitializers.DeterminantAdjoint, ArrayInitializers.DeterminantTangent, ArrayInitializers.DeterminantAdjointTangent, x, "Determinant");
    }

    [Fact]
    public void Arrays_made_where_they_are_passed_carry_their_derivatives_into_the_call()
    {
        double[] x = [0.3, -1.4, 0.8];
        var gradient = new double[3];
        ArrayInitializers.NormsAdjoint(x, gradient);
        double a = Math.Sqrt((x[0] * x[0]) + (x[1] * x[1])), b = Math.Sqrt((x[1] * x[1]) + (x[2] * x[2]) + 1);
        Matrices.Equal(new[] { x[0] / a, (x[1] / a) + (x[1] / b), x[2] / b }, gradient, "∇ (|(x₀, x₁)| + |(x₁, x₂, 1)|)");
        OrderTwoChecks.AgreeWithDifferences(ArrayInitializers.Norms, ArrayInitializers.NormsAdjoint, ArrayInitializers.NormsTangent, ArrayInitializers.NormsAdjointTangent, x, "Norms");
    }

    [Fact]
    public void Int_and_bool_arrays_made_with_values_are_read_passively()
    {
        double[] x = [0.9, -0.6, 1.7];
        var gradient = new double[3];
        // x₀x₂ + x₁²
        Approx.Equal((x[0] * x[2]) + (x[1] * x[1]), ArrayInitializers.PickedAdjoint(x, gradient), "value");
        Matrices.Equal(new[] { x[2], 2 * x[1], x[0] }, gradient, "∇");
        OrderTwoChecks.AgreeWithDifferences(ArrayInitializers.Picked, ArrayInitializers.PickedAdjoint, ArrayInitializers.PickedTangent, ArrayInitializers.PickedAdjointTangent, x, "Picked");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    public void A_time_stepper_that_remakes_its_state_from_the_old_one_matches_differences(int steps)
    {
        double[] x = [0.4, -0.9, 0.15];
        OrderTwoChecks.AgreeWithDifferences(p => ArrayInitializers.Oscillator(p, steps), (p, g, s) => ArrayInitializers.OscillatorAdjoint(p, g, steps, s),
            (p, v) => ArrayInitializers.OscillatorTangent(p, v, steps),
            (p, v, pA, pAT, s, sT) => ArrayInitializers.OscillatorAdjointTangent(p, v, pA, pAT, steps, s, sT), x, $"Oscillator, {steps} steps");
    }

    [Theory]
    [InlineData(0.3, 1.2, 0.2)]
    [InlineData(1.1, -0.8, 0.9)]
    public void Arrays_made_in_a_foreach_and_in_a_condition_have_the_closed_form_gradient(double x0, double x1, double x2)
    {
        double[] x = [x0, x1, x2];
        double c = Math.Cos(x2), s = (x0 * x0) + Math.Pow(x1, 4) + (c * c);
        bool scaled = Math.Sqrt((x0 * x0) + (x2 * x2)) > 1;
        double[] inner = [2 * x0, 4 * Math.Pow(x1, 3), -2 * c * Math.Sin(x2)];
        double[] expected = scaled ? [inner[0] * x1, (inner[1] * x1) + s, inner[2] * x1] : inner;
        var gradient = new double[3];
        ArrayInitializers.WalkedAdjoint(x, gradient);
        Matrices.Equal(expected, gradient, "∇");
        OrderTwoChecks.AgreeWithDifferences(ArrayInitializers.Walked, ArrayInitializers.WalkedAdjoint, ArrayInitializers.WalkedTangent, ArrayInitializers.WalkedAdjointTangent, x, "Walked");
    }
}
