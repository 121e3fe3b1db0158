using System;
using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>Deconstruction, tuple swaps and tuple locals, in both modes against closed forms and differences, and at order 2.</summary>
public sealed class TupleTests
{
    [Theory]
    [InlineData(1.3, 0.4)]
    [InlineData(0.7, -2.1)]
    public void SinCos_deconstructed_has_the_closed_form_gradient(double r, double theta)
    {
        double[] p = [r, theta];
        (double s, double c) = (Math.Sin(theta), Math.Cos(theta));
        double[] expected = [(c * c) + (2 * r * s), (-2 * r * c * s) + (r * r * c)];
        double[] gradient = new double[2];
        Approx.Equal(Tuples.Polar(p), Tuples.PolarAdjoint(p, gradient), "value");
        Matrices.Equal(expected, gradient, "Adjoint");
        Approx.Equal(expected[1], Tuples.PolarTangent(p, [0.0, 1.0]).Tangent, "Tangent along θ");
        OrderTwoChecks.AgreeWithDifferences(Tuples.Polar, Tuples.PolarAdjoint, Tuples.PolarTangent, Tuples.PolarAdjointTangent, p, "Polar");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5)]
    public void A_rotation_deconstructed_each_step_has_the_closed_form_gradient(int n)
    {
        double[] p = [0.8, -0.3, 0.9];
        double angle = n * p[2] / 2;
        // x + 2y after a rotation by angle: (cos + 2 sin)·x + (2 cos − sin)·y.
        double dAngle = ((-Math.Sin(angle) + (2 * Math.Cos(angle))) * p[0]) + ((-2 * Math.Sin(angle) - Math.Cos(angle)) * p[1]);
        double[] expected = [Math.Cos(angle) + (2 * Math.Sin(angle)), (2 * Math.Cos(angle)) - Math.Sin(angle), dAngle * n / 2];
        double[] gradient = new double[3];
        Tuples.RotatedAdjoint(p, gradient, n);
        Matrices.Equal(expected, gradient, $"Adjoint, {n} steps");
        Approx.Equal(expected[2], Tuples.RotatedTangent(p, [0.0, 0.0, 1.0], n).Tangent, "Tangent along φ");
        OrderTwoChecks.AgreeWithDifferences(q => Tuples.Rotated(q, n), (q, g, seed) => Tuples.RotatedAdjoint(q, g, n, seed), (q, v) => Tuples.RotatedTangent(q, v, n),
            (q, v, g, gv, seed, seedTangent) => Tuples.RotatedAdjointTangent(q, v, g, gv, n, seed, seedTangent), p, $"Rotated, {n} steps");
    }

    [Theory]
    [InlineData(0.3, 0)]
    [InlineData(0.3, 4)]
    [InlineData(-0.6, 7)]
    public void A_tuple_swap_recurrence_has_Chebyshevs_derivatives(double x, int n)
    {
        // T_m(cos θ) = cos mθ: T′ = m sin mθ / sin θ, T″ = (x T′ − m² T) / (1 − x²).
        int m = n + 1;
        double theta = Math.Acos(x);
        double value = Math.Cos(m * theta);
        double first = m * Math.Sin(m * theta) / Math.Sin(theta);
        double second = ((x * first) - (m * m * value)) / (1 - (x * x));
        ScalarChecks.AgreeWith(t => Tuples.Chebyshev(t, n), (double t, ref double a, double seed) => Tuples.ChebyshevAdjoint(t, ref a, n, seed),
            (t, v) => Tuples.ChebyshevTangent(t, v, n), (t, v2, v, vv) => Tuples.ChebyshevTangentTangent(t, v2, v, vv, n), x, first, second);
        double gradient = 0, hessian = 0;
        Tuples.ChebyshevAdjointTangent(x, 1.0, ref gradient, ref hessian, n);
        Approx.Equal(second, hessian, "AdjointTangent", 1e-10, 1e-10);
    }

    [Fact]
    public void A_named_tuple_local_has_the_variance_gradient()
    {
        double[] v = [0.5, -1.2, 2.0, 0.1];
        double mean = (v[0] + v[1] + v[2] + v[3]) / 4;
        double[] expected = new double[4];
        for (int i = 0; i < 4; i++)
        {
            expected[i] = 2 * (v[i] - mean) / 4;
        }
        double[] gradient = new double[4];
        Approx.Equal(Tuples.Variance(v), Tuples.VarianceAdjoint(v, gradient), "value");
        Matrices.Equal(expected, gradient, "Adjoint", 1e-12, 1e-14);
        OrderTwoChecks.AgreeWithDifferences(Tuples.Variance, Tuples.VarianceAdjoint, Tuples.VarianceTangent, Tuples.VarianceAdjointTangent, v, "Variance");
    }

    [Fact]
    public void Elements_swapped_by_tuples_carry_their_derivatives_where_they_go()
    {
        double[] x = [0.9, -0.4, 1.7, 0.2];
        // Sorted: -0.4, 0.2, 0.9, 1.7 with weights 1..4: ∂/∂x = 2·w·x at each element's place.
        double[] expected = [2 * 3 * 0.9, 2 * 1 * -0.4, 2 * 4 * 1.7, 2 * 2 * 0.2];
        double[] gradient = new double[4];
        Tuples.SortedWeightsAdjoint(x, gradient);
        Matrices.Equal(expected, gradient, "Adjoint");
        OrderTwoChecks.AgreeWithDifferences(Tuples.SortedWeights, Tuples.SortedWeightsAdjoint, Tuples.SortedWeightsTangent, Tuples.SortedWeightsAdjointTangent, x, "SortedWeights");
    }

    [Fact]
    public void Elements_of_tuple_values_and_discards_agree_with_differences()
    {
        double[] p = [0.6, 1.4];
        OrderTwoChecks.AgreeWithDifferences(Tuples.Elements, Tuples.ElementsAdjoint, Tuples.ElementsTangent, Tuples.ElementsAdjointTangent, p, "Elements");
        double[] expected = [(-Math.Sin(0.6) * 1.4) - (1.4 * Math.Sin(0.6 * 1.4)), Math.Cos(0.6) - (0.6 * Math.Sin(0.6 * 1.4))];
        double[] gradient = new double[2];
        Tuples.ElementsAdjoint(p, gradient);
        Matrices.Equal(expected, gradient, "Adjoint");
    }
}
