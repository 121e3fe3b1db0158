using System;
using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>Array.Copy, CopyTo, Clear, Fill and Resize, in both modes against closed forms and differences, and at order 2.</summary>
public sealed class ArrayLibraryTests
{
    private static readonly double[] Point = [0.7, -1.3, 0.4, 1.1];

    [Fact]
    public void A_copied_prefix_has_the_closed_form_gradient()
    {
        double[] x = Point;
        int n = x.Length;
        double[] expected = new double[n];
        for (int i = 0; i < n; i++)
        {
            expected[i] = 2 * (i + 1) * x[i];
        }
        expected[0] += 2 * (n + 1) * x[0] * x[1] * x[1];
        expected[1] += 2 * (n + 1) * x[0] * x[0] * x[1];
        AgreesWith(ArrayLibrary.CopiedPrefix, ArrayLibrary.CopiedPrefixAdjoint, ArrayLibrary.CopiedPrefixTangent, ArrayLibrary.CopiedPrefixAdjointTangent, expected, "CopiedPrefix");
    }

    [Fact]
    public void A_filled_then_copied_array_has_the_closed_form_gradient()
    {
        double[] x = Point;
        double[] expected = [9 * Math.Cos(x[0]), 3 * Math.Cos(x[1]), 4 * Math.Cos(x[2]), 5 * Math.Cos(x[3])];
        Approx.Equal(expected[2], ArrayLibrary.FilledThenCopiedTangent(x, [0.0, 0.0, 1.0, 0.0]).Tangent, "Tangent along x₂");
        AgreesWith(ArrayLibrary.FilledThenCopied, ArrayLibrary.FilledThenCopiedAdjoint, ArrayLibrary.FilledThenCopiedTangent, ArrayLibrary.FilledThenCopiedAdjointTangent, expected, "FilledThenCopied");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(6)]
    public void A_shift_within_one_array_agrees_with_differences(int steps) =>
        OrderTwoChecks.AgreeWithDifferences(x => ArrayLibrary.Shifted(x, steps), (x, g, seed) => ArrayLibrary.ShiftedAdjoint(x, g, steps, seed),
            (x, v) => ArrayLibrary.ShiftedTangent(x, v, steps), (x, v, g, gv, seed, seedTangent) => ArrayLibrary.ShiftedAdjointTangent(x, v, g, gv, steps, seed, seedTangent),
            Point, $"Shifted, {steps} steps");

    [Fact]
    public void A_shift_moves_the_elements_as_the_library_does()
    {
        // One step, with the library itself: the companions must move the elements the same way.
        double[] a = (double[])Point.Clone();
        Array.Copy(a, 0, a, 1, a.Length - 1);
        a[0] = Math.Sin(a[1]) * a[a.Length - 1];
        double expected = 0;
        for (int i = 0; i < a.Length; i++)
        {
            expected += (i + 1) * a[i] * a[i];
        }
        Approx.Equal(expected, ArrayLibrary.ShiftedTangent(Point, new double[4], 1).Value, "Tangent's value");
        Approx.Equal(expected, ArrayLibrary.ShiftedAdjoint(Point, new double[4], 1), "Adjoint's value");
    }

    [Fact]
    public void CopyTo_agrees_with_differences() =>
        OrderTwoChecks.AgreeWithDifferences(ArrayLibrary.CopiedTo, ArrayLibrary.CopiedToAdjoint, ArrayLibrary.CopiedToTangent, ArrayLibrary.CopiedToAdjointTangent, Point, "CopiedTo");

    [Fact]
    public void An_accumulator_cleared_each_round_has_the_closed_form_gradient()
    {
        double[] x = Point;
        double[] expected = [0, 28 * x[1], 28 * x[2], 28 * x[3]];
        Approx.Equal(28 * x[3], ArrayLibrary.ClearedEachRoundTangent(x, [0.0, 0.0, 0.0, 1.0]).Tangent, "Tangent along x₃");
        AgreesWith(ArrayLibrary.ClearedEachRound, ArrayLibrary.ClearedEachRoundAdjoint, ArrayLibrary.ClearedEachRoundTangent, ArrayLibrary.ClearedEachRoundAdjointTangent, expected, "ClearedEachRound");
    }

