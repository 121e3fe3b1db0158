namespace AutoGrad.Generator.Ir;

internal enum ValueKind
{
    Double,
    Int,
    Long,
    Bool,
    /// <summary>Any other type (an enum, a struct, a tuple): carried through, never differentiated.</summary>
    Other,
    /// <summary>A one-dimensional array; <see cref="IrType.Element"/> says of what.</summary>
    Array,
}

/// <summary>The type of an IR value: its kind, how C# spells it, and for arrays the element type.</summary>
internal sealed record IrType(ValueKind Kind, string CSharpName, IrType? Element = null)
{
    public static readonly IrType Double = new(ValueKind.Double, "double");
    public static readonly IrType Int = new(ValueKind.Int, "int");
    public static readonly IrType Long = new(ValueKind.Long, "long");
    public static readonly IrType Bool = new(ValueKind.Bool, "bool");

    public static readonly IrType DoubleArray = new(ValueKind.Array, "double[]", Double);

    public bool IsDouble => Kind == ValueKind.Double;

    public bool IsArray => Kind == ValueKind.Array;

    /// <summary>A <c>double</c>, or an array of them: a type that carries derivatives.</summary>
    public bool IsDifferentiable => IsDouble || IsArray && Element!.IsDifferentiable;

    public static IrType ArrayOf(IrType element) => new(ValueKind.Array, element.CSharpName + "[]", element);

    public static IrType OtherType(string cSharpName) => new(ValueKind.Other, cSharpName);

    public static IrType RecordStackOf(IrType element) =>
        OtherType($"global::AutoGrad.Internal.RecordStack<{element.CSharpName}>");

    public override string ToString() => CSharpName;
}
