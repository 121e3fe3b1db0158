using System;
using System.Threading;

namespace AutoGrad.Optimization;

/// <summary>
/// Runs the optimizer that the options belong to, so one call site can compare methods:
/// <c>Optimizer.Minimize(Model.FAdjoint, x0, new LbfgsOptions())</c>.
/// </summary>
public static class Optimizer
{
    /// <summary>
    /// Minimizes <paramref name="objective"/> from <paramref name="x0"/> with
    /// <see cref="GradientDescent"/>, <see cref="Adam"/> or <see cref="Lbfgs"/>, according to the type
    /// of <paramref name="options"/>.
    /// </summary>
    /// <param name="objective">The function and its gradient, for example a generated <c>FAdjoint</c> method group.</param>
    /// <param name="x0">The start point (not modified).</param>
    /// <param name="options">The settings, whose type chooses the method.</param>
    /// <param name="progress">Told the state after every step, and at the start.</param>
    /// <param name="cancellationToken">Checked before every step; when signalled the run stops with <see cref="StopReason.Cancelled"/>.</param>
    /// <returns>The last accepted point and why the run stopped.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="x0"/> is empty or not finite.</exception>
    public static OptimizationResult Minimize(
        ScalarAdjoint objective,
        double[] x0,
        OptimizerOptions options,
        IProgress<OptimizationProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Run(objective, x0, progress, cancellationToken);
    }
}
