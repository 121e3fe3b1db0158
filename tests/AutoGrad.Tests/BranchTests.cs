using System;
using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>if / else-if chains, nested ternaries and early returns: the derivative of the arm taken.</summary>
public sealed class BranchTests
{
    private static readonly Companions Chain = new(
        "Branches.Chain", 2,
        x => Branches.Chain(x[0], x[1]),
        (x, v) => Branches.ChainTangent(x[0], v[0], x[1], v[1]),
        (x, a, seed) => Branches.ChainAdjoint(x[0], ref a[0], x[1], ref a[1], seed));

    private static readonly Companions Ternaries = new(
        "Branches.Ternaries", 2,
        x => Branches.Ternaries(x[0], x[1]),
        (x, v) => Branches.TernariesTangent(x[0], v[0], x[1], v[1]),
        (x, a, seed) => Branches.TernariesAdjoint(x[0], ref a[0], x[1], ref a[1], seed));

    private static readonly Companions EarlyReturns = new(
        "Branches.EarlyReturns", 2,
        x => Branches.EarlyReturns(x[0], x[1]),
        (x, v) => Branches.EarlyReturnsTangent(x[0], v[0], x[1], v[1]),
        (x, a, seed) => Branches.EarlyReturnsAdjoint(x[0], ref a[0], x[1], ref a[1], seed));

    [Theory]
    [InlineData(-2.0, 0.5, 1)]
    [InlineData(-0.5, 0.7, 2)]
    [InlineData(1.5, 0.3, 3)]
    [InlineData(0.5, -2.0, 3)]
    [InlineData(0.5, 0.3, 4)]
    [InlineData(-0.5, -0.5, 4)]
    public void Else_if_chain_differentiates_the_arm_taken(double x, double y, int arm)
    {
        // r and its partials for each arm; the method returns r·(1 + y/2).
        (double r, double rx, double ry) = arm switch
        {
            1 => (x * y, y, x),
            2 => (Math.Exp(x) + y, Math.Exp(x), 1.0),
            3 => (Math.Sin(x * y), y * Math.Cos(x * y), x * Math.Cos(x * y)),
            _ => ((x * x) - (3 * y), 2 * x, -3.0),
        };
        double scale = 1 + (0.5 * y);
        Approx.Equal(r * scale, Branches.Chain(x, y), $"arm {arm} taken at ({x}, {y})");
        CompanionChecks.AgreeWith(Chain, new[] { x, y }, new[] { rx * scale, (ry * scale) + (0.5 * r) });
    }

    [Theory]
    [InlineData(3.0, 0.5)]
    [InlineData(0.5, -1.0)]
    [InlineData(0.2, 1.0)]
    [InlineData(-4.0, -0.5)]
    public void Nested_ternaries_differentiate_the_arm_taken(double x, double y)
    {
        double[] expected = x > y
            ? (x * y > 1 ? new[] { 1 / x, 1 / y } : new[] { 1.0, -2 * y })
            : new[] { -Math.Sin(x) * y, Math.Cos(x) };
        CompanionChecks.AgreeWith(Ternaries, new[] { x, y }, expected);
    }

    [Theory]
    [InlineData(3.0, 1.5)]
    [InlineData(-1.0, -0.5)]
    [InlineData(1.0, 0.5)]
    public void Early_returns_differentiate_the_return_taken(double x, double y)
    {
        double t = x + y;
        double root = Math.Sqrt(1 + (y * y));
        double[] expected = x > 2
            ? new[] { 2 * x * y, x * x }
            : t < 0
                ? new[] { -root, -root - (t * y / root) }
                : new[] { (2 * x) + y, x + 1 };
        CompanionChecks.AgreeWith(EarlyReturns, new[] { x, y }, expected);
    }

    [Theory]
    [InlineData(-2.0, 0.5)]
    [InlineData(-0.5, 0.7)]
    [InlineData(0.5, -2.0)]
    [InlineData(0.5, 0.3)]
    public void Else_if_chain_matches_finite_differences(double x, double y) =>
        CompanionChecks.AgreeWithFiniteDifferences(Chain, new[] { x, y });
}
