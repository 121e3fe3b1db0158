using System.Collections.Generic;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Transforms;

namespace AutoGrad.Generator.Pipeline;

/// <summary>The companions of one method, in IR.</summary>
/// <param name="ReverseSweep">
/// The reverse sweep as a local function of the Adjoint: one that runs forward mode and falls back on it
/// (<see cref="TangentAdjoint"/>), or one that runs it and falls back on forward mode (<see cref="ForwardFallback"/>).
/// </param>
/// <param name="HigherTangents">FTangentTangent, FTangentTangentTangent, …</param>
/// <param name="Series">FDerivatives: all derivatives of a function of one variable up to its order (see <see cref="DerivativeSeries"/>).</param>
/// <param name="Gradient">FGradient: the gradient in the shape of the inputs (see <see cref="GradientAdapter"/>).</param>
/// <param name="Hessian">FHessian: the Hessian over the inputs packed in one vector (see <see cref="HessianAdapter"/>).</param>
internal sealed record CompanionSet(
    Function Tangent,
    Function Adjoint,
    Function? ReverseSweep,
    Function? AdjointTangent,
    IReadOnlyList<Function> HigherTangents,
    Function? Series,
    Function? Gradient,
    Function? Hessian);
