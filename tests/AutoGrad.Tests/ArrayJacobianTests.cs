using System;
using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>
/// Jacobians of array-returning methods, built by forward sweeps (one Tangent call per input) and by
/// reverse sweeps (one Adjoint call per output), against closed forms, central differences and each
/// other; seeded adjoints (Jᵀs) and tangents (J·v); elementwise derivatives.
/// </summary>
public sealed class ArrayJacobianTests
{
    [Theory]
    [InlineData(2.0, 0.3)]
    [InlineData(0.5, -2.5)]
    [InlineData(1.7, Math.PI)]
    public void Polar_to_Cartesian_Jacobian_is_the_rotation_scaled_by_r_in_its_second_column(double r, double theta)
    {
        double[] p = { r, theta };
        double[,] expected =
        {
            { Math.Cos(theta), -r * Math.Sin(theta) },
            { Math.Sin(theta), r * Math.Cos(theta) },
        };
        AssertBothSweeps(ArraysMaps.PolarToCartesian, ArraysMaps.PolarToCartesianTangent, ArraysMaps.PolarToCartesianAdjoint, p, expected);
        Approx.Equal(r, Determinant2(Derivatives.Jacobian(ArraysMaps.PolarToCartesianTangent, p)), "det J = r");
    }

    [Theory]
    [InlineData(0.3, -1.2, 0.7, 2.0)]
    [InlineData(-1.5, 0.4, 2.2, -0.6)]
    public void Nonlinear_3x4_Jacobian_matches_its_closed_form(double x0, double x1, double x2, double x3)
    {
        double[] x = { x0, x1, x2, x3 };
        double q = 1 + (x0 * x0);
        double e = Math.Exp(x1 - x3);
        double[,] expected =
        {
            { x1, x0, Math.Cos(x2), 0 },
            { 2 * x0, e, 0, -e },
            { -2 * x0 * x2 * x3 / (q * q), 0, x3 / q, x2 / q },
        };
        AssertBothSweeps(ArraysMaps.Nonlinear3x4, ArraysMaps.Nonlinear3x4Tangent, ArraysMaps.Nonlinear3x4Adjoint, x, expected);
    }

    [Fact]
    public void Auto_mode_takes_the_fewer_companion_calls()
    {
        int tangentCalls = 0;
        int adjointCalls = 0;
        VectorTangent tangent = (x, v) => { tangentCalls++; return ArraysMaps.Nonlinear3x4Tangent(x, v); };
        VectorAdjoint adjoint = (x, a, s) => { adjointCalls++; return ArraysMaps.Nonlinear3x4Adjoint(x, a, s); };
        double[] point = { 0.3, -1.2, 0.7, 2.0 };

        // n = 4 > m = 3: one Tangent call to learn m, then three Adjoint calls.
        double[,] auto = Derivatives.Jacobian(tangent, adjoint, point);
        Assert.Equal((1, 3), (tangentCalls, adjointCalls));

        tangentCalls = adjointCalls = 0;
        double[,] forward = Derivatives.Jacobian(tangent, adjoint, point, JacobianMode.Forward);
        Assert.Equal((4, 0), (tangentCalls, adjointCalls));
        Matrices.Equal(forward, auto, "Auto (reverse) vs forced forward");

        // n = 2 = m for the polar map: forward, and no Adjoint call at all.
        int polarAdjointCalls = 0;
        Derivatives.Jacobian(
            ArraysMaps.PolarToCartesianTangent,
            (x, a, s) => { polarAdjointCalls++; return ArraysMaps.PolarToCartesianAdjoint(x, a, s); },
            new[] { 1.0, 0.5 });
        Assert.Equal(0, polarAdjointCalls);
    }

    [Fact]
    public void Vector_adjoint_adds_J_transpose_seed_into_a_pre_filled_adjoint()
    {
        double[] x = { 0.3, -1.2, 0.7, 2.0 };
        double[] seed = { 0.5, -2.0, 1.5 };
        double[,] j = FiniteDifferences.Jacobian(ArraysMaps.Nonlinear3x4, x);
        double[] adjoint = { 1.0, -1.0, 0.25, 3.0 };
        var before = (double[])adjoint.Clone();

        ArraysMaps.Nonlinear3x4Adjoint(x, adjoint, seed);

        double[] jts = Matrices.MultiplyTransposed(j, seed);
        for (int i = 0; i < x.Length; i++)
        {
            Approx.Equal(before[i] + jts[i], adjoint[i], $"adjoint[{i}] = before + (Jᵀs)[{i}]", FiniteDifferences.Relative, 1e-7);
        }
        Assert.Equal(new[] { 0.5, -2.0, 1.5 }, seed);
    }

    [Fact]
    public void Vector_tangent_is_J_times_v_and_agrees_with_the_adjoint_by_duality()
    {
        double[] x = { -1.5, 0.4, 2.2, -0.6 };
        double[] v = { 0.7, -1.3, 0.4, 2.1 };
        double[] s = { -0.9, 1.6, -0.3 };
        (double[] value, double[] jv) = ArraysMaps.Nonlinear3x4Tangent(x, v);
        Matrices.Equal(ArraysMaps.Nonlinear3x4(x), value, "value returned by Tangent");
        Matrices.Equal(Matrices.Multiply(FiniteDifferences.Jacobian(ArraysMaps.Nonlinear3x4, x), v), jv, "J·v", FiniteDifferences.Relative, 1e-7);

        // ⟨s, J·v⟩ = ⟨Jᵀs, v⟩: forward and reverse mode are transposes of one linear map.
        var jts = new double[4];
        ArraysMaps.Nonlinear3x4Adjoint(x, jts, s);
        Approx.Equal(Vectors.Dot(s, jv), Vectors.Dot(jts, v), "⟨s, Jv⟩ vs ⟨Jᵀs, v⟩");
    }

