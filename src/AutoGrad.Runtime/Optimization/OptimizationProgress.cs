namespace AutoGrad.Optimization;

/// <summary>
/// The state after one iteration, passed to an <see cref="System.IProgress{T}"/>. Iteration 0 is the
/// start point.
/// </summary>
/// <param name="Iteration">Steps taken so far.</param>
/// <param name="Value">The objective at the current point.</param>
/// <param name="GradientNorm">The Euclidean norm of the gradient at the current point.</param>
/// <param name="Evaluations">Calls of the objective so far (each gives the value and the gradient).</param>
public readonly record struct OptimizationProgress(int Iteration, double Value, double GradientNorm, int Evaluations);
