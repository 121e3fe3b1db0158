using System.Linq;
using System.Threading;
using AutoGrad.Generator.Emit;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Model;
using AutoGrad.Generator.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoGrad.Generator.FrontEnd;

/// <summary>
/// A generator does not see its own output, so in a method that calls <c>FTangent</c> the generator
/// finds an unknown name where the analyzer (and the user's build) finds the generated method, and
/// everything typed by it (<c>var d = FTangent(x, 1.0).Tangent</c>) is an error too. Here the
/// generator binds such a method again in a copy of the compilation that holds the companions'
/// declarations, written by the same emitter over the callee's signature: both then read one program.
/// </summary>
internal static class CompanionStubs
{
    /// <summary>
    /// A semantic model of <paramref name="method"/>'s tree that sees the companions it calls, or null
    /// when none of its <paramref name="errors"/> is an unseen companion (nothing to do).
    /// </summary>
    public static SemanticModel? Bind(MethodDeclarationSyntax method, Diagnostic[] errors, SemanticModel model, CancellationToken cancellationToken)
    {
        if (errors.Length == 0)
        {
            return null;
        }
        // Other errors may follow from the unseen ones (a switch whose arm reads a local typed by a companion's
        // result): bound again with the stubs, the method shows what remains.
        IMethodSymbol[] primals = errors.Select(e => CompanionCalls.UnseenCompanionOf(e, model)).OfType<IMethodSymbol>().ToArray();
        if (primals.Length == 0)
        {
            return null;
        }
        SyntaxTree[] stubs = primals.Distinct<IMethodSymbol>(SymbolEqualityComparer.Default)
            .Select(Declarations)
            .OfType<string>()
            .Select(source => CSharpSyntaxTree.ParseText(source, (CSharpParseOptions)method.SyntaxTree.Options, cancellationToken: cancellationToken))
            .ToArray();
        return stubs.Length == 0 ? null : model.Compilation.AddSyntaxTrees(stubs).GetSemanticModel(method.SyntaxTree);
    }

    /// <summary>The companions of <paramref name="primal"/> as the generator writes them, over a body-less stub.</summary>
    private static string? Declarations(IMethodSymbol primal)
    {
        if (CompanionSignatures.Stub(primal) is not Function stub)
        {
            return null;
        }
        int order = System.Math.Max(1, System.Math.Min(MethodParser.OrderOf(primal), MethodParser.MaxOrder));
        var model = new MethodModel(
            primal.ContainingNamespace.IsGlobalNamespace ? null : primal.ContainingNamespace.ToDisplayString(),
            MethodParser.ContainingTypes(primal.ContainingType),
            SyntaxFacts.GetText(primal.DeclaredAccessibility),
            primal.IsStatic,
            HintName: "",
            primal.ContainingType.Name + "." + primal.Name,
            Location: null,
            order,
            stub,
            EquatableArray<DiagnosticInfo>.Empty);
        return CompanionFileEmitter.Write(model, CompanionPipeline.Build(stub, order));
    }
}
