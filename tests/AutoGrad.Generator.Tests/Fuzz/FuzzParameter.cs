namespace AutoGrad.Generator.Tests.Fuzz;

/// <summary>The value types the supported-subset writer works with.</summary>
internal enum FuzzType
{
    Double,
    Int,
    Bool,
    DoubleArray,
}

/// <summary>A parameter of a generated method. Int parameters are non-negative at run time, so they can bound loops and pick elements.</summary>
internal sealed record FuzzParameter(string Name, FuzzType Type)
{
    public string Declaration => CSharp(Type) + " " + Name;

    public static string CSharp(FuzzType type) => type switch
    {
        FuzzType.Double => "double",
        FuzzType.Int => "int",
        FuzzType.Bool => "bool",
        _ => "double[]",
    };
}

/// <summary>A differentiable sibling that a generated method may call.</summary>
internal sealed record Callee(string Name, FuzzParameter[] Parameters);
