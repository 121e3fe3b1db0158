using System;
using System.IO;
using System.Linq;
using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>
/// Code that only watches runs where the method runs it, once per call of any companion (the Adjoint's
/// forward sweep, never its reverse sweep), throws what the method throws, and leaves the derivatives alone.
/// </summary>
public sealed class GuardTests
{
    [Theory]
    [InlineData(0.5)]
    [InlineData(2.0)]
    public void A_guarded_method_has_its_derivatives_where_the_guard_holds(double x) =>
        ScalarChecks.AgreeWith(Guards.Guarded, Guards.GuardedAdjoint, Guards.GuardedTangent, Guards.GuardedTangentTangent, x, 1.5 * Math.Sqrt(x), 0.75 / Math.Sqrt(x));

    [Fact]
    public void Every_companion_throws_what_the_guard_throws()
    {
        double adjoint = 0, adjointTangent = 0;
        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => Guards.Guarded(-1.0));
        Assert.Equal("x", thrown.ParamName);
        Assert.Equal(thrown.Message, Assert.Throws<ArgumentOutOfRangeException>(() => Guards.GuardedTangent(-1.0, 1.0)).Message);
        Assert.Equal(thrown.Message, Assert.Throws<ArgumentOutOfRangeException>(() => Guards.GuardedAdjoint(-1.0, ref adjoint)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => Guards.GuardedAdjointTangent(-1.0, 1.0, ref adjoint, ref adjointTangent));
        Assert.Throws<ArgumentOutOfRangeException>(() => Guards.GuardedTangentTangent(-1.0, 1.0, 1.0, 0.0));
        Assert.Equal(0.0, adjoint);
    }

