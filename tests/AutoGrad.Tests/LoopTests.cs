using System;
using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>for, while and do loops; break, continue and return from inside (nested) loops.</summary>
public sealed class LoopTests
{
    private static readonly Companions FirstCrossing = new(
        "FirstCrossing", 2,
        x => Loops.FirstCrossing(x[0], x[1]),
        (x, v) => Loops.FirstCrossingTangent(x[0], v[0], x[1], v[1]),
        (x, a, seed) => Loops.FirstCrossingAdjoint(x[0], ref a[0], x[1], ref a[1], seed));

    private static readonly Companions NewtonSqrt = new(
        "NewtonSqrt", 1,
        x => Loops.NewtonSqrt(x[0]),
        (x, v) => Loops.NewtonSqrtTangent(x[0], v[0]),
        (x, a, seed) => Loops.NewtonSqrtAdjoint(x[0], ref a[0], seed));

    [Theory]
    [InlineData(1.3, 4.0, true)]
    [InlineData(-2.0, 10.0, true)]
    [InlineData(0.9, 0.05, true)]
    [InlineData(0.5, 100.0, false)]
    public void Return_from_the_inner_loop_differentiates_the_path_taken(double x, double limit, bool returnsEarly)
    {
        // The sum so far is x²·S with S = Σ 1/(i + j) over the pairs visited.
        (double s, bool early) = PairsVisited(x, limit);
        Assert.Equal(returnsEarly, early);
        double[] expected = early
            ? new[] { 2 * x * s * limit, x * x * s }
            : new[] { 2 * x * s, -1.0 };
        CompanionChecks.AgreeWith(FirstCrossing, new[] { x, limit }, expected);
    }

    [Theory]
    [InlineData(0.3, -0.7, 5)]
    [InlineData(1.1, 2.0, 3)]
    [InlineData(1.1, 2.0, 1)]
    [InlineData(0.5, 0.5, 0)]
    public void Continue_in_a_nested_loop_skips_the_diagonal_in_the_derivative_too(double x, double y, int n)
    {
        var f = new Companions(
            $"SkipDiagonal(n = {n})", 2,
            p => Loops.SkipDiagonal(p[0], p[1], n),
            (p, v) => Loops.SkipDiagonalTangent(p[0], v[0], p[1], v[1], n),
            (p, a, seed) => Loops.SkipDiagonalAdjoint(p[0], ref a[0], p[1], ref a[1], n, seed));
        double dx = 0;
        double dy = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                if (i != j)
                {
                    double c = Math.Cos((x * i) + (y * j)) / (1 + i + j);
                    dx += c * i;
                    dy += c * j;
                }
            }
        }
        CompanionChecks.AgreeWith(f, new[] { x, y }, new[] { dx, dy });
    }

    [Theory]
    [InlineData(2.0)]
    [InlineData(0.3)]
    [InlineData(1e4)]
    [InlineData(1e-4)]
    public void Do_loop_Newton_iteration_has_the_derivative_of_sqrt(double a)
    {
        Approx.Equal(Math.Sqrt(a), Loops.NewtonSqrt(a), $"√{a}");
        CompanionChecks.AgreeWith(NewtonSqrt, new[] { a }, new[] { 0.5 / Math.Sqrt(a) });
    }

    [Theory]
    [InlineData(0.5, 10)]
    [InlineData(-1.2, 7)]
    [InlineData(1.0, 0)]
    [InlineData(2.0, 1)]
    public void While_loop_geometric_sum_has_derivative_sum_of_k_x_to_the_k_minus_1(double x, int n)
    {
        var f = new Companions(
            $"GeometricSum(n = {n})", 1,
            p => Loops.GeometricSum(p[0], n),
            (p, v) => Loops.GeometricSumTangent(p[0], v[0], n),
            (p, a, seed) => Loops.GeometricSumAdjoint(p[0], ref a[0], n, seed));
        double expected = 0;
        for (int k = 1; k < n; k++)
        {
            expected += k * Math.Pow(x, k - 1);
        }
        CompanionChecks.AgreeWith(f, new[] { x }, new[] { expected });
    }

    [Theory]
    [InlineData(0.2, 2.0, 50L)]
    [InlineData(0.6, 2.0, 50L)]
    [InlineData(-1.3, 2.0, 30L)]
    [InlineData(0.6, 2.0, 2L)]
    [InlineData(0.6, 2.0, 0L)]
    public void Long_counter_and_bool_flag_loop_matches_finite_differences(double c, double bound, long maxIterations)
    {
        var f = new Companions(
            $"EscapeTime(max = {maxIterations})", 2,
            p => Loops.EscapeTime(p[0], p[1], maxIterations),
            (p, v) => Loops.EscapeTimeTangent(p[0], v[0], p[1], v[1], maxIterations),
            (p, a, seed) => Loops.EscapeTimeAdjoint(p[0], ref a[0], p[1], ref a[1], maxIterations, seed));
        CompanionChecks.AgreeWithFiniteDifferences(f, new[] { c, bound });
    }

    private static (double Sum, bool Early) PairsVisited(double x, double limit)
    {
        double acc = 0;
        double s = 0;
        for (int i = 1; i <= 20; i++)
        {
            for (int j = 1; j <= i; j++)
            {
                s += 1.0 / (i + j);
                acc += x * x / (i + j);
                if (acc > limit)
                {
                    return (s, true);
                }
            }
        }
        return (s, false);
    }
}
