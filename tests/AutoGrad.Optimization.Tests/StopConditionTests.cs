using System;
using System.Collections.Generic;
using System.Threading;
using Xunit;

namespace AutoGrad.Optimization.Tests;

public class StopConditionTests
{
    [Theory]
    [MemberData(nameof(Methods.All), MemberType = typeof(Methods))]
    public void NaN_from_the_objective_stops_with_NonFinite_at_the_last_finite_point(string method)
    {
        // Rosenbrock, but NaN once the objective has been called 20 times: whatever the method tries
        // next, it never sees a finite value again.
        int calls = 0;
        var finitePoints = new List<double[]>();
        ScalarAdjoint objective = (x, g, seed) =>
        {
            double value = TestFunctions.RosenbrockAdjoint(x, g, seed);
            if (++calls > 20)
            {
                return double.NaN;
            }
            finitePoints.Add((double[])x.Clone());
            return value;
        };

        OptimizationResult result = Optimizer.Minimize(objective, Problem.Rosenbrock.Start, Methods.Create(method));

        Assert.Equal(StopReason.NonFinite, result.StopReason);
        Assert.False(result.Converged);
        Assert.True(double.IsFinite(result.Value));
        Assert.Contains(finitePoints, p => p[0] == result.Minimizer[0] && p[1] == result.Minimizer[1]);
        Assert.Equal(Problem.Rosenbrock.Value(result.Minimizer), result.Value);
        Assert.True(result.Value <= Problem.Rosenbrock.Value(Problem.Rosenbrock.Start));
    }

    [Theory]
    [MemberData(nameof(Methods.All), MemberType = typeof(Methods))]
    public void An_infinite_gradient_component_stops_with_NonFinite(string method)
    {
        int calls = 0;
        ScalarAdjoint objective = (x, g, seed) =>
        {
            double value = TestFunctions.BoothAdjoint(x, g, seed);
            if (++calls > 5)
            {
                g[1] = double.PositiveInfinity;
            }
            return value;
        };

        OptimizationResult result = Optimizer.Minimize(objective, Problem.Booth.Start, Methods.Create(method));

        Assert.Equal(StopReason.NonFinite, result.StopReason);
        Assert.All(result.Gradient, g => Assert.True(double.IsFinite(g)));
    }

    [Theory]
    [MemberData(nameof(Methods.All), MemberType = typeof(Methods))]
    public void A_NaN_at_the_start_stops_at_once(string method)
    {
        ScalarAdjoint objective = (x, g, seed) => double.NaN;

        OptimizationResult result = Optimizer.Minimize(objective, new[] { 1.0, 2.0 }, Methods.Create(method));

        Assert.Equal(StopReason.NonFinite, result.StopReason);
        Assert.Equal(0, result.Iterations);
        Assert.Equal(1, result.Evaluations);
        Assert.Equal(new[] { 1.0, 2.0 }, result.Minimizer);
        Assert.True(double.IsNaN(result.Value));
    }

    [Fact]
    public void Divergent_gradient_descent_is_reported_as_NonFinite_not_returned_as_a_minimum()
    {
        // On (x + 5)² + (y + 3)² a learning rate of 1.5 multiplies the distance to the minimum by −2
        // each step, so the value quadruples until it overflows, after about 508 steps.
        OptimizationResult result = GradientDescent.Minimize(
            Problem.Quadratic.ScalarAdjoint, Problem.Quadratic.Start, new GradientDescentOptions { LearningRate = 1.5, MaxIterations = 100_000 });

        Assert.Equal(StopReason.NonFinite, result.StopReason);
        Assert.True(double.IsFinite(result.Value) && result.Value > 1e300, result.Value.ToString("R"));
        Assert.InRange(result.Iterations, 500, 520);
    }

