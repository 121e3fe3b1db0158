using System.Collections.Generic;

namespace AutoGrad.Generator.Tests.Fuzz;

/// <summary>
/// How much checking the run did: points the primal could not be checked at, components finite
/// differences could not judge; and what is counted rather than failed: a derivative both modes agree
/// is not finite (see <see cref="DerivativeCheck"/>), and a warning the companions repeat from the user's code.
/// </summary>
internal sealed class CheckCounts
{
    public int CheckedPoints { get; set; }

    public int SkippedPoints { get; set; }

    public int CheckedComponents { get; set; }

    public int SkippedComponents { get; set; }

    /// <summary>Components of H·v (Order = 2) checked against differences of the gradient, and those not judged (unstable).</summary>
    public int CheckedHessianComponents { get; set; }

    public int SkippedHessianComponents { get; set; }

    /// <summary>
    /// Gradient components that the Adjoint and the Tangent along that input both give as NaN or ±∞ where
    /// central differences are finite: an infinite intermediate (x / 0, Sqrt'(0)) met a zero in the chain rule.
    /// </summary>
    public int NonFiniteInBothModes { get; set; }

    /// <summary>The same for H·v: FAdjointTangent and FTangentTangent both not finite where differences of the gradient are.</summary>
    public int HessianNonFiniteInBothModes { get; set; }

    /// <summary>
    /// Points where seed 0 and direction 0 both gave NaN: a value that is itself NaN or infinite times the zero,
    /// which the README says is not guarded.
    /// </summary>
    public int ZeroSeedNaNsInBothModes { get; set; }

    /// <summary>Warnings in companions that repeat one of the case's own code, same id and message (see FuzzBatch.Execute), by id.</summary>
    public Dictionary<string, int> EchoedWarnings { get; } = new();
}
