
namespace AutoGrad.Generator.Ir;

/// <summary>A function in IR: the user's method as parsed, or a companion made from it.</summary>
internal sealed record Function(
    string Name,
    IrType ReturnType,
    EquatableArray<Parameter> Parameters,
    EquatableArray<Local> Locals,
    Block Body);

/// <param name="IsDifferentiable">A <c>double</c> the companions differentiate (not <c>[NoDerivative]</c>).</param>
/// <param name="DefaultValue">C# text of the default value, if the parameter is optional.</param>
internal sealed record Parameter(string Name, IrType Type, bool IsDifferentiable, bool IsRef = false, string? DefaultValue = null);

/// <summary>A local declared at the top of the function body and initialized to its default.</summary>
/// <param name="IsAdjoint">The adjoint of a variable of the function the reverse transform made this companion from.</param>
/// <param name="IsDeclaredWhereAssigned">Declared by its first assignment, a statement of the body's top level, not at the top.</param>
internal sealed record Local(string Name, IrType Type, bool IsAdjoint = false, bool IsDeclaredWhereAssigned = false);
