using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Diagnostics;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoGrad.Generator.FrontEnd;

/// <summary>
/// AG0007: a name a companion needs is taken, so the generated file would not compile
/// (CS0102/CS0111/CS0100) and the error would point into code the user can't edit: a member with a
/// companion's name and parameter list, another [Differentiable] overload whose companion would have
/// the same parameter list, or a parameter named like one of the companions' own parameters.
/// Overloads with other parameter lists are fine, as C# allows them.
/// </summary>
internal static class CompanionNameClashes
{
    public static void Report(IMethodSymbol method, MethodDeclarationSyntax syntax, List<DiagnosticInfo> diagnostics)
    {
        if (CompanionSignatures.Stub(method) is not Function stub)
        {
            return;
        }
        Function[] companions = CompanionSignatures.All(stub, MethodParser.OrderOf(method)).ToArray();
        Function[] overloadCompanions = method.ContainingType.GetMembers(method.Name).OfType<IMethodSymbol>()
            .Where(o => !SymbolEqualityComparer.Default.Equals(o, method) && MethodParser.HasDifferentiableAttribute(o))
            .Select(o => (Overload: o, Stub: CompanionSignatures.Stub(o)))
            .Where(o => o.Stub is not null)
            .SelectMany(o => CompanionSignatures.All(o.Stub!, MethodParser.OrderOf(o.Overload)))
            .ToArray();
        foreach (Function companion in companions)
        {
            foreach (ISymbol member in method.ContainingType.GetMembers(companion.Name).Where(m => !IsGeneratedByAutoGrad(m)))
            {
                // Any other kind of member takes the name outright; a method only with the same parameter list.
                if (member is not IMethodSymbol other || CompanionSignatures.SameParameters(other, companion))
                {
                    diagnostics.Add(Clash(syntax, member.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat), $"the companion '{companion.Name}'", method));
                }
            }
            if (overloadCompanions.Any(o => o.Name == companion.Name && CompanionSignatures.SameParameters(o, companion)))
            {
                diagnostics.Add(Clash(syntax, "another [Differentiable] overload's companion", $"the companion '{companion.Name}'", method));
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

    /// <summary>
    /// The analyzer sees the generator's output in its compilation: those companions are not clashes.
    /// The tool name is the one <c>CompanionFileEmitter</c> writes in <c>[GeneratedCode]</c>.
    /// </summary>
    public static bool IsGeneratedByAutoGrad(ISymbol member) =>
        member.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.CodeDom.Compiler.GeneratedCodeAttribute"
            && a.ConstructorArguments.Length > 0 && a.ConstructorArguments[0].Value is "AutoGrad.Generator");
}
