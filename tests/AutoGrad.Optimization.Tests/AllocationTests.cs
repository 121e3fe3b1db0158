using System;
using Xunit;

namespace AutoGrad.Optimization.Tests;

public class AllocationTests
{
    // Chained Rosenbrock by hand, allocation-free, so only the optimizer's allocations are counted.
    // With 200 variables even L-BFGS needs far more than the measured steps to converge.
    private static double ChainedRosenbrock(double[] x, double[] g, double seed)
    {
        double sum = 0;
        for (int i = 0; i + 1 < x.Length; i++)
        {
            double a = 1 - x[i], b = x[i + 1] - x[i] * x[i];
            sum += a * a + 100 * b * b;
            g[i] += seed * (-2 * a - 400 * b * x[i]);
            g[i + 1] += seed * 200 * b;
        }
        return sum;
    }

    [Theory]
    [MemberData(nameof(Methods.All), MemberType = typeof(Methods))]
    public void Iterations_allocate_nothing_without_a_trajectory(string method)
    {
        // Small learning rates and zero tolerances keep every method iterating to the limit.
        OptimizerOptions options = Methods.Create(method) with { FunctionTolerance = 0, GradientTolerance = 0 };
        options = options switch
        {
            GradientDescentOptions o => o with { LearningRate = 1e-5 },
            AdamOptions o => o with { LearningRate = 1e-5 },
            _ => options,
        };
        var start = new double[200];
        for (int i = 0; i < start.Length; i++)
        {
            start[i] = i % 2 == 0 ? -1.2 : 1.0;
        }
        long Measure(int iterations)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            OptimizationResult result = Optimizer.Minimize(ChainedRosenbrock, start, options with { MaxIterations = iterations });
            long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.True(result.Iterations > iterations / 2, $"{result.StopReason} after {result.Iterations}");
            return bytes;
        }

        Measure(20);
        long shortRun = Measure(20);
        long longRun = Measure(400);

        // The same fixed cost (buffers, result); nothing that grows with the number of steps.
        Assert.True(longRun - shortRun < 256, $"20 steps: {shortRun} bytes, 400 steps: {longRun} bytes");
    }
}
