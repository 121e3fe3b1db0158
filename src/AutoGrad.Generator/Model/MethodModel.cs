using AutoGrad.Generator.Ir;

namespace AutoGrad.Generator.Model;

/// <summary>
/// Everything the generator needs about one <c>[Differentiable]</c> method, as plain data: where the
/// companions go, and the method's body in IR (null when a diagnostic says why it can't be differentiated).
/// <c>Omitted</c> names the conveniences (<c>FGradient</c>, <c>FDerivatives</c>) not generated because the type already
/// has a member of that name: unlike a companion's, such a name is the user's to keep.
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
    EquatableArray<DiagnosticInfo> Diagnostics,
    EquatableArray<string> Omitted = default);

/// <summary>A type the companions are nested in, e.g. <c>record struct Point</c>.</summary>
internal sealed record ContainingType(string Keyword, string NameWithTypeParameters);
