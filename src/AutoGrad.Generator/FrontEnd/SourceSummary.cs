using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using AutoGrad.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace AutoGrad.Generator.FrontEnd;

/// <summary>
/// What the front end's answer for a method can depend on in one syntax tree, read from its syntax
/// alone (see <see cref="ParseKey"/>): a hash of its declarations, and its methods that carry
/// attributes, with the names their bodies mention. Declarations are every token and directive except
/// what no other method's binding can see: the bodies of methods, constructors, destructors and
/// operators (kept when the member is partial, or is an operator or constructor with attributes),
/// the bodies of property and event accessors unless they use <c>field</c> (which gives the
/// property a backing field), and top-level statements. A [Differentiable] method's body is not a
/// declaration either: a caller depends on it only through the callee search, which
/// <see cref="ParseKey"/> follows by name.
/// </summary>
internal sealed class SourceSummary
{
    /// <summary>A tree is immutable and an edit makes a new one, so each tree is summarized once.</summary>
    private static readonly ConditionalWeakTable<SyntaxTree, SourceSummary> Summaries = new();

    private SourceSummary(ulong declarations, EquatableArray<AttributedMethod> methods)
    {
        Declarations = declarations;
        Methods = methods;
    }

    public ulong Declarations { get; }

    /// <summary>The tree's method declarations with attributes, in source order.</summary>
    public EquatableArray<AttributedMethod> Methods { get; }

    public static SourceSummary Of(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (Summaries.TryGetValue(tree, out SourceSummary? known))
        {
            return known;
        }
        SourceSummary summary = Summarize(tree, cancellationToken);
        return Summaries.GetValue(tree, _ => summary);
    }

    /// <summary>The entry of <paramref name="method"/>, a method of this summary's tree.</summary>
    public AttributedMethod Entry(MethodDeclarationSyntax method) =>
        Methods.FirstOrDefault(m => m.SpanStart == method.SpanStart)
        // Only a method without attributes has none, and the front end is not asked about those: described all the same, not thrown at.
        ?? new AttributedMethod(method.SpanStart, method.GetLocation().GetLineSpan().StartLinePosition, BodyOf(method));

    private static SourceSummary Summarize(SyntaxTree tree, CancellationToken cancellationToken)
    {
        SyntaxNode root = tree.GetRoot(cancellationToken);
        var hash = new TextHash();
        foreach (SyntaxToken token in root.DescendantTokens(IsDeclarationPart))
        {
            hash.Add(token.RawKind);
            hash.Add(token.Text);
        }
        if (root is CompilationUnitSyntax unit)
        {
            hash.Add(unit.Members.Any(m => m is GlobalStatementSyntax) ? 1 : 0);
            for (DirectiveTriviaSyntax? directive = unit.GetFirstDirective(); directive is not null; directive = directive.GetNextDirective())
            {
                hash.Add(directive.ToString());
            }
        }
        SourceText text = tree.GetText(cancellationToken);
        var methods = root.DescendantNodes(static n => n is CompilationUnitSyntax || n is MemberDeclarationSyntax and not BaseMethodDeclarationSyntax
                and not BasePropertyDeclarationSyntax and not BaseFieldDeclarationSyntax)
            .OfType<MethodDeclarationSyntax>()
            .Where(m => m.AttributeLists.Count > 0)
            .Select(m => new AttributedMethod(m.SpanStart, text.Lines.GetLinePosition(m.SpanStart), BodyOf(m)))
            .ToEquatableArray();
        return new SourceSummary(hash.Value, methods);
    }

    private static CalleeBody BodyOf(MethodDeclarationSyntax method)
    {
        var hash = new TextHash();
        hash.Add(method.ToFullString());
        SyntaxNode? body = (SyntaxNode?)method.Body ?? method.ExpressionBody;
        IEnumerable<string> mentions = body is null
            ? Enumerable.Empty<string>()
            : body.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText).Distinct().OrderBy(n => n, System.StringComparer.Ordinal);
        return new CalleeBody(method.Identifier.ValueText, hash.Value, mentions.ToEquatableArray());
    }

    /// <summary>Whether the walk over the declarations enters <paramref name="node"/>.</summary>
    private static bool IsDeclarationPart(SyntaxNode node) => node switch
    {
        GlobalStatementSyntax => false,
        BlockSyntax or ArrowExpressionClauseSyntax when node.Parent is BaseMethodDeclarationSyntax member => KeepsBody(member),
        BlockSyntax or ArrowExpressionClauseSyntax when node.Parent is AccessorDeclarationSyntax or BasePropertyDeclarationSyntax =>
            node.DescendantTokens().Any(t => t.Text == "field"),
        _ => true,
    };

    private static bool KeepsBody(BaseMethodDeclarationSyntax member) =>
        member.Modifiers.Any(SyntaxKind.PartialKeyword) || member is not MethodDeclarationSyntax && member.AttributeLists.Count > 0;
}

/// <summary>A method declaration with attributes: where it starts, and its text as the callee search sees it.</summary>
internal sealed record AttributedMethod(int SpanStart, LinePosition Start, CalleeBody Body);

/// <summary>A method with attributes as a caller's parse may read it: its name, a hash of its whole text, and the identifiers its body mentions.</summary>
internal sealed record CalleeBody(string Name, ulong Text, EquatableArray<string> Mentions);

/// <summary>64-bit FNV-1a over UTF-16 code units: stable, cheap, and wide enough that a collision is not a practical concern.</summary>
internal sealed class TextHash
{
    private const ulong Prime = 1099511628211;

    public ulong Value { get; private set; } = 14695981039346656037;

    public void Add(string text)
    {
        ulong value = Value;
        foreach (char c in text)
        {
            value = (value ^ c) * Prime;
        }
        // A separator, so that "ab" + "c" and "a" + "bc" differ.
        Value = (value ^ 0xFFFF0000) * Prime;
    }

    public void Add(int value) => Value = (Value ^ (uint)value) * Prime;

    public void Add(ulong value)
    {
        Add((int)value);
        Add((int)(value >> 32));
    }
}
