using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Diagnostics;
using AutoGrad.Generator.Emit;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Model;
using AutoGrad.Generator.Pipeline;
using Microsoft.CodeAnalysis;

namespace AutoGrad.Generator.FrontEnd;

/// <summary>
/// Methods whose companions the user wrote: <c>[CustomDerivative]</c> on the method, or
/// <c>[assembly: CustomDerivative(typeof(T), "M", typeof(Companions))]</c> for a method of another
/// assembly, checked against <see cref="CompanionSignatures"/>.
/// </summary>
internal static class CustomDerivatives
{
    public const string Attribute = "AutoGrad.CustomDerivativeAttribute";

    private static readonly (CalleeForm Form, string Mode)[] Forms =
    {
        (CalleeForm.Tangent, "forward mode"),
        (CalleeForm.Adjoint, "reverse mode"),
        (CalleeForm.AdjointTangent, "forward-over-reverse mode"),
        (CalleeForm.TangentTangent, "forward-over-forward mode"),
    };

    public static bool IsCustomDerivative(AttributeData attribute) => attribute.AttributeClass?.ToDisplayString() == Attribute;

    /// <summary>The type that declares the hand-written companions of <paramref name="method"/>, or null if it has none.</summary>
    public static INamedTypeSymbol? CompanionTypeOf(IMethodSymbol method, Compilation compilation)
    {
        if (method.GetAttributes().Any(IsCustomDerivative))
        {
            return method.ContainingType;
        }
        foreach (AttributeData attribute in compilation.Assembly.GetAttributes().Where(IsCustomDerivative))
        {
            if (Registration(attribute) is { } registration
                && SymbolEqualityComparer.Default.Equals(registration.Type.OriginalDefinition, method.ContainingType.OriginalDefinition)
                && registration.Name == method.Name)
            {
                return registration.Companions;
            }
        }
        return null;
    }

    /// <summary>The (type, method name, companion type) of an assembly-level registration.</summary>
    public static (INamedTypeSymbol Type, string Name, INamedTypeSymbol Companions)? Registration(AttributeData attribute) =>
        attribute.ConstructorArguments.Length == 3
        && attribute.ConstructorArguments[0].Value is INamedTypeSymbol type
        && attribute.ConstructorArguments[1].Value is string name
        && attribute.ConstructorArguments[2].Value is INamedTypeSymbol companions
            ? (type, name, companions)
            : null;

    /// <summary>The forms of <paramref name="primal"/>'s companions in <paramref name="companions"/> whose signatures match <paramref name="expected"/>.</summary>
    public static HashSet<CalleeForm> HandWritten(IMethodSymbol primal, INamedTypeSymbol companions, IReadOnlyDictionary<CalleeForm, Function> expected)
    {
        var found = new HashSet<CalleeForm>();
        foreach ((CalleeForm form, _) in Forms)
        {
            if (companions.GetMembers(primal.Name + form.Suffix()).OfType<IMethodSymbol>().Any(m => CompanionSignatures.Matches(m, expected[form], primal.IsStatic)))
            {
                found.Add(form);
            }
        }
        return found;
    }

    /// <summary>AG0021 for each hand-written companion whose name says which form it is but whose signature is wrong.</summary>
    public static IEnumerable<DiagnosticInfo> SignatureMismatches(IMethodSymbol primal, INamedTypeSymbol companions, IReadOnlyDictionary<CalleeForm, Function> expected)
    {
        foreach ((CalleeForm form, string mode) in Forms)
        {
            IMethodSymbol[] candidates = companions.GetMembers(primal.Name + form.Suffix()).OfType<IMethodSymbol>().ToArray();
            if (candidates.Length == 0 || candidates.Any(m => CompanionSignatures.Matches(m, expected[form], primal.IsStatic)) || MatchesAnOverload(candidates, primal, form))
            {
                continue;
            }
            foreach (IMethodSymbol candidate in candidates)
            {
                string modifiers = primal.IsStatic ? "static " : "";
                yield return DiagnosticInfo.Create(DiagnosticDescriptors.CompanionSignatureMismatch, candidate.Locations.FirstOrDefault(),
                    candidate.Name, mode, primal.Name, modifiers + FunctionEmitter.Signature(expected[form]));
            }
        }
    }

    /// <summary>A companion of another overload of the primal is not a mismatch of this one.</summary>
    private static bool MatchesAnOverload(IMethodSymbol[] candidates, IMethodSymbol primal, CalleeForm form) =>
        primal.ContainingType.GetMembers(primal.Name).OfType<IMethodSymbol>()
            .Where(o => !SymbolEqualityComparer.Default.Equals(o, primal))
            .Select(CompanionSignatures.Stub)
            .Any(stub => stub is not null && candidates.Any(m => CompanionSignatures.Matches(m, CompanionPipeline.Expected(stub)[form], primal.IsStatic)));
}
