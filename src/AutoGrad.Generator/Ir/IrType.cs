namespace AutoGrad.Generator.Ir;

internal enum ValueKind
{
    Double,
    Int,
    Long,
    Bool,
    /// <summary>Any other type (an enum, a struct, a tuple): carried through, never differentiated.</summary>
    Other,
}

/// <summary>The type of an IR value: its kind, and how C# spells it.</summary>
internal sealed record IrType(ValueKind Kind, string CSharpName)
{
    public static readonly IrType Double = new(ValueKind.Double, "double");
    public static readonly IrType Int = new(ValueKind.Int, "int");
    public static readonly IrType Long = new(ValueKind.Long, "long");
    public static readonly IrType Bool = new(ValueKind.Bool, "bool");

    public bool IsDouble => Kind == ValueKind.Double;

    public static IrType OtherType(string cSharpName) => new(ValueKind.Other, cSharpName);

    public static IrType RecordStackOf(IrType element) =>
        OtherType($"global::AutoGrad.Internal.RecordStack<{element.CSharpName}>");

    public override string ToString() => CSharpName;
}
