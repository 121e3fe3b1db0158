using AutoGrad.Generator.Analyses;
using AutoGrad.Generator.Ir;

namespace AutoGrad.Generator.Transforms;

/// <summary>
/// A transform met a value that depends on a differentiable input in a shape it has no derivative
/// for. The front end should have lowered or rejected it; this stops the companion from treating the
/// value as a constant (a wrong derivative that builds) and becomes the internal-error diagnostic.
/// </summary>
internal sealed class UndifferentiatedValueException : System.Exception
{
    private UndifferentiatedValueException(Expr value)
        : base($"no derivative rule for a {value.GetType().Name} expression that depends on a differentiable input")
    {
    }

    /// <summary>
    /// Throws for <paramref name="value"/> if it depends on a differentiable input and is not a variable, an
    /// element or a literal: the shapes whose derivative a transform finds, or knows to be 0.
    /// </summary>
    public static void ThrowIfActive(Expr value, Activity activity)
    {
        if (value is not (Var or Index { Array: Var } or Literal) && activity.IsActive(value))
        {
            throw new UndifferentiatedValueException(value);
        }
    }
}
