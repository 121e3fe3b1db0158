using System;
using Xunit;

namespace AutoGrad.Optimization.Tests;

public class LbfgsTests
{
    public static TheoryData<string, double, double> Starts => new()
    {
        { "Rosenbrock", -1.2, 1.0 },
        { "Rosenbrock", 2.0, -2.0 },
        { "Beale", 1.0, 1.0 },
        { "Beale", 0.0, 0.0 },
        { "GoldsteinPrice", -0.2, -0.8 },
        { "GoldsteinPrice", 0.5, -0.5 },
        { "Booth", 0.0, 0.0 },
        { "Booth", -8.0, 9.0 },
        { "Quadratic", 10.0, 4.0 },
    };

    [Theory]
    [MemberData(nameof(Starts))]
    public void Reaches_the_known_minimum_within_1e_minus_6(string name, double x, double y)
    {
        Problem problem = Problem.ByName(name);
        OptimizationResult result = Lbfgs.Minimize(problem.ScalarAdjoint, new[] { x, y });

        MinimumAssert.Reached(problem, result, tolerance: 1e-6);
        Assert.True(result.Iterations <= 60, $"{result.Iterations} iterations");
    }

    [Fact]
    public void Solves_the_quadratic_in_two_steps_exactly_enough()
    {
        OptimizationResult result = Lbfgs.Minimize(Problem.Quadratic.ScalarAdjoint, Problem.Quadratic.Start);

        MinimumAssert.Reached(Problem.Quadratic, result, tolerance: 1e-12);
        Assert.True(result.Iterations <= 3, $"{result.Iterations} iterations");
    }

    [Fact]
    public void Minimizes_a_100_variable_chained_Rosenbrock_to_1e_minus_6()
    {
        var start = new double[100];
        for (int i = 0; i < start.Length; i++)
        {
            start[i] = i % 2 == 0 ? -1.2 : 1.0;
        }

        OptimizationResult result = Lbfgs.Minimize(LoopedTestFunctions.ChainedRosenbrockAdjoint, start, new LbfgsOptions { MaxIterations = 5000 });

        Assert.True(result.Converged, result.StopReason.ToString());
        foreach (double v in result.Minimizer)
        {
            Assert.Equal(1.0, v, 1e-6);
        }
        Assert.True(result.Value < 1e-12, result.Value.ToString("R"));
    }

    [Fact]
    public void Backs_off_from_NaN_outside_the_domain_and_still_converges()
    {
        // From (0.3, 0.02) the gradient is about (−1.9, −49): the first trial, a step of length 1
        // along −∇f, lands near y = 1.02, outside the unit box, where the barrier is NaN.
        var start = new[] { 0.3, 0.02 };
        int nanTrials = 0;
        ScalarAdjoint objective = (x, g, seed) =>
        {
            double value = LoopedTestFunctions.BarrierAdjoint(x, g, seed);
            if (double.IsNaN(value))
            {
                nanTrials++;
            }
            return value;
        };

        OptimizationResult result = Lbfgs.Minimize(objective, start);

        Assert.True(nanTrials > 0, "the test should make the line search meet NaN");
        Assert.True(result.Converged, result.StopReason.ToString());
        Assert.Equal(0.5, result.Minimizer[0], 1e-8);
        Assert.Equal(0.5, result.Minimizer[1], 1e-8);
    }

    [Fact]
    public void Every_step_lowers_the_value_on_Rosenbrock()
    {
        OptimizationResult result = Lbfgs.Minimize(
            Problem.Rosenbrock.ScalarAdjoint, Problem.Rosenbrock.Start, new LbfgsOptions { RecordTrajectory = true });

        var values = result.Trajectory!.Values;
        for (int k = 1; k < values.Count; k++)
        {
            // A step is a Wolfe step (a strict decrease) or, at the rounding floor, within 1e-12 relative.
            Assert.True(values[k] <= values[k - 1] + 1e-12 * Math.Abs(values[k - 1]), $"step {k}: {values[k - 1]:R} -> {values[k]:R}");
        }
        Assert.True(values[^1] < 1e-12, values[^1].ToString("R"));
    }

    [Theory]
    [InlineData("Rosenbrock")]
    [InlineData("Beale")]
    [InlineData("GoldsteinPrice")]
    public void Every_step_away_from_the_rounding_floor_satisfies_the_strong_Wolfe_conditions(string name)
    {
        Problem problem = Problem.ByName(name);
        OptimizationResult result = Lbfgs.Minimize(problem.ScalarAdjoint, problem.Start, new LbfgsOptions { RecordPoints = true });

        var points = result.Trajectory!.Points!;
        var values = result.Trajectory.Values;
        int checkedSteps = 0;
        for (int k = 1; k < points.Count; k++)
        {
            if (values[k - 1] - problem.MinimumValue < 1e-10)
            {
                break;   // past here, values differ by rounding and the approximate conditions apply
            }
            var before = new double[2];
            var after = new double[2];
            problem.ScalarAdjoint(points[k - 1], before, 1.0);
            problem.ScalarAdjoint(points[k], after, 1.0);
            double[] s = { points[k][0] - points[k - 1][0], points[k][1] - points[k - 1][1] };
            double slopeBefore = before[0] * s[0] + before[1] * s[1];
            double slopeAfter = after[0] * s[0] + after[1] * s[1];

            Assert.True(slopeBefore < 0, $"step {k} is not a descent direction");
            Assert.True(values[k] <= values[k - 1] + 1e-4 * slopeBefore, $"step {k}: no sufficient decrease");
            Assert.True(Math.Abs(slopeAfter) <= 0.9 * Math.Abs(slopeBefore), $"step {k}: |φ'(α)| = {Math.Abs(slopeAfter):E3} > 0.9·|φ'(0)| = {0.9 * Math.Abs(slopeBefore):E3}");
            checkedSteps++;
        }
        Assert.True(checkedSteps >= 5, $"{checkedSteps} steps checked");
    }

    [Fact]
    public void A_wrong_gradient_stops_with_LineSearchFailed_at_the_start()
    {
        // f = |x|² with the gradient's sign flipped: the "descent" direction goes uphill.
        ScalarAdjoint wrong = (x, g, seed) =>
        {
            double f = 0;
            for (int i = 0; i < x.Length; i++)
            {
                f += x[i] * x[i];
                g[i] -= seed * 2 * x[i];
            }
            return f;
        };
        var start = new[] { 1.0, -2.0 };

        OptimizationResult result = Lbfgs.Minimize(wrong, start);

        Assert.Equal(StopReason.LineSearchFailed, result.StopReason);
        Assert.False(result.Converged);
        Assert.Equal(start, result.Minimizer);
        Assert.Equal(5.0, result.Value);
        Assert.Equal(0, result.Iterations);
        Assert.InRange(result.Evaluations, 2, 1 + new LbfgsOptions().MaxLineSearchEvaluations);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(30)]
    public void Any_history_size_reaches_the_Rosenbrock_minimum(int historySize)
    {
        OptimizationResult result = Lbfgs.Minimize(
            Problem.Rosenbrock.ScalarAdjoint, Problem.Rosenbrock.Start, new LbfgsOptions { HistorySize = historySize, MaxIterations = 5000 });

        MinimumAssert.Reached(Problem.Rosenbrock, result, tolerance: 1e-6);
    }
}
