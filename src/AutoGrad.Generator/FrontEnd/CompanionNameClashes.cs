using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Diagnostics;
using AutoGrad.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoGrad.Generator.FrontEnd;

/// <summary>
/// AG0007: a member the user wrote already has a companion's name and signature, so the generated
/// file would not compile (CS0102/CS0111) and the error would point into code the user can't edit.
/// Overloads with other parameter lists are fine, as C# allows them.
/// </summary>
internal static class CompanionNameClashes
{
    /// <summary>One parameter of a companion, as C# overloading sees it: its type, and whether it is passed by reference.</summary>
    private readonly record struct Slot(ITypeSymbol Type, bool ByRef);

    public static void Report(IMethodSymbol method, MethodDeclarationSyntax syntax, List<DiagnosticInfo> diagnostics)
    {
        IMethodSymbol[] overloads = method.ContainingType.GetMembers(method.Name).OfType<IMethodSymbol>()
            .Where(o => !SymbolEqualityComparer.Default.Equals(o, method) && MethodParser.HasDifferentiableAttribute(o)).ToArray();
        foreach ((string name, Slot[] signature) in Companions(method))
        {
            foreach (ISymbol member in method.ContainingType.GetMembers(name))
            {
                if (!IsGeneratedByAutoGrad(member) && Conflicts(member, signature))
                {
                    diagnostics.Add(Clash(syntax, member.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat), $"the companion '{name}'", method));
                }
            }
            // Another [Differentiable] overload whose companion would have the same parameter list.
            foreach (IMethodSymbol overload in overloads.Where(o => Companions(o).Any(c => c.Name == name && c.Signature.SequenceEqual(signature))))
            {
                diagnostics.Add(Clash(syntax, overload.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat) + "'s companion", $"the companion '{name}'", method));
            }
        }
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            // The Adjoint's seed, and each input's partners (xTangent, xAdjoint, xTangent2, …), are parameters of the companions too.
            if (parameter.Name.StartsWith("seed", System.StringComparison.Ordinal)
                || method.Parameters.Any(p => p.Name != parameter.Name && MethodParser.IsDifferentiableParameter(p)
                    && (parameter.Name.StartsWith(p.Name + "Tangent", System.StringComparison.Ordinal) || parameter.Name.StartsWith(p.Name + "Adjoint", System.StringComparison.Ordinal))))
            {
                diagnostics.Add(Clash(syntax, parameter.Name, "a parameter of the companions (seed, or another input's Tangent or Adjoint partner)", method));
            }
        }
    }

    private static DiagnosticInfo Clash(MethodDeclarationSyntax syntax, string member, string companion, IMethodSymbol method) =>
        DiagnosticInfo.Create(DiagnosticDescriptors.CompanionNameClash, syntax.Identifier.GetLocation(), member, companion, method.Name);

    /// <summary>The companions' names and parameter lists, as the README's contract spells them.</summary>
    private static IEnumerable<(string Name, Slot[] Signature)> Companions(IMethodSymbol method)
    {
        var tangent = new List<Slot>();
        var tangentTangent = new List<Slot>();
        var adjoint = new List<Slot>();
        var adjointTangent = new List<Slot>();
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            var value = new Slot(parameter.Type, false);
            bool differentiable = MethodParser.IsDifferentiableParameter(parameter);
            // x, xTangent; x, xTangent2, xTangent, xTangentTangent; x, xAdjoint; x, xTangent, xAdjoint, xAdjointTangent.
            tangent.AddRange(Repeat(value, differentiable ? 2 : 1));
            tangentTangent.AddRange(Repeat(value, differentiable ? 4 : 1));
            adjoint.Add(value);
            adjointTangent.AddRange(Repeat(value, differentiable ? 2 : 1));
            if (differentiable)
            {
                var partner = new Slot(parameter.Type, ByRef: parameter.Type is not IArrayTypeSymbol);
                adjoint.Add(partner);
                adjointTangent.AddRange(Repeat(partner, 2));
            }
        }
        var seed = new Slot(method.ReturnType, false);
        adjoint.Add(seed);
        adjointTangent.AddRange(Repeat(seed, 2));

        yield return (method.Name + "Tangent", tangent.ToArray());
        yield return (method.Name + "Adjoint", adjoint.ToArray());
        if (MethodParser.OrderOf(method) >= 2)
        {
            yield return (method.Name + "AdjointTangent", adjointTangent.ToArray());
            yield return (method.Name + "TangentTangent", tangentTangent.ToArray());
        }
    }

    private static IEnumerable<Slot> Repeat(Slot slot, int count) => Enumerable.Repeat(slot, count);

    /// <summary>Any other kind of member takes the name outright; a method only with the same parameter list.</summary>
    private static bool Conflicts(ISymbol member, Slot[] signature) =>
        member is not IMethodSymbol method
        || method.Arity == 0
            && method.Parameters.Length == signature.Length
            && method.Parameters.Zip(signature, (p, s) => SymbolEqualityComparer.Default.Equals(p.Type, s.Type) && (p.RefKind != RefKind.None) == s.ByRef).All(same => same);

    /// <summary>
    /// The analyzer sees the generator's output in its compilation: those companions are not clashes.
    /// The tool name is the one <c>CompanionFileEmitter</c> writes in <c>[GeneratedCode]</c>.
    /// </summary>
    public static bool IsGeneratedByAutoGrad(ISymbol member) =>
        member.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.CodeDom.Compiler.GeneratedCodeAttribute"
            && a.ConstructorArguments.Length > 0 && a.ConstructorArguments[0].Value is "AutoGrad.Generator");
}
