namespace AutoGrad.Optimization;

/// <summary>Why an optimizer stopped.</summary>
public enum StopReason
{
    /// <summary>
    /// Converged: the gradient norm fell to <see cref="OptimizerOptions.GradientTolerance"/> or below.
    /// </summary>
    GradientConverged,

    /// <summary>
    /// Converged: one step changed the value by at most
    /// <see cref="OptimizerOptions.FunctionTolerance"/> · max(1, |f|).
    /// </summary>
    FunctionChangeConverged,

    /// <summary>The iteration limit, <see cref="OptimizerOptions.MaxIterations"/>, was reached first.</summary>
    MaxIterations,

    /// <summary>
    /// The objective returned a NaN or infinite value or gradient. The result holds the last point
    /// where both were finite (the start point, with a NaN value, if even that was not finite).
    /// </summary>
    NonFinite,

    /// <summary>The cancellation token was signalled; the result holds the last accepted point.</summary>
    Cancelled,

    /// <summary>
    /// L-BFGS only: no step along the search direction (nor, after a restart, along the negative
    /// gradient) lowered the value. Usually the point is a minimum to within rounding, or the
    /// gradient does not match the function; compare <see cref="OptimizationResult.GradientNorm"/>
    /// with what you expect.
    /// </summary>
    LineSearchFailed,
}
