using System;
using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>++ and -- inside expressions and loop conditions, indices from the end and slices, in both modes and at order 2.</summary>
public sealed class SideEffectTests
{
    private static readonly double[] Ts = [0.0, 0.5, 1.0, 1.5];

    [Fact]
    public void Parameters_unpacked_with_p_plus_plus_have_the_closed_form_gradient()
    {
        double[] theta = [0.7, -0.4, 0.3];
        double[] expected = new double[3];
        foreach (double t in Ts)
        {
            double e = Math.Exp(theta[1] * t);
            double r = (theta[0] * e) + theta[2] - 1.0;
            expected[0] += 2 * r * e;
            expected[1] += 2 * r * theta[0] * t * e;
            expected[2] += 2 * r;
        }
        double[] gradient = new double[3];
        Approx.Equal(SideEffects.Fit(theta, Ts), SideEffects.FitAdjoint(theta, gradient, Ts), "value");
        Matrices.Equal(expected, gradient, "Adjoint");
        Approx.Equal(expected[1], SideEffects.FitTangent(theta, [0.0, 1.0, 0.0], Ts).Tangent, "Tangent along b");
        OrderTwoChecks.AgreeWithDifferences(q => SideEffects.Fit(q, Ts), (q, g, seed) => SideEffects.FitAdjoint(q, g, Ts, seed), (q, v) => SideEffects.FitTangent(q, v, Ts),
            (q, v, g, gv, seed, seedTangent) => SideEffects.FitAdjointTangent(q, v, g, gv, Ts, seed, seedTangent), theta, "Fit");
    }

