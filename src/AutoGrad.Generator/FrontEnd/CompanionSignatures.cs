using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Pipeline;
using Microsoft.CodeAnalysis;

namespace AutoGrad.Generator.FrontEnd;

/// <summary>
/// The companions' signatures, read from the transforms themselves run over a stub with the method's
/// parameters: hand-written companions and name clashes are checked against the very contract the
/// generator emits, so the two cannot drift apart.
/// </summary>
internal static class CompanionSignatures
{
    /// <summary>
    /// The method's signature as a function with no body, or null if a parameter or the result has a
    /// type AutoGrad does not differentiate through.
    /// </summary>
    public static Function? Stub(IMethodSymbol method)
    {
        IrType? returnType = TypeMapper.Map(method.ReturnType);
        if (returnType is not { IsDifferentiable: true } || returnType.IsArray && !returnType.IsFlatArray)
        {
            return null;
        }
        var parameters = new List<Parameter>();
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            if (TypeMapper.Map(parameter.Type) is not IrType type || parameter.RefKind != RefKind.None)
            {
                return null;
            }
            parameters.Add(new Parameter(parameter.Name, type, MethodParser.IsDifferentiableParameter(parameter)));
        }
        var body = Block.Of(new Return(new Literal("default!", returnType)));
        return new Function(method.Name, returnType, parameters.ToEquatableArray(), EquatableArray<Local>.Empty, body);
    }

    /// <summary>Every companion generated for a method of this signature and order, bodies unused.</summary>
    public static IEnumerable<Function> All(Function stub, int order)
    {
        CompanionSet set = CompanionPipeline.Build(stub, System.Math.Max(1, System.Math.Min(order, MethodParser.MaxOrder)));
        IEnumerable<Function> first = set.AdjointTangent is Function adjointTangent
            ? new[] { set.Tangent, set.Adjoint, adjointTangent }
            : new[] { set.Tangent, set.Adjoint };
        return first.Concat(set.HigherTangents);
    }

    /// <summary>Whether C# overloading would see the same method: the same parameter types, each by value or by ref alike.</summary>
    public static bool SameParameters(IMethodSymbol candidate, Function expected) =>
        !candidate.IsGenericMethod
        && candidate.Parameters.Length == expected.Parameters.Count
        && candidate.Parameters.Zip(expected.Parameters, (actual, slot) =>
            (actual.RefKind != RefKind.None) == slot.IsRef && TypeText(actual.Type) == slot.Type.CSharpName).All(same => same);

    /// <summary>Whether a hand-written method is exactly the companion: parameters, <c>ref</c>s, result and static-ness.</summary>
    public static bool Matches(IMethodSymbol candidate, Function expected, bool isStatic) =>
        candidate.IsStatic == isStatic
        && SameParameters(candidate, expected)
        && candidate.Parameters.All(p => p.RefKind is RefKind.None or RefKind.Ref)
        && TypeText(candidate.ReturnType) == expected.ReturnType.CSharpName;

    /// <summary>Two companions C# would take for one method.</summary>
    public static bool SameParameters(Function a, Function b) =>
        a.Parameters.Count == b.Parameters.Count
        && a.Parameters.Zip(b.Parameters, (x, y) => x.IsRef == y.IsRef && x.Type.CSharpName == y.Type.CSharpName).All(same => same);

    /// <summary>How the generator spells a type: tuples with their element names, as the callers read them.</summary>
    private static string TypeText(ITypeSymbol type) =>
        type is INamedTypeSymbol { IsTupleType: true } tuple
            ? "(" + string.Join(", ", tuple.TupleElements.Select(e => TypeText(e.Type) + " " + e.Name)) + ")"
            : TypeMapper.Map(type)?.CSharpName ?? type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
}
