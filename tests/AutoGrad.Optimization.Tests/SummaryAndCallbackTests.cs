using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace AutoGrad.Optimization.Tests;

/// <summary><see cref="OptimizerOptions.OnProgress"/> sees every step in order; <see cref="OptimizationResult.Summary"/> says why a run stopped and what to change.</summary>
public class SummaryAndCallbackTests
{
    [Theory]
    [MemberData(nameof(Methods.All), MemberType = typeof(Methods))]
    public void OnProgress_sees_the_start_and_every_step_in_order_on_the_optimizer_thread(string method)
    {
        var seen = new List<OptimizationProgress>();
        int thread = System.Environment.CurrentManagedThreadId;
        bool sameThread = true;
        OptimizationResult result = Optimizer.Minimize(Problem.Beale.ScalarAdjoint, Problem.Beale.Start, Methods.Create(method) with
        {
            MaxIterations = 30,
            OnProgress = p =>
            {
                seen.Add(p);
                sameThread &= System.Environment.CurrentManagedThreadId == thread;
            },
        });

        Assert.True(sameThread);
        Assert.Equal(Enumerable.Range(0, result.Iterations + 1), seen.Select(p => p.Iteration));
        Assert.Equal(result.Value, seen[^1].Value);
        Assert.Equal(result.Evaluations, seen[^1].Evaluations);
    }

    [Fact]
    public void Gradient_descent_with_its_defaults_on_Rosenbrock_says_it_did_not_converge_and_what_to_change()
    {
        OptimizationResult result = GradientDescent.Minimize(Problem.Rosenbrock.ScalarAdjoint, Problem.Rosenbrock.Start);

        Assert.Equal(StopReason.MaxIterations, result.StopReason);
        Assert.StartsWith("Not converged: stopped at MaxIterations (1000)", result.Summary);
        Assert.Contains("LearningRate (now 0.001)", result.Summary);
        Assert.Contains("LbfgsOptions", result.Summary);
        Assert.Contains(result.GradientNorm.ToString("E2", System.Globalization.CultureInfo.InvariantCulture), result.Summary);
        Assert.Equal(result.Summary, result.ToString());
    }

    [Fact]
    public void Adam_names_its_own_learning_rate()
    {
        OptimizationResult result = Adam.Minimize(Problem.Booth.ScalarAdjoint, Problem.Booth.Start, new AdamOptions { LearningRate = 0.02, MaxIterations = 10 });

        Assert.Equal(StopReason.MaxIterations, result.StopReason);
        Assert.Contains("LearningRate (now 0.02)", result.Summary);
    }

    [Fact]
    public void A_converged_run_says_which_test_stopped_it()
    {
        OptimizationResult result = Lbfgs.Minimize(Problem.Rosenbrock.ScalarAdjoint, Problem.Rosenbrock.Start);

        Assert.True(result.Converged);
        Assert.StartsWith("Converged:", result.Summary);
        Assert.Contains(result.StopReason == StopReason.GradientConverged ? "GradientTolerance" : "FunctionTolerance", result.Summary);
    }
}
