using System.Linq;
using AutoGrad.Generator.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoGrad.Generator.FrontEnd;

/// <summary>Whether a differentiable callee's derivatives may be infinite where its values are finite.</summary>
internal static class SingularCalls
{
    /// <summary>
    /// False only for a method whose body calls no primitive with a partial that is infinite at a finite
    /// value (√, Cbrt, Pow, Asin, Acos, Acosh) and no other differentiable method: its caller's
    /// derivatives need no zero rule where they meet its own. Any call it cannot resolve counts as singular.
    /// </summary>
    public static bool MayBeSingular(IMethodSymbol method, Compilation compilation)
    {
        if (method.DeclaringSyntaxReferences.Length != 1 || method.DeclaringSyntaxReferences[0].GetSyntax() is not MethodDeclarationSyntax declaration
            || !compilation.ContainsSyntaxTree(declaration.SyntaxTree))
        {
            return true;
        }
        SemanticModel model = compilation.GetSemanticModel(declaration.SyntaxTree);
        return declaration.DescendantNodes().OfType<InvocationExpressionSyntax>().Any(invocation =>
            model.GetSymbolInfo(invocation).Symbol is not IMethodSymbol called
            || MathCalls.TryGetPrimitive(called) is string primitive && PrimitiveRules.Get(primitive).IsSingular
            || MethodParser.HasDifferentiableAttribute(called) || CustomDerivatives.CompanionTypeOf(called, compilation) is not null);
    }
}
