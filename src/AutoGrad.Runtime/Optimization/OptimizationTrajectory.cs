using System.Collections.Generic;

namespace AutoGrad.Optimization;

/// <summary>
/// The path an optimizer took, recorded when <see cref="OptimizerOptions.RecordTrajectory"/> (or
/// <see cref="OptimizerOptions.RecordPoints"/>) is set. Entry 0 is the start point and entry k the
/// point after step k, so every list has <see cref="OptimizationResult.Iterations"/> + 1 entries.
/// </summary>
public sealed class OptimizationTrajectory
{
    internal OptimizationTrajectory(IReadOnlyList<double> values, IReadOnlyList<double> gradientNorms, IReadOnlyList<double[]>? points)
    {
        Values = values;
        GradientNorms = gradientNorms;
        Points = points;
    }

    /// <summary>The objective at each point.</summary>
    public IReadOnlyList<double> Values { get; }

    /// <summary>The Euclidean norm of the gradient at each point.</summary>
    public IReadOnlyList<double> GradientNorms { get; }

    /// <summary>Copies of the points, or <see langword="null"/> unless <see cref="OptimizerOptions.RecordPoints"/> was set.</summary>
    public IReadOnlyList<double[]>? Points { get; }
}
