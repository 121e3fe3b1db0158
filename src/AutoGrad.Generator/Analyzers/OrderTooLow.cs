using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AutoGrad.Generator.Diagnostics;
using AutoGrad.Generator.FrontEnd;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoGrad.Generator.Analyzers;

/// <summary>
/// AG0012: a companion the method's Order does not generate, such as <c>FAdjointTangent</c> of a plain
/// <c>[Differentiable]</c> F, called or passed as a method group. The compiler only says that the name
/// does not exist (CS0103, CS0117, CS1061); this names the Order that makes it. It compares the Order
/// alone, never whether the companion was generated: the analyzer may or may not see the generator's
/// output, and a method with errors gets no companions at any Order (its own diagnostics say why).
/// </summary>
internal static class OrderTooLow
{
    private const string Tangent = "Tangent";
    private const string Adjoint = "Adjoint";
    private const string Series = "Derivatives";

    public static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var name = (IdentifierNameSyntax)context.Node;
        string text = name.Identifier.ValueText;
        // Every companion above the first order ends in Tangent: the text rules out most names before anything is bound.
        // A cref in a doc comment is no error of the compiler's (a warning at most), so not one of ours either.
        if (!(text.EndsWith(Tangent, StringComparison.Ordinal) || text.EndsWith(Series, StringComparison.Ordinal)) || name.IsPartOfStructuredTrivia())
        {
            return;
        }
        SymbolInfo bound = context.SemanticModel.GetSymbolInfo(name, context.CancellationToken);
        // A member of that name that does not fit the call is the compiler's to explain.
        if (bound.Symbol is not null || !bound.CandidateSymbols.IsEmpty)
        {
            return;
        }
        INamedTypeSymbol[] scope = Scope(name, context.SemanticModel, context.CancellationToken).ToArray();
        foreach ((string primal, int needed) in Readings(text))
        {
            int[] orders = scope.SelectMany(type => type.GetMembers(primal)).OfType<IMethodSymbol>()
                .Where(MethodParser.HasDifferentiableAttribute).Select(MethodParser.OrderOf).ToArray();
            if (orders.Length == 0)
            {
                continue;
            }
            int order = orders.Max();
            // An Order out of range is AG0001 already, and no Order generates a companion beyond the highest.
            if (order >= 1 && order < needed && needed <= MethodParser.MaxOrder)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.OrderTooLow, name.GetLocation(), text, needed, primal, order));
            }
            return;
        }
    }

    /// <summary>
    /// The methods <paramref name="name"/> may be a companion of, with the Order that generates it, longest
    /// suffix first as <see cref="CompanionCalls"/> reads them: FTangentTangent is F's at Order 2 before
    /// FTangent's at Order 1, and FAdjointTangent and FDerivatives are F's at Order 2.
    /// </summary>
    private static List<(string Primal, int Order)> Readings(string name)
    {
        var readings = new List<(string, int)>();
        if (name.Length > Series.Length && name.EndsWith(Series, StringComparison.Ordinal))
        {
            // FDerivatives, all derivatives of a function of one variable, comes with Order 2.
            readings.Add((name.Substring(0, name.Length - Series.Length), 2));
            return readings;
        }
        string stem = name;
        for (int order = 1; stem.Length > Tangent.Length && stem.EndsWith(Tangent, StringComparison.Ordinal); order++)
        {
            stem = stem.Substring(0, stem.Length - Tangent.Length);
            readings.Add((stem, order));
            if (order == 1 && stem.Length > Adjoint.Length && stem.EndsWith(Adjoint, StringComparison.Ordinal))
            {
                readings.Add((stem.Substring(0, stem.Length - Adjoint.Length), 2));
            }
        }
        readings.Reverse();
        return readings;
    }

    /// <summary>
    /// The types C# looks the name up in: the type of what stands before the dot (<c>T.</c>, <c>this.</c>,
    /// an instance), or else the enclosing types; each with its base types, whose companions it inherits.
    /// </summary>
    private static IEnumerable<INamedTypeSymbol> Scope(IdentifierNameSyntax name, SemanticModel model, CancellationToken cancellationToken)
    {
        if (name.Parent is MemberAccessExpressionSyntax access && access.Name == name)
        {
            ITypeSymbol? target = model.GetSymbolInfo(access.Expression, cancellationToken).Symbol as INamedTypeSymbol
                ?? model.GetTypeInfo(access.Expression, cancellationToken).Type;
            return WithBases(target as INamedTypeSymbol);
        }
        // After '?.' the target is not at hand, and a type's name is not a companion: the compiler's error stands.
        if (name.Parent is MemberBindingExpressionSyntax || SyntaxFacts.IsInNamespaceOrTypeContext(name))
        {
            return Enumerable.Empty<INamedTypeSymbol>();
        }
        ISymbol? enclosing = model.GetEnclosingSymbol(name.SpanStart, cancellationToken);
        var outer = new List<INamedTypeSymbol>();
        for (INamedTypeSymbol? type = enclosing as INamedTypeSymbol ?? enclosing?.ContainingType; type is not null; type = type.ContainingType)
        {
            outer.Add(type);
        }
        return outer.SelectMany(WithBases);
    }

    private static IEnumerable<INamedTypeSymbol> WithBases(INamedTypeSymbol? type)
    {
        for (; type is not null; type = type.BaseType)
        {
            yield return type;
        }
    }
}
