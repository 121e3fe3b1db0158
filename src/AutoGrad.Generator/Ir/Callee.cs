
namespace AutoGrad.Generator.Ir;

/// <summary>
/// A <c>[Differentiable]</c> method called from another one, referenced by name and signature only,
/// so that editing the callee's body does not invalidate its callers.
/// </summary>
/// <param name="ContainingType">Fully qualified, with <c>global::</c>.</param>
/// <param name="Order">The callee's <c>[Differentiable(Order = …)]</c>: which companions it has.</param>
/// <param name="CompanionType">
/// Where the companions are: the containing type, or for a method of another assembly the type its
/// hand-written companions are registered in (<c>[assembly: CustomDerivative(…)]</c>).
/// </param>
/// <param name="MayBeSingular">
/// Its derivatives may be infinite where its values are finite (it takes √ or Asin, or calls a method
/// AutoGrad does not look into): see <c>Analyses.InfiniteDerivatives</c>.
/// </param>
internal sealed record Callee(string ContainingType, string Name, bool IsStatic, EquatableArray<CalleeParameter> Parameters, int Order, string CompanionType,
    bool MayBeSingular = true);

internal sealed record CalleeParameter(string Name, IrType Type, bool IsDifferentiable);
