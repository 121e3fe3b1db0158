using System.Collections.Generic;
using System.Linq;
using AutoGrad.Generator.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoGrad.Generator.FrontEnd;

/// <summary>What the caller of a differentiable method needs to know of its body: singular partials, an array returned as given.</summary>
internal static class SingularCalls
{
    /// <summary>Whether the method may return one of its array parameters itself (<c>=&gt; v</c>), so its result is not a new array.</summary>
    public static bool ReturnsAnInput(IMethodSymbol method, Compilation compilation)
    {
        if (Body(method, compilation) is not (MethodDeclarationSyntax declaration, SemanticModel model))
        {
            return true;
        }
        IEnumerable<ExpressionSyntax?> returned = declaration.DescendantNodes().OfType<ReturnStatementSyntax>().Select(r => r.Expression)
            .Append(declaration.ExpressionBody?.Expression);
        return returned.OfType<ExpressionSyntax>().Any(e => IsParameter(e, model));
    }

    /// <summary>An array parameter itself, or a row of one (<c>x[0]</c> of a jagged x), through parentheses, casts and choices.</summary>
    private static bool IsParameter(ExpressionSyntax expression, SemanticModel model) => expression switch
    {
        ParenthesizedExpressionSyntax p => IsParameter(p.Expression, model),
        CastExpressionSyntax c => IsParameter(c.Expression, model),
        ConditionalExpressionSyntax c => IsParameter(c.WhenTrue, model) || IsParameter(c.WhenFalse, model),
        ElementAccessExpressionSyntax e => IsParameter(e.Expression, model),
        _ => model.GetSymbolInfo(expression).Symbol is IParameterSymbol { Type: IArrayTypeSymbol },
    };

    /// <summary>
    /// False only for a method whose body calls no primitive with a partial that is infinite at a finite
    /// value (√, Cbrt, Pow, Asin, Acos, Acosh), no hand-written derivative and no differentiable method that may
    /// be singular itself: its caller's derivatives need no zero rule where they meet its own. Any call it
    /// cannot resolve counts as singular.
    /// </summary>
    public static bool MayBeSingular(IMethodSymbol method, Compilation compilation) =>
        MayBeSingular(method, compilation, new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default));

    /// <param name="open">
    /// The callers being decided. One of them met again (recursion) adds nothing: a method is singular when a chain of
    /// calls reaches a singular primitive, and a chain through a cycle reaches only what the methods on it reach otherwise.
    /// </param>
    private static bool MayBeSingular(IMethodSymbol method, Compilation compilation, HashSet<IMethodSymbol> open)
    {
        if (IsShippedReduction(method) || open.Contains(method))
        {
            return false;
        }
        if (open.Count >= 32 || Body(method, compilation) is not (MethodDeclarationSyntax declaration, SemanticModel model))
        {
            return true;
        }
        open.Add(method);
        bool singular = declaration.DescendantNodes().OfType<InvocationExpressionSyntax>().Any(invocation =>
            model.GetSymbolInfo(invocation).Symbol is not IMethodSymbol called
            || MathCalls.TryGetPrimitive(called) is string primitive && PrimitiveRules.Get(primitive).IsSingular
            || CustomDerivatives.CompanionTypeOf(called, compilation) is not null && !IsShippedReduction(called)
            || MethodParser.HasDifferentiableAttribute(called) && MayBeSingular(called, compilation, open));
        open.Remove(method);
        return singular;
    }

    /// <summary>
    /// <c>AutoGrad.Vectors.Dot</c>, <c>Sum</c>, <c>SumOfSquares</c>, <c>Norm2</c>: the runtime ships their companions, and
    /// none has a partial that is infinite at a finite point (∇‖x‖₂ is bounded, and 0 at x = 0).
    /// </summary>
    private static bool IsShippedReduction(IMethodSymbol method) =>
        method.ContainingAssembly?.Name == "AutoGrad.Runtime" && method.ContainingType.ToDisplayString() == "AutoGrad.Vectors";

    /// <summary>The method's declaration in this compilation and a model to bind it, or null (declared elsewhere, or partial).</summary>
    private static (MethodDeclarationSyntax Declaration, SemanticModel Model)? Body(IMethodSymbol method, Compilation compilation) =>
        method.DeclaringSyntaxReferences.Length == 1 && method.DeclaringSyntaxReferences[0].GetSyntax() is MethodDeclarationSyntax declaration
            && compilation.ContainsSyntaxTree(declaration.SyntaxTree)
                ? (declaration, compilation.GetSemanticModel(declaration.SyntaxTree))
                : null;
}
