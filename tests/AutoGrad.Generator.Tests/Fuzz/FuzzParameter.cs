namespace AutoGrad.Generator.Tests.Fuzz;

/// <summary>The value types the supported-subset writer works with.</summary>
internal enum FuzzType
{
    Double,
    Int,
    Bool,
    DoubleArray,

    /// <summary><c>double[,]</c>: as a parameter, or a local <c>new double[r, c]</c>.</summary>
    Matrix,

    /// <summary><c>double[][]</c>: a parameter only (a companion cannot create one); read as <c>x[i][j]</c>, rows passed as <c>x[i]</c>.</summary>
    Jagged,

    /// <summary>The case's <c>Mode</c> enum (<see cref="CaseMembers"/>): a parameter compared in conditions, never differentiated.</summary>
    Enum,

    /// <summary>A <c>const long</c> or <c>const char</c> local: read only in double expressions.</summary>
    Constant,
}

/// <summary>
/// A parameter of a generated method. Int parameters are non-negative at run time, so they can bound
/// loops and pick elements; arrays, matrices and jagged rows are never empty.
/// </summary>
internal sealed record FuzzParameter(string Name, FuzzType Type, bool NoDerivative = false)
{
    public string Declaration => (NoDerivative ? "[NoDerivative] " : "") + CSharp(Type) + " " + Name;

    /// <summary>Whether the parameter carries a derivative: a companion gives it a tangent (or adjoint) partner.</summary>
    public bool IsDifferentiable => Type is FuzzType.Double or FuzzType.DoubleArray or FuzzType.Matrix or FuzzType.Jagged && !NoDerivative;

    public static string CSharp(FuzzType type) => type switch
    {
        FuzzType.Double => "double",
        FuzzType.Int => "int",
        FuzzType.Bool => "bool",
        FuzzType.Matrix => "double[,]",
        FuzzType.Jagged => "double[][]",
        FuzzType.Enum => CaseMembers.Mode,
        _ => "double[]",
    };
}

/// <summary>A sibling that a generated method may call: [Differentiable], or [CustomDerivative] with hand-written companions.</summary>
/// <param name="DerivativeAsValue">The caller may also use its derivative as a value, <c>GTangent(…).Tangent</c> (or <c>.Value</c>).</param>
/// <param name="ReturnsArray">It returns a non-empty double[], which the caller indexes in place or keeps in a local.</param>
internal sealed record Callee(string Name, FuzzParameter[] Parameters, bool DerivativeAsValue = false, bool ReturnsArray = false);
