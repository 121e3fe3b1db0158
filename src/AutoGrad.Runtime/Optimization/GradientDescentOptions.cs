using System;
using System.Threading;

namespace AutoGrad.Optimization;

/// <summary>
/// Settings for <see cref="GradientDescent"/>: a fixed learning rate, with optional (heavy-ball or
/// Nesterov) momentum.
/// </summary>
public sealed record GradientDescentOptions : OptimizerOptions
{
    private double _learningRate = 1e-3;
    private double _momentum;

    /// <summary>The step is <c>LearningRate</c> times the gradient (or the momentum buffer). Default 1e-3; must be positive and finite.</summary>
    public double LearningRate
    {
        get => _learningRate;
        init => _learningRate = OptionChecks.PositiveFinite(value, nameof(LearningRate));
    }

    /// <summary>
    /// The momentum factor μ (default 0, plain gradient descent): the step follows
    /// <c>v ← μ·v + ∇f</c>, which damps zig-zagging across narrow valleys. Must be in [0, 1).
    /// </summary>
    public double Momentum
    {
        get => _momentum;
        init => _momentum = OptionChecks.UnitInterval(value, nameof(Momentum));
    }

    /// <summary>
    /// Use Nesterov momentum, which steps along <c>∇f + μ·v</c> instead of <c>v</c> (default
    /// <see langword="false"/>; has no effect when <see cref="Momentum"/> is 0).
    /// </summary>
    public bool Nesterov { get; init; }

    internal override string Advice => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"raise MaxIterations or LearningRate (now {LearningRate}), add Momentum, or use LbfgsOptions, which chooses each step itself");

    internal override OptimizationResult Run(ScalarAdjoint objective, double[] x0, IProgress<OptimizationProgress>? progress, CancellationToken cancellationToken) =>
        GradientDescent.Minimize(objective, x0, this, progress, cancellationToken);
}
