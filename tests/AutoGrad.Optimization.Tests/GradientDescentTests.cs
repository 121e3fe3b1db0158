using Xunit;

namespace AutoGrad.Optimization.Tests;

public class GradientDescentTests
{
    // Learning rates a little below 1/L for each problem's curvature L near its minimum.
    public static TheoryData<string, double> Rates => new()
    {
        { "Rosenbrock", 1e-3 },
        { "Beale", 1e-2 },
        { "GoldsteinPrice", 1e-4 },
        { "Booth", 5e-2 },
        { "Quadratic", 1e-1 },
    };

    [Theory]
    [MemberData(nameof(Rates))]
    public void Plain_descent_reaches_the_known_minimum_within_1e_minus_5(string name, double rate)
    {
        Problem problem = Problem.ByName(name);
        OptimizationResult result = GradientDescent.Minimize(
            problem.ScalarAdjoint, problem.Start, new GradientDescentOptions { LearningRate = rate, MaxIterations = 100_000 });

        MinimumAssert.Reached(problem, result, tolerance: 1e-5);
    }

    [Theory]
    [MemberData(nameof(Rates))]
    public void Momentum_reaches_the_known_minimum_within_1e_minus_5(string name, double rate)
    {
        Problem problem = Problem.ByName(name);
        OptimizationResult result = GradientDescent.Minimize(
            problem.ScalarAdjoint, problem.Start, new GradientDescentOptions { LearningRate = rate, Momentum = 0.9, MaxIterations = 100_000 });

        MinimumAssert.Reached(problem, result, tolerance: 1e-5);
    }

    [Theory]
    [MemberData(nameof(Rates))]
    public void Nesterov_reaches_the_known_minimum_within_1e_minus_5(string name, double rate)
    {
        Problem problem = Problem.ByName(name);
        OptimizationResult result = GradientDescent.Minimize(
            problem.ScalarAdjoint, problem.Start, new GradientDescentOptions { LearningRate = rate, Momentum = 0.9, Nesterov = true, MaxIterations = 100_000 });

        MinimumAssert.Reached(problem, result, tolerance: 1e-5);
    }

    [Fact]
    public void Momentum_needs_far_fewer_steps_than_plain_descent_in_the_Rosenbrock_valley()
    {
        var plain = new GradientDescentOptions { LearningRate = 1e-3, MaxIterations = 100_000 };
        OptimizationResult slow = GradientDescent.Minimize(Problem.Rosenbrock.ScalarAdjoint, Problem.Rosenbrock.Start, plain);
        OptimizationResult fast = GradientDescent.Minimize(Problem.Rosenbrock.ScalarAdjoint, Problem.Rosenbrock.Start, plain with { Momentum = 0.9 });

        Assert.True(fast.Iterations * 5 < slow.Iterations, $"momentum {fast.Iterations}, plain {slow.Iterations}");
    }

    [Fact]
    public void One_step_on_the_quadratic_is_exactly_x_minus_rate_times_gradient()
    {
        OptimizationResult result = GradientDescent.Minimize(
            Problem.Quadratic.ScalarAdjoint, new[] { 1.0, 1.0 }, new GradientDescentOptions { LearningRate = 0.25, MaxIterations = 1 });

        // ∇f(1, 1) = (2·6, 2·4) = (12, 8); x − 0.25·∇f = (−2, −1).
        Assert.Equal(new[] { -2.0, -1.0 }, result.Minimizer);
        Assert.Equal(StopReason.MaxIterations, result.StopReason);
        Assert.Equal(1, result.Iterations);
        Assert.Equal(2, result.Evaluations);
    }

    [Fact]
    public void Nesterov_steps_along_gradient_plus_momentum_times_velocity()
    {
        // Two steps on the quadratic from (1, 1) with η = 0.1, μ = 0.5. Step 1: v = g₀ = (12, 8),
        // step g₀ + μv = (18, 12), x₁ = (−0.8, −0.2). Step 2: g₁ = 2(x₁ + (5, 3)) = (8.4, 5.6),
        // v = μv + g₁ = (14.4, 9.6), step g₁ + μv = (15.6, 10.4), x₂ = (−2.36, −1.24).
        OptimizationResult result = GradientDescent.Minimize(
            Problem.Quadratic.ScalarAdjoint, new[] { 1.0, 1.0 },
            new GradientDescentOptions { LearningRate = 0.1, Momentum = 0.5, Nesterov = true, MaxIterations = 2 });

        Assert.Equal(-2.36, result.Minimizer[0], 12);
        Assert.Equal(-1.24, result.Minimizer[1], 12);
    }
}
