using System;
using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>
/// Loops reversed from their bounds instead of a recorded trip count (see <see cref="CountedLoops"/>):
/// every gradient against central differences, forward against reverse, and adjoints added to.
/// </summary>
public sealed class CountedLoopTests
{
    private static readonly double[] X = [0.8, -1.3, 0.4, 1.1, -0.2, 0.6];
    private static readonly double[] V = [1.1, 0.3, -0.7, 0.5, 1.9, -1.2];

    private static void Check(Func<double[], double> f, Func<double[], double[], double> adjoint, Func<double[], double[], double> tangent, double[] x, string what) =>
        ArrayChecks.AgreeWithDifferences(f, adjoint, tangent, x, V, what);

    [Fact]
    public void A_triangular_nest_matches_differences() =>
        Check(CountedLoops.Triangular, (x, g) => CountedLoops.TriangularAdjoint(x, g), (x, v) => CountedLoops.TriangularTangent(x, v).Tangent, X, "Triangular");

    [Theory]
    [InlineData(3)]
    [InlineData(1)]
    [InlineData(0)]
    [InlineData(-2)]
    public void Counting_down_and_up_to_an_inclusive_bound_matches_differences(int m) =>
        Check(x => CountedLoops.DownThenInclusive(x, m), (x, g) => CountedLoops.DownThenInclusiveAdjoint(x, g, m),
            (x, v) => CountedLoops.DownThenInclusiveTangent(x, v, m).Tangent, X, $"DownThenInclusive(m: {m})");

    [Theory]
    [InlineData(2, 6)]
    [InlineData(5, 5)]
    [InlineData(4, 1)]
    [InlineData(-3, 2)]
    public void Empty_reversed_and_negative_ranges_match_differences(int lo, int hi) =>
        Check(x => CountedLoops.Ranges(x, lo, hi), (x, g) => CountedLoops.RangesAdjoint(x, g, lo, hi),
            (x, v) => CountedLoops.RangesTangent(x, v, lo, hi).Tangent, X, $"Ranges(lo: {lo}, hi: {hi})");

    [Fact]
    public void An_inner_bound_set_by_the_outer_loop_matches_differences() =>
        Check(CountedLoops.Ragged, (x, g) => CountedLoops.RaggedAdjoint(x, g), (x, v) => CountedLoops.RaggedTangent(x, v).Tangent, X, "Ragged");

    [Fact]
    public void A_bound_overwritten_between_loops_and_an_index_read_after_its_loop_match_differences() =>
        Check(CountedLoops.BoundReassigned, (x, g) => CountedLoops.BoundReassignedAdjoint(x, g), (x, v) => CountedLoops.BoundReassignedTangent(x, v).Tangent, X, "BoundReassigned");

    [Fact]
    public void Element_stores_in_counted_loops_match_differences() =>
        Check(CountedLoops.Smoothed, (x, g) => CountedLoops.SmoothedAdjoint(x, g), (x, v) => CountedLoops.SmoothedTangent(x, v).Tangent, X, "Smoothed");
}
