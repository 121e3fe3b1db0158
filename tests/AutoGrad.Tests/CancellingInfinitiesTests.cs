using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>
/// Infinite adjoints that reach an input along two paths and cancel (∞ − ∞ = NaN in the reverse sweep) are
/// recomputed by the Adjoint in forward mode, so both modes give the derivative of what remains; and a zero
/// factor absorbs a NaN derivative in forward mode as the reverse sweep's zero adjoint skips it.
/// </summary>
public sealed class CancellingInfinitiesTests
{
    [Fact]
    public void A_vector_input_gets_the_derivative_forward_mode_gives()
    {
        double x = 1.5;
        double[] w = [2.0, -0.7];
        double xAdjoint = 0.0;
        var wAdjoint = new double[2];
        Approx.Equal(x * w[1], CancellingInfinities.VectorAdjoint(x, ref xAdjoint, w, wAdjoint), "value");
        Approx.Equal(w[1], xAdjoint, "∂/∂x");
        Matrices.Equal(new[] { 0.0, x }, wAdjoint, "∂/∂w");
        Approx.Equal((w[1] * 0.3) + (x * -1.1), CancellingInfinities.VectorTangent(x, 0.3, w, [4.0, -1.1]).Tangent, "Tangent");
    }

    [Fact]
    public void Recomputed_entries_add_seed_times_derivative_to_what_the_adjoints_held()
    {
        double x = 1.5;
        double[] w = [2.0, -0.7];
        double xAdjoint = 5.0;
        double[] wAdjoint = [10.0, 20.0];
        CancellingInfinities.VectorAdjoint(x, ref xAdjoint, w, wAdjoint, seed: 3.0);
        Approx.Equal(5.0 + (3.0 * w[1]), xAdjoint, "∂/∂x");
        Matrices.Equal(new[] { 10.0, 20.0 + (3.0 * x) }, wAdjoint, "∂/∂w");
    }

    [Fact]
    public void An_entry_that_held_NaN_before_stays_NaN()
    {
        double xAdjoint = 0.0;
        double[] wAdjoint = [double.NaN, 0.0];
        CancellingInfinities.VectorAdjoint(1.5, ref xAdjoint, [2.0, -0.7], wAdjoint);
        Assert.True(double.IsNaN(wAdjoint[0]), "the caller's NaN is kept");
        Approx.Equal(1.5, wAdjoint[1], "∂/∂w₁");
    }

    [Fact]
    public void A_matrix_input_is_recomputed_entry_by_entry()
    {
        double x = 0.5;
        double[,] m = { { 1.0, 3.0 }, { -2.0, 4.0 } };
        double xAdjoint = 0.0;
        var mAdjoint = new double[2, 2];
        CancellingInfinities.MatrixAdjoint(x, ref xAdjoint, m, mAdjoint);
        Approx.Equal(m[1, 0], xAdjoint, "∂/∂x");
        Matrices.Equal(new[,] { { 0.0, 0.0 }, { x, 0.0 } }, mAdjoint, "∂/∂m");
        Approx.Equal(m[1, 0] + (x * 2.0), CancellingInfinities.MatrixTangent(x, 1.0, m, new[,] { { 7.0, 7.0 }, { 2.0, 7.0 } }).Tangent, "Tangent");
    }

    [Fact]
    public void A_jagged_input_is_recomputed_entry_by_entry()
    {
        double x = 0.5;
        double[][] rows = [[1.0, 0.25], [4.0]];
        double xAdjoint = 0.0;
        double[][] rowsAdjoint = [new double[2], new double[1]];
        CancellingInfinities.JaggedAdjoint(x, ref xAdjoint, rows, rowsAdjoint);
        Approx.Equal(rows[0][1], xAdjoint, "∂/∂x");
        Matrices.Equal(new[] { 0.0, x }, rowsAdjoint[0], "∂/∂rows[0]");
        Matrices.Equal(new[] { 0.0 }, rowsAdjoint[1], "∂/∂rows[1]");
    }

    [Fact]
    public void An_array_result_weighs_the_recomputed_tangent_by_its_seed()
    {
        double x = 0.5;
        double y = 2.0;
        double xAdjoint = 0.0;
        double yAdjoint = 0.0;
        double[] value = CancellingInfinities.PairAdjoint(x, ref xAdjoint, y, ref yAdjoint, [2.0, 5.0]);
        Matrices.Equal(new[] { x * y, 3.0 * x }, value, "value");
        Approx.Equal((2.0 * y) + (5.0 * 3.0), xAdjoint, "∂/∂x");
        Approx.Equal(2.0 * x, yAdjoint, "∂/∂y");
    }

    [Fact]
    public void A_NaN_tangent_meeting_a_zero_partial_contributes_nothing_in_either_mode()
    {
        double x = 0.8;
        double[] w = [-1.0, 3.0];
        double xAdjoint = 0.0;
        var wAdjoint = new double[2];
        Approx.Equal(2.0 * x, CancellingInfinities.VanishingPowerAdjoint(x, ref xAdjoint, w, wAdjoint), "value: (1 + x²)^−∞ = 0");
        // Near the point f is 2x whatever w: central differences give the same.
        Approx.Equal(2.0, xAdjoint, "∂/∂x");
        Matrices.Equal(new[] { 0.0, 0.0 }, wAdjoint, "∂/∂w");
        Approx.Equal(2.0, CancellingInfinities.VanishingPowerTangent(x, 1.0, w, [0.0, 0.0]).Tangent, "Tangent along x");
        Approx.Equal(2.0 * 0.5, CancellingInfinities.VanishingPowerTangent(x, 0.5, w, [0.3, -0.2]).Tangent, "Tangent along x and w");
    }
}