    [Theory]
    [MemberData(nameof(Methods.All), MemberType = typeof(Methods))]
    public void Cancelling_during_a_run_stops_it_after_the_current_step(string method)
    {
        using var cancellation = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            if (p.Iteration == 5)
            {
                cancellation.Cancel();
            }
        });

        OptimizationResult result = Optimizer.Minimize(
            Problem.Rosenbrock.ScalarAdjoint, Problem.Rosenbrock.Start, Methods.Create(method), progress, cancellation.Token);

        Assert.Equal(StopReason.Cancelled, result.StopReason);
        Assert.Equal(5, result.Iterations);
        Assert.Equal(progress.Reports[^1].Value, result.Value);
    }

    [Theory]
    [MemberData(nameof(Methods.All), MemberType = typeof(Methods))]
    public void An_already_cancelled_token_returns_the_start_point(string method)
    {
        OptimizationResult result = Optimizer.Minimize(
            Problem.Beale.ScalarAdjoint, Problem.Beale.Start, Methods.Create(method), cancellationToken: new CancellationToken(canceled: true));

        Assert.Equal(StopReason.Cancelled, result.StopReason);
        Assert.Equal(0, result.Iterations);
        Assert.Equal(Problem.Beale.Start, result.Minimizer);
        Assert.Equal(Problem.Beale.Value(Problem.Beale.Start), result.Value);
    }

    [Theory]
    [MemberData(nameof(Methods.All), MemberType = typeof(Methods))]
    public void MaxIterations_is_obeyed(string method)
    {
        OptimizationResult result = Optimizer.Minimize(
            Problem.Rosenbrock.ScalarAdjoint, Problem.Rosenbrock.Start, Methods.Create(method) with { MaxIterations = 7 });

        Assert.Equal(StopReason.MaxIterations, result.StopReason);
        Assert.Equal(7, result.Iterations);
    }

    [Theory]
    [MemberData(nameof(Methods.All), MemberType = typeof(Methods))]
    public void A_zero_gradient_at_the_start_converges_without_a_step(string method)
    {
        OptimizationResult result = Optimizer.Minimize(Problem.Booth.ScalarAdjoint, new[] { 1.0, 3.0 }, Methods.Create(method));

        Assert.Equal(StopReason.GradientConverged, result.StopReason);
        Assert.Equal(0, result.Iterations);
        Assert.Equal(1, result.Evaluations);
    }

    [Fact]
    public void A_loose_function_tolerance_stops_on_the_change_in_value()
    {
        var options = new GradientDescentOptions { LearningRate = 1e-3, MaxIterations = 100_000, FunctionTolerance = 1e-6, GradientTolerance = 0 };

        OptimizationResult result = GradientDescent.Minimize(Problem.Rosenbrock.ScalarAdjoint, Problem.Rosenbrock.Start, options with { RecordTrajectory = true });

        Assert.Equal(StopReason.FunctionChangeConverged, result.StopReason);
        var values = result.Trajectory!.Values;
        Assert.True(Math.Abs(values[^1] - values[^2]) <= 1e-6 * Math.Max(1, Math.Abs(values[^2])));
        Assert.True(Math.Abs(values[^2] - values[^3]) > 1e-6 * Math.Max(1, Math.Abs(values[^3])));
    }

    [Fact]
    public void A_loose_gradient_tolerance_stops_on_the_gradient_norm()
    {
        OptimizationResult result = Lbfgs.Minimize(
            Problem.Rosenbrock.ScalarAdjoint, Problem.Rosenbrock.Start, new LbfgsOptions { GradientTolerance = 1e-2, RecordTrajectory = true });

        Assert.Equal(StopReason.GradientConverged, result.StopReason);
        Assert.True(result.GradientNorm <= 1e-2);
        Assert.True(result.Trajectory!.GradientNorms[^2] > 1e-2);
    }

    [Theory]
    [MemberData(nameof(Methods.All), MemberType = typeof(Methods))]
    public void The_gradient_buffer_is_zero_whenever_the_objective_is_called(string method)
    {
        // Generated adjoints add into the buffer; one that was not cleared would corrupt the gradient.
        int dirtyCalls = 0, calls = 0;
        ScalarAdjoint objective = (x, g, seed) =>
        {
            calls++;
            foreach (double v in g)
            {
                if (v != 0)
                {
                    dirtyCalls++;
                    break;
                }
            }
            return TestFunctions.RosenbrockAdjoint(x, g, seed);
        };

        OptimizationResult result = Optimizer.Minimize(objective, Problem.Rosenbrock.Start, Methods.Create(method) with { MaxIterations = 50 });

        Assert.Equal(0, dirtyCalls);
        Assert.Equal(calls, result.Evaluations);
        Assert.True(calls > result.Iterations && result.Iterations >= 30, $"{calls} calls, {result.Iterations} iterations");
    }

    [Theory]
    [MemberData(nameof(Methods.All), MemberType = typeof(Methods))]
    public void The_start_point_is_not_modified(string method)
    {
        var start = new[] { -1.2, 1.0 };

        OptimizationResult result = Optimizer.Minimize(Problem.Rosenbrock.ScalarAdjoint, start, Methods.Create(method) with { MaxIterations = 20 });

        Assert.Equal(new[] { -1.2, 1.0 }, start);
        Assert.NotSame(start, result.Minimizer);
    }
}
