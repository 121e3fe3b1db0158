using System;
using System.Threading;

namespace AutoGrad.Optimization;

/// <summary>
/// Settings for <see cref="Adam"/> (Kingma and Ba, 2015). The defaults are the paper's.
/// </summary>
public sealed record AdamOptions : OptimizerOptions
{
    private double _learningRate = 1e-3;
    private double _beta1 = 0.9;
    private double _beta2 = 0.999;
    private double _epsilon = 1e-8;

    /// <summary>The step size α: roughly the largest move of one coordinate per step. Default 1e-3; must be positive and finite.</summary>
    public double LearningRate
    {
        get => _learningRate;
        init => _learningRate = OptionChecks.PositiveFinite(value, nameof(LearningRate));
    }

    /// <summary>β₁, the decay of the running mean of the gradient. Default 0.9; must be in [0, 1).</summary>
    public double Beta1
    {
        get => _beta1;
        init => _beta1 = OptionChecks.UnitInterval(value, nameof(Beta1));
    }

    /// <summary>β₂, the decay of the running mean of the squared gradient. Default 0.999; must be in [0, 1).</summary>
    public double Beta2
    {
        get => _beta2;
        init => _beta2 = OptionChecks.UnitInterval(value, nameof(Beta2));
    }

    /// <summary>ε, added to the root mean square to avoid division by zero. Default 1e-8; must be positive and finite.</summary>
    public double Epsilon
    {
        get => _epsilon;
        init => _epsilon = OptionChecks.PositiveFinite(value, nameof(Epsilon));
    }

    internal override string Advice => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"raise MaxIterations or LearningRate (now {LearningRate}), or use LbfgsOptions on a deterministic objective, which chooses each step itself");

    internal override OptimizationResult Run(ScalarAdjoint objective, double[] x0, IProgress<OptimizationProgress>? progress, CancellationToken cancellationToken) =>
        Adam.Minimize(objective, x0, this, progress, cancellationToken);
}
