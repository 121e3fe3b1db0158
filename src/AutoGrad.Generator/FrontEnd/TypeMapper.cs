using AutoGrad.Generator.Ir;
using Microsoft.CodeAnalysis;

namespace AutoGrad.Generator.FrontEnd;

/// <summary>Which C# types a [Differentiable] method may use, and their IR types.</summary>
internal static class TypeMapper
{
    public const string SupportedTypes =
        "use double, double[], double[,] or double[][] (differentiable), or int, long, bool, short, byte, char, an enum or an array of int, long or bool (passed through, never differentiated)";

    /// <summary>The IR type of a parameter or local, or null if the type is not supported.</summary>
    public static IrType? Map(ITypeSymbol? type)
    {
        if (type is null)
        {
            return null;
        }
        if (type is IArrayTypeSymbol { Rank: 1 or 2 } array)
        {
            return Map(array.ElementType) switch
            {
                IrType { Kind: ValueKind.Double or ValueKind.Int or ValueKind.Long or ValueKind.Bool } element => IrType.ArrayOf(element, array.Rank),
                // Jagged: rows of doubles. Matrices of rows, or deeper nesting, are not worth their cost.
                IrType { IsFlatArray: true, Rank: 1, Element.IsDouble: true } row when array.Rank == 1 => IrType.ArrayOf(row),
                _ => null,
            };
        }
        switch (type.SpecialType)
        {
            case SpecialType.System_Double:
                return IrType.Double;
            case SpecialType.System_Int32:
                return IrType.Int;
            case SpecialType.System_Int64:
                return IrType.Long;
            case SpecialType.System_Boolean:
                return IrType.Bool;
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Byte:
            case SpecialType.System_SByte:
            case SpecialType.System_UInt32:
            case SpecialType.System_UInt64:
            case SpecialType.System_Char:
                return IrType.OtherType(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));
        }
        return type.TypeKind == TypeKind.Enum
            ? IrType.OtherType(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat))
            : null;
    }

    /// <summary>The IR type of an intermediate value: also strings, for arguments of ordinary calls.</summary>
    public static IrType? MapValue(ITypeSymbol? type) =>
        Map(type) ?? (type?.SpecialType == SpecialType.System_String ? IrType.OtherType("string") : null);
}
