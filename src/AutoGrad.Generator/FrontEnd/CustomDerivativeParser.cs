using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Diagnostics;
using AutoGrad.Generator.Emit;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Model;
using AutoGrad.Generator.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoGrad.Generator.FrontEnd;

/// <summary>
/// <c>[CustomDerivative]</c> methods and assembly registrations → <see cref="CustomDerivativeModel"/>s:
/// which hand-written companions exist, which one to derive, and what is wrong.
/// </summary>
internal static class CustomDerivativeParser
{
    /// <summary>A method marked <c>[CustomDerivative]</c>: its companions are declared beside it.</summary>
    public static CustomDerivativeModel ParseMethod(IMethodSymbol primal, Location location)
    {
        var diagnostics = new List<DiagnosticInfo>();
        if (MethodParser.IsDifferentiable(primal))
        {
            diagnostics.Add(Incomplete(location, primal, "is also marked [Differentiable]: keep one, [Differentiable] to generate the companions or [CustomDerivative] to write them"));
            return Model(primal, primal.ContainingType, primal.Name, null, null, diagnostics);
        }
        return Parse(primal, primal.ContainingType, primal.IsStatic ? primal.Name : "this." + primal.Name, location, diagnostics);
    }

    /// <summary>Every <c>[assembly: CustomDerivative(typeof(T), "M", typeof(C))]</c>, one model per overload of T.M.</summary>
    public static EquatableArray<CustomDerivativeModel> ParseRegistrations(Compilation compilation)
    {
        var models = new List<CustomDerivativeModel>();
        foreach (AttributeData attribute in compilation.Assembly.GetAttributes().Where(CustomDerivatives.IsCustomDerivative))
        {
            Location? location = attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation();
            if (location is null || CustomDerivatives.Registration(attribute) is not { } registration)
            {
                continue;
            }
            IMethodSymbol[] overloads = registration.Type.GetMembers(registration.Name).OfType<IMethodSymbol>().Where(m => m.IsStatic).ToArray();
            if (overloads.Length == 0)
            {
                var missing = DiagnosticInfo.Create(DiagnosticDescriptors.CustomDerivativeIncomplete, location,
                    registration.Type.Name + "." + registration.Name, $"names no static method: '{registration.Type.Name}' has no static method '{registration.Name}'");
                models.Add(new CustomDerivativeModel("", null, EquatableArray<ContainingType>.Empty, "", true, registration.Name, "", null, null, EquatableArray.Of(missing)));
                continue;
            }
            foreach (IMethodSymbol primal in overloads)
            {
                string target = primal.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + primal.Name;
                models.Add(Parse(primal, registration.Companions, target, location, new List<DiagnosticInfo>()));
            }
        }
        return models.ToEquatableArray();
    }

    private static CustomDerivativeModel Parse(IMethodSymbol primal, INamedTypeSymbol companions, string primalTarget, Location location, List<DiagnosticInfo> diagnostics)
    {
        if (primal.IsGenericMethod || CompanionSignatures.Stub(primal) is not Function stub)
        {
            diagnostics.Add(Incomplete(location, primal, "cannot be used: its parameters and result must be of types AutoGrad differentiates through, and it must not be generic (" + TypeMapper.SupportedTypes + ")"));
            return Model(primal, companions, primalTarget, null, null, diagnostics);
        }
        IReadOnlyDictionary<CalleeForm, Function> expected = CompanionPipeline.Expected(stub);
        diagnostics.AddRange(CustomDerivatives.SignatureMismatches(primal, companions, expected));
        HashSet<CalleeForm> written = CustomDerivatives.HandWritten(primal, companions, expected);
        bool hasTangent = written.Contains(CalleeForm.Tangent);
        bool hasAdjoint = written.Contains(CalleeForm.Adjoint);
        if (hasTangent && hasAdjoint)
        {
            return Model(primal, companions, primalTarget, stub, null, diagnostics);
        }
        if (!hasTangent && !hasAdjoint)
        {
            if (diagnostics.Count == 0)
            {
                diagnostics.Add(Incomplete(location, primal,
                    $"has neither '{primal.Name}Tangent' nor '{primal.Name}Adjoint' in '{companions.Name}'; write at least one: {Signature(primal, expected[CalleeForm.Tangent])} or {Signature(primal, expected[CalleeForm.Adjoint])}"));
            }
            return Model(primal, companions, primalTarget, stub, null, diagnostics);
        }
        CalleeForm missing = hasTangent ? CalleeForm.Adjoint : CalleeForm.Tangent;
        string missingSignature = Signature(primal, expected[missing]);
        if (NotPartial(companions) is INamedTypeSymbol closed)
        {
            diagnostics.Add(Incomplete(location, primal,
                $"has no '{expected[missing].Name}': AutoGrad derives it from the one you wrote, but '{closed.Name}' is not partial; make it partial, or write {missingSignature}"));
            return Model(primal, companions, primalTarget, stub, null, diagnostics);
        }
        if (missing == CalleeForm.Tangent && stub.ReturnType.Rank == 2)
        {
            diagnostics.Add(Incomplete(location, primal,
                $"has no '{expected[missing].Name}', and a forward mode is derived from a reverse one only for results of type double or double[]; write {missingSignature}"));
            return Model(primal, companions, primalTarget, stub, null, diagnostics);
        }
        return Model(primal, companions, primalTarget, stub, missing, diagnostics);
    }

    private static string Signature(IMethodSymbol primal, Function expected) => (primal.IsStatic ? "static " : "") + FunctionEmitter.Signature(expected);

    private static DiagnosticInfo Incomplete(Location location, IMethodSymbol primal, string problem) =>
        DiagnosticInfo.Create(DiagnosticDescriptors.CustomDerivativeIncomplete, location, primal.ContainingType.Name + "." + primal.Name, problem);

    /// <summary>The companion type, or one that encloses it, if it is not declared partial.</summary>
    private static INamedTypeSymbol? NotPartial(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? t = type; t is not null; t = t.ContainingType)
        {
            if (!t.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is TypeDeclarationSyntax d && d.Modifiers.Any(SyntaxKind.PartialKeyword)))
            {
                return t;
            }
        }
        return null;
    }

    private static CustomDerivativeModel Model(IMethodSymbol primal, INamedTypeSymbol companions, string primalTarget, Function? stub, CalleeForm? derive, List<DiagnosticInfo> diagnostics)
    {
        var types = new List<ContainingType>();
        for (INamedTypeSymbol? type = companions; type is not null; type = type.ContainingType)
        {
            types.Insert(0, new ContainingType(MethodParser.Keyword(type), type.Name + MethodParser.TypeParameters(type)));
        }
        return new CustomDerivativeModel(
            MethodParser.HintName(companions, primal),
            companions.ContainingNamespace.IsGlobalNamespace ? null : companions.ContainingNamespace.ToDisplayString(),
            types.ToEquatableArray(),
            primal.DeclaredAccessibility == Accessibility.Public ? "public" : "internal",
            primal.IsStatic,
            primal.ContainingType.Name + "." + primal.Name,
            primalTarget,
            stub,
            derive,
            diagnostics.ToEquatableArray());
    }
}
