using AutoGrad.Generator.Ir;

namespace AutoGrad.Generator.Transforms;

/// <summary>
/// A transform met a value that depends on a differentiable input in a shape it has no derivative
/// for. The front end should have lowered or rejected it; this stops the companion from treating the
/// value as a constant (a wrong derivative that builds) and becomes the internal-error diagnostic.
/// </summary>
internal sealed class UndifferentiatedValueException : System.Exception
{
    public UndifferentiatedValueException(Expr value)
        : base($"no derivative rule for a {value.GetType().Name} expression that depends on a differentiable input")
    {
    }
}
