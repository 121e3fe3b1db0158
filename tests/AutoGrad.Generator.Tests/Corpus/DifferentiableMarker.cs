using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoGrad.Generator.Tests.Corpus;

/// <summary>
/// Marks every method [Differentiable] (fully qualified, so no using is needed), and optionally makes
/// every type partial: real code, most of it far outside what AutoGrad supports, for the generator
/// to get through without a crash or a companion that does not compile.
/// </summary>
internal sealed class DifferentiableMarker : CSharpSyntaxRewriter
{
    private static readonly AttributeListSyntax Differentiable = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(
        SyntaxFactory.Attribute(SyntaxFactory.ParseName("global::AutoGrad.Differentiable"))));

    private readonly bool _makePartial;

    public DifferentiableMarker(bool makePartial) => _makePartial = makePartial;

    public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node)
    {
        var visited = (MethodDeclarationSyntax)base.VisitMethodDeclaration(node)!;
        bool marked = visited.AttributeLists.SelectMany(l => l.Attributes).Any(a => a.Name.ToString().Contains("Differentiable", System.StringComparison.Ordinal));
        // The attribute goes after the method's doc comment, which must stay right before the member.
        return marked
            ? visited
            : visited.WithoutLeadingTrivia().AddAttributeLists(Differentiable.WithTrailingTrivia(SyntaxFactory.Space)).WithLeadingTrivia(visited.GetLeadingTrivia());
    }

    public override SyntaxNode? VisitClassDeclaration(ClassDeclarationSyntax node) => Partial(base.VisitClassDeclaration(node));

    public override SyntaxNode? VisitStructDeclaration(StructDeclarationSyntax node) => Partial(base.VisitStructDeclaration(node));

    public override SyntaxNode? VisitRecordDeclaration(RecordDeclarationSyntax node) => Partial(base.VisitRecordDeclaration(node));

    public override SyntaxNode? VisitInterfaceDeclaration(InterfaceDeclarationSyntax node) => Partial(base.VisitInterfaceDeclaration(node));

    /// <summary>C# wants partial last, right before the keyword.</summary>
    private SyntaxNode? Partial(SyntaxNode? node) =>
        _makePartial && node is TypeDeclarationSyntax type && !type.Modifiers.Any(SyntaxKind.PartialKeyword)
            ? type.AddModifiers(SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space))
            : node;
}
