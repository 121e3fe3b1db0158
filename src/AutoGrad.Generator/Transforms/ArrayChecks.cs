using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Model;

namespace AutoGrad.Generator.Transforms;

/// <summary>Statements generated companions run on array arguments before anything else.</summary>
internal static class ArrayChecks
{
    private static readonly IrType Void = IrType.OtherType("void");

    /// <summary>Throws <c>ArgumentException</c> naming both arrays and their lengths if they differ.</summary>
    public static Stmt SameLength(string value, string partner) => SameLength(new Var(value, IrType.DoubleArray), value, partner);

    public static Stmt SameLength(Expr value, string valueName, string partner) =>
        new Evaluate(new Opaque(
            $"global::AutoGrad.Internal.Arrays.SameLength({{0}}, \"{valueName}\", {{1}}, \"{partner}\")",
            EquatableArray.Of(value, new Var(partner, IrType.DoubleArray)),
            Void));
}
