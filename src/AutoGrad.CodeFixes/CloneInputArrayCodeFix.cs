using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AutoGrad.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoGrad.CodeFixes;

/// <summary>
/// AG0005: declares <c>var xCopy = (double[])x.Clone();</c> first in the method body and makes the
/// body use the copy, so the caller's array is left alone. Offered for block bodies only.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CloneInputArrayCodeFix)), Shared]
public sealed class CloneInputArrayCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticDescriptors.WriteToInputArray.Id);

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(async (context, document, diagnostics) => await FixAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (root is not null && Target(root, diagnostic) is (_, string array))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Work on a copy of '{array}'",
                        cancellationToken => FixAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken),
                        equivalenceKey: nameof(CloneInputArrayCodeFix)),
                    diagnostic);
            }
        }
    }

    /// <summary>The method with a block body the diagnostic is in, and the input array it writes.</summary>
    private static (MethodDeclarationSyntax Method, string Array)? Target(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<MethodDeclarationSyntax>() is { Body: not null } method
        && diagnostic.Properties.TryGetValue(DiagnosticDescriptors.InputArrayProperty, out string? array) && array is not null
            ? (method, array)
            : null;

    private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }
        var rewritten = diagnostics
            .Select(d => Target(root, d))
            .OfType<(MethodDeclarationSyntax Method, string Array)>()
            .GroupBy(t => t.Method, t => t.Array)
            .ToDictionary(g => g.Key, g => WorkOnCopies(g.Key, g.Distinct().ToArray(), model, cancellationToken));
        return document.WithSyntaxRoot(root.ReplaceNodes(rewritten.Keys, (original, _) => rewritten[original]));
    }

    private static MethodDeclarationSyntax WorkOnCopies(MethodDeclarationSyntax method, string[] arrays, SemanticModel model, CancellationToken cancellationToken)
    {
        BlockSyntax body = method.Body!;
        var taken = new HashSet<string>(
            model.LookupSymbols(body.SpanStart).Select(s => s.Name)
                .Concat(method.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText)));
        // In parameter order, so the copies are declared in the order of the parameters.
        var parameters = new Dictionary<IParameterSymbol, string>(SymbolEqualityComparer.Default);
        foreach (IParameterSymbol parameter in model.GetDeclaredSymbol(method, cancellationToken)?.Parameters ?? ImmutableArray<IParameterSymbol>.Empty)
        {
            if (arrays.Contains(parameter.Name))
            {
                parameters[parameter] = FreshName(parameter.Name + "Copy", taken);
            }
        }

        IEnumerable<IdentifierNameSyntax> uses = body.DescendantNodes().OfType<IdentifierNameSyntax>()
            .Where(id => model.GetSymbolInfo(id, cancellationToken).Symbol is IParameterSymbol p && parameters.ContainsKey(p));
        BlockSyntax renamed = body.ReplaceNodes(uses, (original, _) => SyntaxFactory.IdentifierName(
            parameters[(IParameterSymbol)model.GetSymbolInfo(original, cancellationToken).Symbol!]).WithTriviaFrom(original));

        // The copies take the first statement's indentation and the line ending after '{'.
        SyntaxTriviaList indentation = SyntaxFactory.TriviaList(body.Statements.FirstOrDefault()?.GetLeadingTrivia()
            .Reverse().TakeWhile(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Reverse() ?? Enumerable.Empty<SyntaxTrivia>());
        SyntaxTrivia lineEnd = body.OpenBraceToken.TrailingTrivia.LastOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)) is { RawKind: not 0 } end
            ? end
            : SyntaxFactory.ElasticCarriageReturnLineFeed;
        IEnumerable<StatementSyntax> copies = parameters.Select(p => SyntaxFactory
            .ParseStatement($"var {p.Value} = ({p.Key.Type.ToMinimalDisplayString(model, body.SpanStart)}){p.Key.Name}.Clone();")
            .WithLeadingTrivia(indentation)
            .WithTrailingTrivia(lineEnd));
        return method.WithBody(renamed.WithStatements(renamed.Statements.InsertRange(0, copies)));
    }

    /// <summary><paramref name="name"/>, or with 2, 3, … appended if the method or its scope already uses it.</summary>
    private static string FreshName(string name, HashSet<string> taken)
    {
        string fresh = name;
        for (int i = 2; !taken.Add(fresh); i++)
        {
            fresh = name + i;
        }
        return fresh;
    }
}