    [Fact]
    public void A_read_before_a_prefix_increment_in_the_same_statement_reads_the_old_value()
    {
        double[] x = [0.5, -1.5, 2.0, 0.25];
        double[] expected = new double[4];
        for (int i = 0; i < 4; i++)
        {
            expected[i] = (i > 0 ? x[i - 1] : 0) + (i < 3 ? x[i + 1] : 0);
        }
        double[] gradient = new double[4];
        Approx.Equal((0.5 * -1.5) + (-1.5 * 2.0) + (2.0 * 0.25), SideEffects.NeighboursAdjoint(x, gradient), "value");
        Matrices.Equal(expected, gradient, "Adjoint");
        OrderTwoChecks.AgreeWithDifferences(SideEffects.Neighbours, SideEffects.NeighboursAdjoint, SideEffects.NeighboursTangent, SideEffects.NeighboursAdjointTangent, x, "Neighbours");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(6)]
    public void Conditions_that_count_change_their_counter_on_every_test(int n)
    {
        // Each of the four loops runs n times: v_{k+1} = sin v_k + x, v_0 = x, so dv_{k+1} = cos v_k · dv_k + 1.
        double v = 0.4, d = 1, dd = 0;
        for (int k = 0; k < n; k++)
        {
            (v, d, dd) = (Math.Sin(v) + 0.4, (Math.Cos(v) * d) + 1, (Math.Cos(v) * dd) - (Math.Sin(v) * d * d));
        }
        Approx.Equal((4 * v) + n, SideEffects.Iterated(0.4, n), "value: the counters end at n and 0");
        ScalarChecks.AgreeWith(t => SideEffects.Iterated(t, n), (double t, ref double a, double seed) => SideEffects.IteratedAdjoint(t, ref a, n, seed),
            (t, dir) => SideEffects.IteratedTangent(t, dir, n), (t, v2, dir, vv) => SideEffects.IteratedTangentTangent(t, v2, dir, vv, n), 0.4, 4 * d, 4 * dd);
        double gradient = 0, hessian = 0;
        SideEffects.IteratedAdjointTangent(0.4, 1.0, ref gradient, ref hessian, n);
        Approx.Equal(4 * dd, hessian, "AdjointTangent");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Indices_from_the_end_and_slices_agree_with_differences(int k)
    {
        double[] x = [0.3, -0.8, 1.1, 0.6, -0.2];
        OrderTwoChecks.AgreeWithDifferences(q => SideEffects.Ends(q, k), (q, g, seed) => SideEffects.EndsAdjoint(q, g, k, seed), (q, v) => SideEffects.EndsTangent(q, v, k),
            (q, v, g, gv, seed, seedTangent) => SideEffects.EndsAdjointTangent(q, v, g, gv, k, seed, seedTangent), x, $"Ends, k = {k}");
    }

    [Fact]
    public void A_slice_sends_its_adjoints_back_to_the_elements_it_was_cut_from()
    {
        // k = 2, n = 5: s = x4·x3 + x0; f = s + Σ x1..x3² + 2(x0² + x1²) + s² + (x3 + x1) + x4.
        double[] x = [0.3, -0.8, 1.1, 0.6, -0.2];
        double s = (x[4] * x[3]) + x[0];
        double ds = 1 + (2 * s);
        double[] expected =
        [
            ds + (4 * x[0]),
            (2 * x[1]) + (4 * x[1]) + 1,
            2 * x[2],
            (ds * x[4]) + (2 * x[3]) + 1,
            (ds * x[3]) + 1,
        ];
        double[] gradient = new double[5];
        SideEffects.EndsAdjoint(x, gradient, 2);
        Matrices.Equal(expected, gradient, "Adjoint");
        double[] direction = [0.5, -1.0, 0.25, 2.0, 1.5];
        double along = 0;
        for (int i = 0; i < 5; i++)
        {
            along += expected[i] * direction[i];
        }
        Approx.Equal(along, SideEffects.EndsTangent(x, direction, 2).Tangent, "Tangent");
    }

    [Fact]
    public void Changes_in_an_index_a_conjunction_or_an_arm_happen_once_and_only_on_their_path()
    {
        double[] x = [0.5, -1.5, 2.0, 0.25, -0.75];
        double[] expected = new double[5];
        double value = x.Length;
        for (int i = 0; i < 5; i++)
        {
            double weight = i % 2 == 0 ? 1 : 2;
            value += (x[i] * x[i] * (x[i] > 0 ? x[i] : 1)) + (weight * x[i]);
            expected[i] = (x[i] > 0 ? 3 * x[i] * x[i] : 2 * x[i]) + weight;
        }
        double[] gradient = new double[5];
        Approx.Equal(value, SideEffects.ScatteredAdjoint(x, gradient), "value");
        Matrices.Equal(expected, gradient, "Adjoint");
        OrderTwoChecks.AgreeWithDifferences(SideEffects.Scattered, SideEffects.ScatteredAdjoint, SideEffects.ScatteredTangent, SideEffects.ScatteredAdjointTangent, x, "Scattered");
    }

    [Fact]
    public void An_element_of_SinCos_on_one_arm_changes_its_index_only_there()
    {
        double[] x = [0.5, -1.5, 2.0, 0.25, -0.75];
        // Positive at 0, 2, 3: they read cos 2x at 4, 3, 2 (x₀ only chooses); the others add themselves.
        double[] expected = [0.0, 1.0, -2 * Math.Sin(2 * x[2]), -2 * Math.Sin(2 * x[3]), 1.0 - (2 * Math.Sin(2 * x[4]))];
        double value = Math.Cos(2 * x[4]) + x[1] + Math.Cos(2 * x[3]) + Math.Cos(2 * x[2]) + x[4];
        double[] gradient = new double[5];
        Approx.Equal(value, SideEffects.PickedAdjoint(x, gradient), "value");
        Matrices.Equal(expected, gradient, "Adjoint");
        OrderTwoChecks.AgreeWithDifferences(SideEffects.Picked, SideEffects.PickedAdjoint, SideEffects.PickedTangent, SideEffects.PickedAdjointTangent, x, "Picked");
    }

    [Fact]
    public void A_range_outside_the_array_throws_what_CSharp_throws_in_every_companion()
    {
        double[] x = [0.5, 1.5, -2.0];
        double[] g = new double[3], gv = new double[3];
        Assert.Throws<ArgumentOutOfRangeException>(() => SideEffects.Head(x, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => SideEffects.HeadTangent(x, x, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => SideEffects.HeadAdjoint(x, g, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => SideEffects.HeadAdjointTangent(x, x, g, gv, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => SideEffects.HeadTangent(x, x, -1));
        Approx.Equal(2 * 1.5, SideEffects.HeadTangent(x, [0.0, 1.0, 0.0], 2).Tangent, "inside: Tangent");
        SideEffects.HeadAdjoint(x, g, 2);
        Matrices.Equal([1.0, 3.0, 0.0], g, "inside: Adjoint");
    }
}
