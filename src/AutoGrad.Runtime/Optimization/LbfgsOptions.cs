using System;
using System.Threading;

namespace AutoGrad.Optimization;

/// <summary>
/// Settings for <see cref="Lbfgs"/>. The line search uses the strong Wolfe conditions with
/// c₁ = 1e-4 (sufficient decrease) and c₂ = 0.9 (curvature), the usual choice for quasi-Newton methods.
/// </summary>
public sealed record LbfgsOptions : OptimizerOptions
{
    private int _historySize = 10;
    private int _maxLineSearchEvaluations = 30;

    /// <summary>
    /// How many recent steps (pairs of point and gradient differences) approximate the inverse
    /// Hessian. Default 10; 3 to 20 is typical. Must be at least 1. Memory is 2·HistorySize·n doubles.
    /// </summary>
    public int HistorySize
    {
        get => _historySize;
        init => _historySize = OptionChecks.Positive(value, nameof(HistorySize));
    }

    /// <summary>The most objective calls one line search may make (default 30). Must be at least 1.</summary>
    public int MaxLineSearchEvaluations
    {
        get => _maxLineSearchEvaluations;
        init => _maxLineSearchEvaluations = OptionChecks.Positive(value, nameof(MaxLineSearchEvaluations));
    }

    internal override OptimizationResult Run(ScalarAdjoint objective, double[] x0, IProgress<OptimizationProgress>? progress, CancellationToken cancellationToken) =>
        Lbfgs.Minimize(objective, x0, this, progress, cancellationToken);
}