    [Fact]
    public void Fill_with_values_of_the_inputs_has_the_closed_form_gradient()
    {
        double[] x = Point;
        // w = (p, s, s, p, p + x₁) with p = x₀x₁, s = sin x₂: f = p² + 5s² + 4p² + 5(p + x₁)².
        double p = x[0] * x[1], s = Math.Sin(x[2]);
        double dp = (10 * p) + (10 * (p + x[1]));
        double[] expected = [dp * x[1], (dp * x[0]) + (10 * (p + x[1])), 10 * s * Math.Cos(x[2]), 0];
        AgreesWith(ArrayLibrary.FilledWithInputs, ArrayLibrary.FilledWithInputsAdjoint, ArrayLibrary.FilledWithInputsTangent, ArrayLibrary.FilledWithInputsAdjointTangent, expected, "FilledWithInputs");
    }

    [Fact]
    public void A_cleared_matrix_has_the_closed_form_gradient()
    {
        double[] x = Point;
        // (x₀x₁ + x₁)² + x₀².
        double b = (x[0] * x[1]) + x[1];
        double[] expected = [(2 * b * x[1]) + (2 * x[0]), 2 * b * (x[0] + 1), 0, 0];
        AgreesWith(ArrayLibrary.ClearedMatrix, ArrayLibrary.ClearedMatrixAdjoint, ArrayLibrary.ClearedMatrixTangent, ArrayLibrary.ClearedMatrixAdjointTangent, expected, "ClearedMatrix");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4)]
    public void Resize_agrees_with_differences(int grow)
    {
        double[] x = [0.7, -1.3];
        // a = (x₀, x₁, x₀x₁ if it grew, else 0): x₀ + 2x₁ + 3x₀x₁ when it grew.
        double[] expected = grow > 0 ? [1 + (3 * x[1]), 2 + (3 * x[0])] : [1, 2];
        double[] gradient = new double[2];
        Approx.Equal(ArrayLibrary.Resized(x, grow), ArrayLibrary.ResizedAdjoint(x, gradient, grow), "value");
        Matrices.Equal(expected, gradient, $"Adjoint, grown by {grow}");
        OrderTwoChecks.AgreeWithDifferences(p => ArrayLibrary.Resized(p, grow), (p, g, seed) => ArrayLibrary.ResizedAdjoint(p, g, grow, seed),
            (p, v) => ArrayLibrary.ResizedTangent(p, v, grow), (p, v, g, gv, seed, seedTangent) => ArrayLibrary.ResizedAdjointTangent(p, v, g, gv, grow, seed, seedTangent),
            x, $"Resized, grown by {grow}");
    }

    [Theory]
    [InlineData(4)]
    [InlineData(-1)]
    public void A_copy_that_does_not_fit_throws_what_the_library_throws(int n)
    {
        double[] x = Point;
        Type thrown = Assert.ThrowsAny<ArgumentException>(() => ArrayLibrary.CopiedCount(x, n)).GetType();
        Assert.IsType(thrown, Assert.ThrowsAny<ArgumentException>(() => ArrayLibrary.CopiedCountAdjoint(x, new double[4], n)));
        Assert.IsType(thrown, Assert.ThrowsAny<ArgumentException>(() => ArrayLibrary.CopiedCountTangent(x, new double[4], n)));
    }

    [Fact]
    public void A_copy_that_fits_has_the_closed_form_gradient()
    {
        double[] x = Point;
        double[] gradient = new double[4];
        ArrayLibrary.CopiedCountAdjoint(x, gradient, 3);
        Matrices.Equal([x[1], x[0], 1, 0], gradient, "Adjoint");
        Approx.Equal(x[0], ArrayLibrary.CopiedCountTangent(x, [0.0, 1.0, 0.0, 0.0], 3).Tangent, "Tangent along x₁");
    }
    /// <summary>The Adjoint's gradient at <see cref="Point"/> against <paramref name="expected"/>, then every companion against differences and each other.</summary>
    private static void AgreesWith(Func<double[], double> f, ScalarAdjoint adjoint, ScalarTangent tangent, ScalarAdjointTangent adjointTangent, double[] expected, string what)
    {
        double[] gradient = new double[Point.Length];
        Approx.Equal(f(Point), adjoint(Point, gradient, 1.0), $"{what}: value");
        Matrices.Equal(expected, gradient, $"{what}: Adjoint");
        OrderTwoChecks.AgreeWithDifferences(f, adjoint, tangent, adjointTangent, Point, what);
    }
}