    [Fact]
    public void Jacobian_of_an_elementwise_map_is_diagonal_and_its_diagonal_is_the_elementwise_derivative()
    {
        double[] x = { -2.0, -0.5, 0.0, 0.3, 1.0, 4.0 };
        double[,] forward = Derivatives.Jacobian(ArraysMaps.SoftplusTangent, x);
        double[,] reverse = Derivatives.Jacobian(ArraysMaps.SoftplusAdjoint, x, x.Length);
        Matrices.Equal(forward, reverse, "Softplus Jacobian, forward vs reverse");
        double[] elementwise = Derivatives.Elementwise(ArraysMaps.SoftplusTangent, x);
        for (int i = 0; i < x.Length; i++)
        {
            for (int j = 0; j < x.Length; j++)
            {
                if (i != j)
                {
                    Assert.True(forward[i, j] == 0.0, $"J[{i}, {j}] = {forward[i, j]}; an elementwise map has a diagonal Jacobian");
                }
            }
            double logistic = 1 / (1 + Math.Exp(-x[i]));
            Approx.Equal(logistic, forward[i, i], $"J[{i}, {i}] = logistic(x)");
            Approx.Equal(forward[i, i], elementwise[i], $"Elementwise[{i}] vs J[{i}, {i}]");
        }
    }

    [Fact]
    public void Elementwise_derivative_of_sin_2pi_x_plus_x_squared_on_a_linspace()
    {
        double[] x = Vectors.Linspace(0, 1, 101);
        double[] derivative = Derivatives.Elementwise(ArraysMaps.SinWaveTangent, x);
        for (int i = 0; i < x.Length; i++)
        {
            double expected = Math.Cos((2 * Math.PI * x[i]) + (x[i] * x[i])) * ((2 * Math.PI) + (2 * x[i]));
            Approx.Equal(expected, derivative[i], $"d/dx sin(2πx + x²) at x = {x[i]}", Approx.Tight, 1e-14);
        }
    }

    [Fact]
    public void GradientCheck_passes_a_generated_Jacobian_and_names_the_wrong_element_of_a_spoiled_one()
    {
        double[] x = { 0.3, -1.2, 0.7, 2.0 };
        double[,] jacobian = Derivatives.Jacobian(ArraysMaps.Nonlinear3x4Tangent, ArraysMaps.Nonlinear3x4Adjoint, x);

        JacobianCheckReport report = GradientCheck.Jacobian(ArraysMaps.Nonlinear3x4, jacobian, x).EnsurePassed();
        Assert.Equal((3, 4), (report.Rows, report.Columns));
        Assert.Equal(12, report.Entries.Count);
        Assert.True(report.MaxRelativeError < 1e-8, report.ToString());
        Matrices.Equal(jacobian, GradientCheck.NumericJacobian(ArraysMaps.Nonlinear3x4, x), "NumericJacobian", 1e-8, 1e-9);

        jacobian[2, 1] += 1e-3; // ∂y₂/∂x₁ is 0: the spoiled entry is the only one off
        JacobianCheckReport spoiled = GradientCheck.Jacobian(ArraysMaps.Nonlinear3x4, jacobian, x);
        Assert.False(spoiled.Passed);
        Assert.NotNull(spoiled.Worst);
        Assert.Equal((2, 1), (spoiled.Worst!.Row, spoiled.Worst.Column));
        Assert.Single(spoiled.Entries, e => !e.Passed);
        var thrown = Assert.Throws<JacobianCheckException>(() => spoiled.EnsurePassed());
        Assert.Contains("dy[2]/dx[1]", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("FAIL", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GradientCheck_rejects_a_Jacobian_of_the_wrong_shape_naming_both_shapes()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            GradientCheck.Jacobian(ArraysMaps.Nonlinear3x4, new double[4, 3], new[] { 0.3, -1.2, 0.7, 2.0 }));
        Assert.Equal("jacobian", e.ParamName);
        Assert.Contains("4×3", e.Message, StringComparison.Ordinal);
        Assert.Contains("3×4", e.Message, StringComparison.Ordinal);
    }

    /// <summary>Forward and reverse sweeps each against the closed form and central differences, and against each other.</summary>
    private static void AssertBothSweeps(Func<double[], double[]> f, VectorTangent tangent, VectorAdjoint adjoint, double[] x, double[,] expected)
    {
        int m = expected.GetLength(0);
        double[,] forward = Derivatives.Jacobian(tangent, x);
        double[,] reverse = Derivatives.Jacobian(adjoint, x, m);
        double[,] numeric = FiniteDifferences.Jacobian(f, x);

        Matrices.Equal(expected, forward, "forward sweeps vs closed form");
        Matrices.Equal(expected, reverse, "reverse sweeps vs closed form");
        Matrices.Equal(forward, reverse, "forward vs reverse sweeps");
        Matrices.Equal(numeric, forward, "forward sweeps vs central differences", FiniteDifferences.Relative, 1e-7);
        Matrices.Equal(numeric, reverse, "reverse sweeps vs central differences", FiniteDifferences.Relative, 1e-7);
        Matrices.Equal(forward, Derivatives.Jacobian(tangent, adjoint, x, JacobianMode.Reverse), "forced reverse");
        Matrices.Equal(forward, Derivatives.Jacobian(tangent, adjoint, x), "Auto");
    }

    private static double Determinant2(double[,] a) => (a[0, 0] * a[1, 1]) - (a[0, 1] * a[1, 0]);
}
