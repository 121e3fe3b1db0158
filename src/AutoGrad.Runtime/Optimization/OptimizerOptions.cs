using System;
using System.Threading;

namespace AutoGrad.Optimization;

/// <summary>
/// Settings every optimizer shares. The concrete options (<see cref="GradientDescentOptions"/>,
/// <see cref="AdamOptions"/>, <see cref="LbfgsOptions"/>) also choose the method when passed to
/// <see cref="Optimizer.Minimize"/>. Options are immutable records: change one with <c>with</c>.
/// A bad value throws <see cref="ArgumentOutOfRangeException"/> where it is set.
/// </summary>
public abstract record OptimizerOptions
{
    private int _maxIterations = 1000;
    private double _functionTolerance = 1e-15;
    private double _gradientTolerance = 1e-8;

    private protected OptimizerOptions()
    {
    }

    /// <summary>The most steps to take (default 1000). Must be at least 1.</summary>
    public int MaxIterations
    {
        get => _maxIterations;
        init => _maxIterations = OptionChecks.Positive(value, nameof(MaxIterations));
    }

    /// <summary>
    /// Stop when one step changes the value by at most this much, relative to max(1, |f|):
    /// <c>|f(xₖ) − f(xₖ₋₁)| ≤ FunctionTolerance · max(1, |f(xₖ₋₁)|, |f(xₖ)|)</c>. The default, 1e-15,
    /// stops only when the value no longer changes beyond rounding; raise it (say to 1e-10) to stop
    /// earlier on a plateau. 0 turns the test off. Must be finite and not negative.
    /// </summary>
    public double FunctionTolerance
    {
        get => _functionTolerance;
        init => _functionTolerance = OptionChecks.NonNegativeFinite(value, nameof(FunctionTolerance));
    }

    /// <summary>
    /// Stop when the Euclidean norm of the gradient is at most this (default 1e-8; an absolute
    /// measure, so scale it with the gradient you expect). 0 turns the test off. Must be finite and
    /// not negative.
    /// </summary>
    public double GradientTolerance
    {
        get => _gradientTolerance;
        init => _gradientTolerance = OptionChecks.NonNegativeFinite(value, nameof(GradientTolerance));
    }

    /// <summary>
    /// Record the value and gradient norm at every point in <see cref="OptimizationResult.Trajectory"/>
    /// (default <see langword="false"/>).
    /// </summary>
    public bool RecordTrajectory { get; init; }

    /// <summary>
    /// Also record a copy of every point (default <see langword="false"/>); implies
    /// <see cref="RecordTrajectory"/>. Costs one array per iteration.
    /// </summary>
    public bool RecordPoints { get; init; }

    /// <summary>
    /// Called after every step, and at the start, on the optimizer's thread and in order, before the next
    /// step (default <see langword="null"/>). Unlike a <see cref="Progress{T}"/> passed as the progress
    /// argument — which posts each report to the thread pool or the UI context, so reports can arrive late
    /// and out of order — this sees iteration k before iteration k + 1. Keep it quick: the run waits for it.
    /// </summary>
    public Action<OptimizationProgress>? OnProgress { get; init; }

    /// <summary>What to change when this method stops before converging, for <see cref="OptimizationResult.Summary"/>.</summary>
    internal virtual string Advice => "raise MaxIterations";

    internal abstract OptimizationResult Run(ScalarAdjoint objective, double[] x0, IProgress<OptimizationProgress>? progress, CancellationToken cancellationToken);
}
