using System;
using AutoGrad;

namespace AutoGrad.Optimization.Tests;

/// <summary>
/// Test problems over n variables, with loops, beside the two-variable ones the optimization sample
/// defines (<c>samples/AutoGrad.Samples.Optimization/TestFunctions.cs</c>, compiled into this project too).
/// </summary>
public static partial class LoopedTestFunctions
{
    /// <summary>Σ (1 − xᵢ)² + 100(xᵢ₊₁ − xᵢ²)²: Rosenbrock chained over n variables, a loop; minimum 0 at (1, …, 1).</summary>
    [Differentiable]
    public static double ChainedRosenbrock(double[] x)
    {
        double sum = 0;
        for (int i = 0; i + 1 < x.Length; i++)
        {
            double a = 1 - x[i];
            double b = x[i + 1] - x[i] * x[i];
            sum += a * a + 100 * b * b;
        }
        return sum;
    }

    /// <summary>
    /// A log barrier, −Σ log xᵢ + log(1 − xᵢ): defined only inside the unit box (NaN outside), minimum
    /// at (½, …, ½). A full step from near a wall lands outside, where the value is NaN.
    /// </summary>
    [Differentiable]
    public static double Barrier(double[] x)
    {
        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            sum -= Math.Log(x[i]) + Math.Log(1 - x[i]);
        }
        return sum;
    }
}
