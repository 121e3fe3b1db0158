using AutoGrad.Generator.Ir;

namespace AutoGrad.Generator.Model;

/// <summary>
/// Everything the generator needs about one <c>[Differentiable]</c> method, as plain data: where the
/// companions go, and the method's body in IR (null when a diagnostic says why it can't be differentiated).
/// </summary>
internal sealed record MethodModel(
    string? Namespace,
    EquatableArray<ContainingType> ContainingTypes,
    string Accessibility,
    bool IsStatic,
    string HintName,
    string DisplayName,
    LocationInfo? Location,
    int Order,
    Function? Primal,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>A type the companions are nested in, e.g. <c>record struct Point</c>.</summary>
internal sealed record ContainingType(string Keyword, string NameWithTypeParameters);
