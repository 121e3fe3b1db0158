using AutoGrad.Generator.Ir;

namespace AutoGrad.Generator.Transforms;

/// <summary>The array expressions both transforms make: length checks on arguments, and arrays of zeros.</summary>
internal static class ArrayOps
{
    /// <summary>Throws <c>ArgumentException</c> naming both arrays and their lengths (or shapes) if they differ.</summary>
    public static Stmt SameLength(string value, string partner) => SameLength(new Var(value, IrType.DoubleArray), value, partner);

    public static Stmt SameLength(Expr value, string valueName, string partner) =>
        new Evaluate(new Opaque(
            $"global::AutoGrad.Internal.Arrays.SameLength({{0}}, \"{valueName}\", {{1}}, \"{partner}\")",
            EquatableArray.Of(value, new Var(partner, IrType.DoubleArray)),
            IrType.Void));

    /// <summary>A new array of zeros shaped like <paramref name="array"/>: the tangent or adjoint of a constant array.</summary>
    public static Expr ZerosLike(Expr array) => array.Type switch
    {
        { Rank: 2 } => new NewArray(array.Type, new Indices(EquatableArray.Of<Expr>(new ArrayLength(array, 0), new ArrayLength(array, 1)), Jagged: false)),
        { IsFlatArray: true } => new NewArray(array.Type, new ArrayLength(array)),
        // Rows of a jagged array may differ in length: the runtime copies the shape.
        _ => new Opaque("global::AutoGrad.Internal.Arrays.ZerosLike({0})", EquatableArray.Of(array), array.Type),
    };
}
