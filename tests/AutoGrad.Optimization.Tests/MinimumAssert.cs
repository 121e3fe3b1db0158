using System;
using Xunit;

namespace AutoGrad.Optimization.Tests;

internal static class MinimumAssert
{
    /// <summary>
    /// The run converged and its minimizer is within <paramref name="tolerance"/> of the known one in
    /// every coordinate, with the value and gradient reported for that very point.
    /// </summary>
    public static void Reached(Problem problem, OptimizationResult result, double tolerance)
    {
        string summary = $"{problem.Name}: {result.StopReason} after {result.Iterations} iterations, " +
            $"x = ({string.Join(", ", result.Minimizer)}), f = {result.Value:R}, |g| = {result.GradientNorm:E2}, error = {problem.Error(result.Minimizer):E2}";
        Assert.True(result.Converged, summary);
        Assert.True(problem.Error(result.Minimizer) <= tolerance, $"error above {tolerance:E0}. {summary}");
        // Near a minimizer f − f* is about the squared error times the curvature.
        Assert.True(Math.Abs(result.Value - problem.MinimumValue) <= 1e4 * tolerance * tolerance + 1e-13, summary);
        Assert.Equal(problem.Value(result.Minimizer), result.Value);

        var gradient = new double[result.Minimizer.Length];
        problem.ScalarAdjoint(result.Minimizer, gradient, 1.0);
        Assert.Equal(gradient, result.Gradient);
        double norm = 0;
        foreach (double g in gradient)
        {
            norm += g * g;
        }
        Assert.Equal(Math.Sqrt(norm), result.GradientNorm, 12);
    }
}
