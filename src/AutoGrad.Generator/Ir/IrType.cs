namespace AutoGrad.Generator.Ir;

internal enum ValueKind
{
    Double,
    Int,
    Long,
    Bool,
    /// <summary>Any other type (an enum, a struct, a tuple): carried through, never differentiated.</summary>
    Other,
    /// <summary>An array: <see cref="IrType.Element"/> says of what, <see cref="IrType.Rank"/> how many dimensions.</summary>
    Array,
}

/// <summary>
/// The type of an IR value: its kind, how C# spells it, and for arrays the element type and rank
/// (<c>double[,]</c> has rank 2; <c>double[][]</c> is a rank-1 array of <c>double[]</c>).
/// </summary>
/// <param name="IsObject">An object of a class the method only uses (a <c>Random</c>, a <c>StringBuilder</c>): a reference, never differentiated.</param>
internal sealed record IrType(ValueKind Kind, string CSharpName, IrType? Element = null, int Rank = 0, bool IsObject = false)
{
    public static readonly IrType Double = new(ValueKind.Double, "double");
    public static readonly IrType Int = new(ValueKind.Int, "int");
    public static readonly IrType Long = new(ValueKind.Long, "long");
    public static readonly IrType Bool = new(ValueKind.Bool, "bool");

    /// <summary>What a call evaluated for its effect returns.</summary>
    public static readonly IrType Void = OtherType("void");

    public static readonly IrType DoubleArray = ArrayOf(Double);

    public bool IsDouble => Kind == ValueKind.Double;

    public bool IsArray => Kind == ValueKind.Array;

    /// <summary>A <c>double</c>, or an array of them: a type that carries derivatives.</summary>
    public bool IsDifferentiable => IsDouble || IsArray && Element!.IsDifferentiable;

    /// <summary>An array of scalars (not of arrays): the kind a companion can create and clone.</summary>
    public bool IsFlatArray => IsArray && !Element!.IsArray;

    public static IrType ArrayOf(IrType element, int rank = 1) =>
        new(ValueKind.Array, element.CSharpName + "[" + new string(',', rank - 1) + "]", element, rank);

    public static IrType OtherType(string cSharpName) => new(ValueKind.Other, cSharpName);

    public static IrType ObjectType(string cSharpName) => new(ValueKind.Other, cSharpName, IsObject: true);

    public static IrType RecordStackOf(IrType element) =>
        OtherType($"global::AutoGrad.Internal.RecordStack<{element.CSharpName}>");

    public override string ToString() => CSharpName;
}
