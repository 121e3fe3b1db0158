using System;
using Xunit;

namespace AutoGrad.Optimization.Tests;

public class TrajectoryAndProgressTests
{
    [Theory]
    [MemberData(nameof(Methods.All), MemberType = typeof(Methods))]
    public void No_trajectory_unless_asked(string method)
    {
        OptimizationResult result = Optimizer.Minimize(Problem.Booth.ScalarAdjoint, Problem.Booth.Start, Methods.Create(method));

        Assert.Null(result.Trajectory);
    }

    [Theory]
    [MemberData(nameof(Methods.All), MemberType = typeof(Methods))]
    public void The_trajectory_has_the_start_and_every_step(string method)
    {
        OptimizationResult result = Optimizer.Minimize(
            Problem.Beale.ScalarAdjoint, Problem.Beale.Start, Methods.Create(method) with { RecordTrajectory = true, MaxIterations = 40 });

        OptimizationTrajectory trajectory = result.Trajectory!;
        Assert.Equal(result.Iterations + 1, trajectory.Values.Count);
        Assert.Equal(result.Iterations + 1, trajectory.GradientNorms.Count);
        Assert.Equal(Problem.Beale.Value(Problem.Beale.Start), trajectory.Values[0]);
        Assert.Equal(result.Value, trajectory.Values[^1]);
        Assert.Equal(result.GradientNorm, trajectory.GradientNorms[^1]);
        Assert.True(trajectory.Values[^1] < trajectory.Values[0]);
        Assert.Null(trajectory.Points);
    }

    [Theory]
    [MemberData(nameof(Methods.All), MemberType = typeof(Methods))]
    public void Points_are_recorded_when_asked_and_match_the_values(string method)
    {
        OptimizationResult result = Optimizer.Minimize(
            Problem.Rosenbrock.ScalarAdjoint, Problem.Rosenbrock.Start, Methods.Create(method) with { RecordPoints = true, MaxIterations = 25 });

        OptimizationTrajectory trajectory = result.Trajectory!;
        Assert.NotNull(trajectory.Points);
        Assert.Equal(trajectory.Values.Count, trajectory.Points!.Count);
        Assert.Equal(Problem.Rosenbrock.Start, trajectory.Points[0]);
        Assert.Equal(result.Minimizer, trajectory.Points[^1]);
        for (int k = 0; k < trajectory.Points.Count; k++)
        {
            Assert.Equal(Problem.Rosenbrock.Value(trajectory.Points[k]), trajectory.Values[k]);
        }
        // Copies, not the optimizer's reused buffers.
        Assert.NotEqual(trajectory.Points[1], trajectory.Points[2]);
    }

    [Theory]
    [MemberData(nameof(Methods.All), MemberType = typeof(Methods))]
    public void Progress_is_reported_for_the_start_and_every_step(string method)
    {
        var progress = new SynchronousProgress();

        OptimizationResult result = Optimizer.Minimize(
            Problem.Rosenbrock.ScalarAdjoint, Problem.Rosenbrock.Start, Methods.Create(method) with { MaxIterations = 30, RecordTrajectory = true }, progress);

        Assert.Equal(result.Iterations + 1, progress.Reports.Count);
        for (int k = 0; k < progress.Reports.Count; k++)
        {
            OptimizationProgress report = progress.Reports[k];
            Assert.Equal(k, report.Iteration);
            Assert.Equal(result.Trajectory!.Values[k], report.Value);
            Assert.Equal(result.Trajectory.GradientNorms[k], report.GradientNorm);
            Assert.True(k == 0 || report.Evaluations > progress.Reports[k - 1].Evaluations);
        }
        Assert.Equal(result.Evaluations, progress.Reports[^1].Evaluations);
    }

    [Fact]
    public void The_dispatcher_runs_the_method_its_options_name()
    {
        var gd = new GradientDescentOptions { LearningRate = 1e-3, MaxIterations = 50 };
        var adam = new AdamOptions { LearningRate = 1e-2, MaxIterations = 50 };
        var lbfgs = new LbfgsOptions { MaxIterations = 10 };
        ScalarAdjoint f = Problem.Rosenbrock.ScalarAdjoint;
        double[] x0 = Problem.Rosenbrock.Start;

        Assert.Equal(GradientDescent.Minimize(f, x0, gd).Minimizer, Optimizer.Minimize(f, x0, gd).Minimizer);
        Assert.Equal(Adam.Minimize(f, x0, adam).Minimizer, Optimizer.Minimize(f, x0, adam).Minimizer);
        Assert.Equal(Lbfgs.Minimize(f, x0, lbfgs).Minimizer, Optimizer.Minimize(f, x0, lbfgs).Minimizer);
        Assert.NotEqual(Optimizer.Minimize(f, x0, gd).Minimizer, Optimizer.Minimize(f, x0, adam).Minimizer);
    }

    [Fact]
    public void A_method_group_of_a_generated_adjoint_is_an_objective()
    {
        // The whole point of the delegate's shape: no lambda, no glue.
        OptimizationResult result = Lbfgs.Minimize(TestFunctions.BoothAdjoint, new[] { 0.0, 0.0 });

        Assert.Equal(1.0, result.Minimizer[0], 1e-8);
        Assert.Equal(3.0, result.Minimizer[1], 1e-8);
    }
}
