using System;
using System.Linq;
using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>
/// Double buffering: two local arrays swapped after each step, with <c>(a, b) = (b, a)</c> or through a temporary,
/// in both modes and at order 2, against the same stepper that copies, closed forms and central differences.
/// </summary>
public sealed class ArraySwapTests
{
    private static readonly double[] U0 = [0.4, -0.3, 0.9, 0.2];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(5)]
    public void A_heat_stepper_that_swaps_its_buffers_has_the_derivatives_of_the_one_that_copies(int steps)
    {
        double[] p = [.. U0, 0.2];
        Func<double[], double> heat = q => ArraySwaps.Heat(q[..^1], q[^1], steps);
        ScalarAdjoint adjoint = (q, g, seed) =>
        {
            var uAdjoint = new double[q.Length - 1];
            double rAdjoint = 0;
            double value = ArraySwaps.HeatAdjoint(q[..^1], uAdjoint, q[^1], ref rAdjoint, steps, seed);
            Accumulate(g, [.. uAdjoint, rAdjoint]);
            return value;
        };
        ScalarTangent tangent = (q, v) => ArraySwaps.HeatTangent(q[..^1], v[..^1], q[^1], v[^1], steps);
        ScalarAdjointTangent adjointTangent = (q, v, g, gv, seed, seedTangent) =>
        {
            double[] uAdjoint = new double[q.Length - 1], uAdjointTangent = new double[q.Length - 1];
            double rAdjoint = 0, rAdjointTangent = 0;
            (double value, double derivative) = ArraySwaps.HeatAdjointTangent(q[..^1], v[..^1], uAdjoint, uAdjointTangent, q[^1], v[^1], ref rAdjoint, ref rAdjointTangent, steps, seed, seedTangent);
            Accumulate(g, [.. uAdjoint, rAdjoint]);
            Accumulate(gv, [.. uAdjointTangent, rAdjointTangent]);
            return (value, derivative);
        };
        OrderTwoChecks.AgreeWithDifferences(heat, adjoint, tangent, adjointTangent, p, $"Heat, {steps} steps");

        var swapped = new double[U0.Length];
        var copied = new double[U0.Length];
        double rSwapped = 0, rCopied = 0;
        Approx.Equal(ArraySwaps.HeatCopiedAdjoint(U0, copied, 0.2, ref rCopied, steps), ArraySwaps.HeatAdjoint(U0, swapped, 0.2, ref rSwapped, steps), "value");
        Matrices.Equal([.. copied, rCopied], [.. swapped, rSwapped], "gradient: swapped vs copied", Approx.Tight, 1e-14);
        double[] v = [0.3, -1.0, 0.5, 0.8];
        Approx.Equal(ArraySwaps.HeatCopiedTangent(U0, v, 0.2, -0.4, steps).Tangent, ArraySwaps.HeatTangent(U0, v, 0.2, -0.4, steps).Tangent, "Tangent: swapped vs copied", Approx.Tight, 1e-14);
    }

    [Fact]
    public void One_sweep_swapped_through_a_temporary_has_the_closed_form_Jacobian()
    {
        double[] x = [0.7, -0.2, 1.3];
        int n = x.Length;
        // yᵢ = sin xᵢ · xᵢ₊₁ + xᵢ/2, indices mod n.
        var expected = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            expected[i, i] = (Math.Cos(x[i]) * x[(i + 1) % n]) + 0.5;
            expected[i, (i + 1) % n] += Math.Sin(x[i]);
        }
        Matrices.Equal(expected, Derivatives.Jacobian((p, v) => ArraySwaps.RelaxTangent(p, v, 1), x), "forward sweeps");
        Matrices.Equal(expected, Derivatives.Jacobian((p, a, s) => ArraySwaps.RelaxAdjoint(p, a, 1, s), x, n), "reverse sweeps");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Sweeps_swapped_through_a_temporary_match_differences_in_both_modes_and_at_order_2(int sweeps)
    {
        double[] x = [0.7, -0.2, 1.3];
        double[,] forward = Derivatives.Jacobian((p, v) => ArraySwaps.RelaxTangent(p, v, sweeps), x);
        Matrices.Equal(forward, Derivatives.Jacobian((p, a, s) => ArraySwaps.RelaxAdjoint(p, a, sweeps, s), x, x.Length), "forward vs reverse", Approx.Tight, 1e-14);
        Matrices.Equal(FiniteDifferences.Jacobian(p => ArraySwaps.Relax(p, sweeps), x), forward, "central differences", FiniteDifferences.Relative, 1e-7);
        Matrices.Equal(ArraySwaps.Relax(x, sweeps), ArraySwaps.RelaxAdjoint(x, new double[3], sweeps, [1.0, 0.0, 0.0]), "Adjoint's value");

        double[] s = [0.5, -1.0, 2.0];
        ScalarAdjointTangent projected = OrderTwoChecks.Projected((p, v, a, av, seed, seedTangent) => ArraySwaps.RelaxAdjointTangent(p, v, a, av, sweeps, seed, seedTangent), s);
        HessianChecks.AgreeWithDifferences(projected, (p, g) => OrderTwoChecks.Dot(s, ArraySwaps.RelaxAdjoint(p, g, sweeps, s)), x, $"s·Relax, {sweeps} sweeps");
    }

    [Theory]
    [InlineData(0.3, 1.2, -0.5, 3)]
    [InlineData(1.5, 0.2, 0.8, 3)]
    [InlineData(-0.7, 0.9, 1.1, 4)]
    public void Matrices_swapped_on_a_condition_have_the_derivatives_of_the_swaps_made(double x0, double x1, double x2, int steps)
    {
        OrderTwoChecks.AgreeWithDifferences(p => ArraySwaps.SortedRows(p, steps), (p, g, seed) => ArraySwaps.SortedRowsAdjoint(p, g, steps, seed),
            (p, v) => ArraySwaps.SortedRowsTangent(p, v, steps), (p, v, a, av, seed, seedTangent) => ArraySwaps.SortedRowsAdjointTangent(p, v, a, av, steps, seed, seedTangent),
            [x0, x1, x2], $"SortedRows at ({x0}, {x1}, {x2})");
    }

    private static void Accumulate(double[] into, double[] values)
    {
        for (int i = 0; i < into.Length; i++)
        {
            into[i] += values[i];
        }
    }
}
