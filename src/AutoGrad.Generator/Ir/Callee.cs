using AutoGrad.Generator.Model;

namespace AutoGrad.Generator.Ir;

/// <summary>
/// A <c>[Differentiable]</c> method called from another one, referenced by name and signature only,
/// so that editing the callee's body does not invalidate its callers.
/// </summary>
/// <param name="ContainingType">Fully qualified, with <c>global::</c>.</param>
/// <param name="Order">The callee's <c>[Differentiable(Order = …)]</c>: which companions it has.</param>
internal sealed record Callee(string ContainingType, string Name, bool IsStatic, EquatableArray<CalleeParameter> Parameters, int Order);

internal sealed record CalleeParameter(string Name, IrType Type, bool IsDifferentiable);
