namespace AutoGrad.Optimization;

/// <summary>What an optimizer found, and why it stopped.</summary>
/// <param name="Minimizer">The best point accepted (a new array, the caller's to keep).</param>
/// <param name="Value">The objective at <paramref name="Minimizer"/>.</param>
/// <param name="Gradient">The gradient at <paramref name="Minimizer"/> (a new array).</param>
/// <param name="GradientNorm">The Euclidean norm of <paramref name="Gradient"/>.</param>
/// <param name="Iterations">Steps taken (accepted moves of the point).</param>
/// <param name="Evaluations">
/// Calls of the objective. Each call gives both the value and the gradient, so this is the count of
/// function evaluations and of gradient evaluations alike.
/// </param>
/// <param name="StopReason">Why the optimizer stopped.</param>
/// <param name="Trajectory">The path taken, or <see langword="null"/> unless it was asked for.</param>
public sealed record OptimizationResult(
    double[] Minimizer,
    double Value,
    double[] Gradient,
    double GradientNorm,
    int Iterations,
    int Evaluations,
    StopReason StopReason,
    OptimizationTrajectory? Trajectory)
{
    /// <summary>
    /// Whether a convergence test stopped the run (<see cref="StopReason.GradientConverged"/> or
    /// <see cref="StopReason.FunctionChangeConverged"/>).
    /// </summary>
    public bool Converged => StopReason is StopReason.GradientConverged or StopReason.FunctionChangeConverged;

    /// <summary>
    /// Why the run stopped, in words: the test that stopped it with its numbers and, if it did not converge,
    /// what to change (<c>Not converged: stopped at MaxIterations (1000) after …; To go further, raise
    /// MaxIterations or LearningRate (now 0.001), …</c>).
    /// </summary>
    public string Summary { get; init; } = "";

    /// <inheritdoc cref="Summary"/>
    public override string ToString() => Summary;
}
