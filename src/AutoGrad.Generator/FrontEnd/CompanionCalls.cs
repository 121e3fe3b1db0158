using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoGrad.Generator.FrontEnd;

/// <summary>
/// Calls of generated companions from a <c>[Differentiable]</c> method (<c>FTangent(x, 1.0).Tangent</c>).
/// A generator does not see its own output, so inside the generator <c>FTangent</c> is an unknown name,
/// while the analyzer (which runs after it) sees the generated method. Both resolve the call here, from
/// the syntax and the name, so they agree: the primal is the <c>[Differentiable]</c> method whose name
/// plus a companion suffix is the called name and whose companion takes as many arguments.
/// </summary>
internal static class CompanionCalls
{
    /// <summary>Longest first, so <c>FTangentTangent</c> is not read as the Tangent of <c>FTangent</c>.</summary>
    private static readonly CalleeForm[] Forms =
    {
        CalleeForm.TangentTangent, CalleeForm.AdjointTangent, CalleeForm.Tangent, CalleeForm.Adjoint,
    };

    /// <summary>The method and companion an invocation names, or null if it is not a call of a generated companion.</summary>
    public static (IMethodSymbol Primal, CalleeForm Form)? Resolve(InvocationExpressionSyntax invocation, SemanticModel model)
    {
        (INamedTypeSymbol? type, SimpleNameSyntax? name) = Target(invocation, model);
        if (type is null || name is null)
        {
            return null;
        }
        ISymbol? bound = model.GetSymbolInfo(invocation).Symbol;
        if (bound is not null && !CompanionNameClashes.IsGeneratedByAutoGrad(bound))
        {
            // A method the user wrote, whatever its name.
            return null;
        }
        int arguments = invocation.ArgumentList.Arguments.Count;
        foreach ((string primalName, CalleeForm form) in Readings(name.Identifier.ValueText))
        {
            IMethodSymbol[] candidates = type.GetMembers(primalName).OfType<IMethodSymbol>().Where(MethodParser.HasDifferentiableAttribute).ToArray();
            // An exact count first; then one that leaves out trailing optional arguments (the seed, defaulted inputs).
            IMethodSymbol[] matches = candidates.Where(m => Arity(m, form) == arguments).ToArray();
            if (matches.Length == 0)
            {
                matches = candidates.Where(m => arguments < Arity(m, form) && arguments >= m.Parameters.Count(p => !p.HasExplicitDefaultValue)).ToArray();
            }
            if (matches.Length == 1)
            {
                return (matches[0], form);
            }
        }
        return null;
    }

    /// <summary>
    /// The [CustomDerivative] method of <paramref name="companion"/>'s type whose companion it is (hand-written,
    /// or derived by AutoGrad from one that is), or null: its derivative cannot be used as a value yet.
    /// </summary>
    public static IMethodSymbol? CustomPrimalOf(IMethodSymbol companion) =>
        Readings(companion.Name)
            .SelectMany(r => companion.ContainingType.GetMembers(r.PrimalName))
            .OfType<IMethodSymbol>()
            .FirstOrDefault(m => m.GetAttributes().Any(CustomDerivatives.IsCustomDerivative));

    /// <summary>The primal name and companion form a called name may be read as: F and Tangent for FTangent, longest suffix first.</summary>
    private static IEnumerable<(string PrimalName, CalleeForm Form)> Readings(string called) =>
        Forms.Where(f => called.Length > f.Suffix().Length && called.EndsWith(f.Suffix(), System.StringComparison.Ordinal))
            .Select(f => (called.Substring(0, called.Length - f.Suffix().Length), f));

    /// <summary>
    /// The method whose companion a compiler error fails to find, when the error is only the generator's
    /// blindness to its own output: an unknown name that <see cref="Resolve"/> reads as a companion.
    /// </summary>
    public static IMethodSymbol? UnseenCompanionOf(Diagnostic error, SemanticModel model)
    {
        if (error.Id is not ("CS0103" or "CS0117" or "CS1061") || !error.Location.IsInSource)
        {
            return null;
        }
        SyntaxNode? node = model.SyntaxTree.GetRoot().FindToken(error.Location.SourceSpan.Start).Parent;
        SyntaxNode? callee = node is SimpleNameSyntax && node.Parent is MemberAccessExpressionSyntax access && access.Name == node ? access : node;
        return callee?.Parent is InvocationExpressionSyntax invocation && invocation.Expression == callee ? Resolve(invocation, model)?.Primal : null;
    }

    /// <summary>The type the called name is looked up in, and the name: <c>F…</c>, <c>this.F…</c> or <c>T.F…</c>.</summary>
    private static (INamedTypeSymbol? Type, SimpleNameSyntax? Name) Target(InvocationExpressionSyntax invocation, SemanticModel model)
    {
        switch (invocation.Expression)
        {
            case IdentifierNameSyntax name:
                return (model.GetEnclosingSymbol(invocation.SpanStart)?.ContainingType, name);
            case MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Expression: ThisExpressionSyntax, Name: IdentifierNameSyntax name }:
                return (model.GetEnclosingSymbol(invocation.SpanStart)?.ContainingType, name);
            case MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Name: IdentifierNameSyntax name } access:
                return (model.GetSymbolInfo(access.Expression).Symbol as INamedTypeSymbol, name);
            default:
                return (null, null);
        }
    }

    /// <summary>How many arguments the companion takes: the contract of <see cref="CompanionSignatures"/>, counted.</summary>
    private static int Arity(IMethodSymbol primal, CalleeForm form)
    {
        int differentiable = primal.Parameters.Count(MethodParser.IsDifferentiableParameter);
        int parameters = primal.Parameters.Length;
        return form switch
        {
            CalleeForm.Tangent => parameters + differentiable,
            CalleeForm.Adjoint => parameters + differentiable + 1,
            CalleeForm.TangentTangent => parameters + 3 * differentiable,
            CalleeForm.AdjointTangent => parameters + 3 * differentiable + 2,
            _ => parameters,
        };
    }
}