    [Fact]
    public void ThrowIf_helpers_and_Debug_Assert_keep_the_derivatives_and_the_exceptions()
    {
        CompanionChecks.AgreeWith(Helpers, new[] { 1.5, 2.0 }, new[] { 4.0, 2.0 * 1.5 * 2.0 });
        CompanionChecks.AgreeWithFiniteDifferences(Helpers, new[] { 0.7, -3.0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => Helpers.Tangent(new[] { -1.0, 2.0 }, new[] { 1.0, 0.0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Helpers.Adjoint(new[] { 1.0, 11.0 }, new double[2], 1.0));
        double xAdjoint = 0, xAdjointTangent = 0, yAdjoint = 0, yAdjointTangent = 0;
        // x·y²: the Hessian along (0, 1) is (2y, 2x).
        Guards.HelpersAdjointTangent(1.5, 0.0, ref xAdjoint, ref xAdjointTangent, 2.0, 1.0, ref yAdjoint, ref yAdjointTangent);
        Approx.Equal(4.0, xAdjointTangent, "∂²/∂x∂y");
        Approx.Equal(3.0, yAdjointTangent, "∂²/∂y²");
        Assert.Throws<ArgumentOutOfRangeException>(() => Guards.HelpersAdjointTangent(-1.0, 0.0, ref xAdjoint, ref xAdjointTangent, 2.0, 1.0, ref yAdjoint, ref yAdjointTangent));
    }

    [Fact]
    public void A_throw_expression_throws_in_every_companion_and_the_other_branch_is_differentiated()
    {
        CompanionChecks.AgreeWith(Ratio, new[] { 3.0, 2.0 }, new[] { 0.5, -0.75 });
        CompanionChecks.AgreeWithFiniteDifferences(Ratio, new[] { -1.0, 0.3 });
        double aAdjoint = 0, aAdjointTangent = 0, bAdjoint = 0, bAdjointTangent = 0;
        Assert.Throws<DivideByZeroException>(() => Guards.Ratio(1.0, 0.0));
        Assert.Throws<DivideByZeroException>(() => Guards.RatioTangent(1.0, 1.0, 0.0, 1.0));
        Assert.Throws<DivideByZeroException>(() => Guards.RatioAdjoint(1.0, ref aAdjoint, 0.0, ref bAdjoint));
        Assert.Throws<DivideByZeroException>(() => Guards.RatioAdjointTangent(1.0, 1.0, ref aAdjoint, ref aAdjointTangent, 0.0, 0.0, ref bAdjoint, ref bAdjointTangent));
        Assert.Throws<DivideByZeroException>(() => Guards.RatioTangentTangent(1.0, 0.0, 1.0, 0.0, 0.0, 1.0, 0.0, 0.0));
        // a/b: ∂²/∂b² = 2a/b³.
        Approx.Equal(2.0 * 3.0 / 8.0, Guards.RatioTangentTangent(3.0, 0.0, 0.0, 0.0, 2.0, 1.0, 1.0, 0.0).Tangent.Tangent, "∂²/∂b²");
    }

    [Fact]
    public void Logging_writes_once_per_call_of_each_companion()
    {
        string primal = Logged(() => Guards.Descend(0.4, 0.3, 3));
        Assert.Equal(4, primal.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("step 2: x = ", primal);
        Assert.Contains("done: ", primal);
        Assert.Contains("{braces} \"quoted\"", primal);
        double xAdjoint = 0, rateAdjoint = 0, xAdjointTangent = 0, rateAdjointTangent = 0;
        Assert.Equal(primal, Logged(() => Guards.DescendTangent(0.4, 1.0, 0.3, 0.0, 3)));
        Assert.Equal(primal, Logged(() => Guards.DescendAdjoint(0.4, ref xAdjoint, 0.3, ref rateAdjoint, 3)));
        Assert.Equal(primal, Logged(() => Guards.DescendAdjointTangent(0.4, 1.0, ref xAdjoint, ref xAdjointTangent, 0.3, 0.0, ref rateAdjoint, ref rateAdjointTangent, 3)));
        Assert.Equal(primal, Logged(() => Guards.DescendTangentTangent(0.4, 1.0, 1.0, 0.0, 0.3, 0.0, 0.0, 0.0, 3)));
    }

    [Fact]
    public void A_sum_loop_logs_each_term_once_in_every_companion()
    {
        double[] xs = { 0.5, -1.5, 2.0 };
        string primal = Logged(() => Guards.LoggedSquares(xs));
        Assert.Equal(3, primal.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var gradient = new double[xs.Length];
        Assert.Equal(primal, Logged(() => Guards.LoggedSquaresAdjoint(xs, gradient)));
        Assert.Equal(primal, Logged(() => Guards.LoggedSquaresTangent(xs, new[] { 1.0, 0.0, 0.0 })));
        Matrices.Equal(xs.Select(x => 2.0 * x).ToArray(), gradient, "gradient");
    }

    [Fact]
    public void Logging_leaves_the_derivatives_of_the_loop_alone()
    {
        var descend = new Companions(
            "Descend", 2,
            p => Guards.Descend(p[0], p[1], 4),
            (p, v) => Guards.DescendTangent(p[0], v[0], p[1], v[1], 4),
            (p, adjoint, seed) => Guards.DescendAdjoint(p[0], ref adjoint[0], p[1], ref adjoint[1], 4, seed));
        Logged(() => CompanionChecks.AgreeWithFiniteDifferences(descend, new[] { 0.4, 0.3 }));
        Logged(() => CompanionChecks.AgreeWithFiniteDifferences(descend, new[] { -1.2, 0.8 }));
    }

    private static readonly Companions Helpers = new(
        "Helpers", 2,
        p => Guards.Helpers(p[0], p[1]),
        (p, v) => Guards.HelpersTangent(p[0], v[0], p[1], v[1]),
        (p, adjoint, seed) => Guards.HelpersAdjoint(p[0], ref adjoint[0], p[1], ref adjoint[1], seed));

    private static readonly Companions Ratio = new(
        "Ratio", 2,
        p => Guards.Ratio(p[0], p[1]),
        (p, v) => Guards.RatioTangent(p[0], v[0], p[1], v[1]),
        (p, adjoint, seed) => Guards.RatioAdjoint(p[0], ref adjoint[0], p[1], ref adjoint[1], seed));

    private static readonly object ConsoleLock = new();

    /// <summary>What <paramref name="run"/> writes to the console.</summary>
    private static string Logged(Action run)
    {
        lock (ConsoleLock)
        {
            TextWriter console = Console.Out;
            var captured = new StringWriter();
            Console.SetOut(captured);
            try
            {
                run();
            }
            finally
            {
                Console.SetOut(console);
            }
            return captured.ToString();
        }
    }

    private static string Logged(Func<object> run) => Logged(() => { run(); });
}
