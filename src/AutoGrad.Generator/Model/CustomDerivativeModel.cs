using AutoGrad.Generator.Ir;

namespace AutoGrad.Generator.Model;

/// <summary>
/// A method with hand-written companions, as plain data: where a missing companion would go, and
/// which one to derive from the other (or none: both are written, or a diagnostic says why not).
/// </summary>
/// <param name="PrimalTarget">How the derived companion calls the method, e.g. <c>global::Special.Erf</c>.</param>
/// <param name="Stub">The method's parameters and result, no body.</param>
/// <param name="Derive">Tangent or Adjoint: the companion to derive from the hand-written other one.</param>
internal sealed record CustomDerivativeModel(
    string HintName,
    string? Namespace,
    EquatableArray<ContainingType> ContainingTypes,
    string Accessibility,
    bool IsStatic,
    string DisplayName,
    string PrimalTarget,
    Function? Stub,
    CalleeForm? Derive,
    EquatableArray<DiagnosticInfo> Diagnostics);
