using System;
using Xunit;

namespace AutoGrad.Optimization.Tests;

public class AdamTests
{
    [Theory]
    [InlineData("Rosenbrock")]
    [InlineData("Beale")]
    [InlineData("GoldsteinPrice")]
    [InlineData("Booth")]
    [InlineData("Quadratic")]
    public void Reaches_the_known_minimum_within_1e_minus_5(string name)
    {
        Problem problem = Problem.ByName(name);
        OptimizationResult result = Adam.Minimize(
            problem.ScalarAdjoint, problem.Start, new AdamOptions { LearningRate = 1e-2, MaxIterations = 100_000 });

        MinimumAssert.Reached(problem, result, tolerance: 1e-5);
    }

    [Fact]
    public void The_first_step_moves_every_coordinate_by_the_learning_rate()
    {
        // With bias correction the first step is −α·g/(|g| + ε) per coordinate, whatever the gradient's scale.
        OptimizationResult result = Adam.Minimize(
            Problem.Quadratic.ScalarAdjoint, new[] { 1.0, -1000.0 }, new AdamOptions { LearningRate = 0.5, MaxIterations = 1 });

        Assert.Equal(0.5, result.Minimizer[0], 6);
        Assert.Equal(-999.5, result.Minimizer[1], 6);
    }

    [Fact]
    public void A_larger_beta2_changes_the_path()
    {
        var options = new AdamOptions { LearningRate = 0.1, MaxIterations = 20 };
        OptimizationResult a = Adam.Minimize(Problem.Beale.ScalarAdjoint, Problem.Beale.Start, options);
        OptimizationResult b = Adam.Minimize(Problem.Beale.ScalarAdjoint, Problem.Beale.Start, options with { Beta2 = 0.5 });

        Assert.NotEqual(a.Minimizer, b.Minimizer);
        Assert.True(Math.Abs(a.Value - b.Value) > 1e-6);
    }
}
