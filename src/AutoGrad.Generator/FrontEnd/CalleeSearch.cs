using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoGrad.Generator.FrontEnd;

/// <summary>
/// Whether the [Differentiable] methods a method calls get companions, for one parse of that method.
/// A callee gets them only if its own callees do, however deep: F → G → H with H not differentiable
/// makes G an error, and so F too, where checking one level deep let F's companions call G's, which
/// are never generated. Callees are parsed in turn (depth first, each answer remembered in
/// <see cref="CompanionVerdicts"/>); a callee already being parsed, in a cycle of calls, is assumed to
/// get them, as a recursive method's call of itself is. Such an assumption holds if nothing on the
/// cycle has an error of its own, which the parse of the method the cycle started from finds out: so
/// an answer that leaned on it is used but not remembered, while a "no" is never an assumption's.
/// </summary>
internal sealed class CalleeSearch
{
    /// <summary>Nested parses beyond this depth assume their callees' companions (no answer is remembered): the compiler's stack is not ours to spend.</summary>
    private const int MaxDepth = 32;

    /// <summary>Whether some answer was assumed for want of depth: then not even the outermost method's is certain.</summary>
    public bool ReachedMaxDepth { get; private set; }

    /// <summary>The methods being parsed, outermost first, by declaration: a parse that must see companions binds in another compilation, whose symbols differ.</summary>
    private readonly List<MethodDeclarationSyntax> _parsing;

    /// <summary>The outermost entry of <see cref="_parsing"/> whose companions an answer assumed since the innermost parse began.</summary>
    private int _outermostAssumed = int.MaxValue;

    public CalleeSearch(MethodDeclarationSyntax method) => _parsing = new List<MethodDeclarationSyntax> { method };

    public bool HasNoCompanions(IMethodSymbol callee, Compilation compilation, CancellationToken cancellationToken)
    {
        if (CompanionVerdicts.Known(compilation, callee) is bool known)
        {
            return !known;
        }
        if (callee.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) is not MethodDeclarationSyntax syntax
            || !compilation.ContainsSyntaxTree(syntax.SyntaxTree))
        {
            // Declared in another assembly: its companions were generated there, or its calls are errors there.
            return false;
        }
        int depth = _parsing.FindIndex(m => m.SyntaxTree == syntax.SyntaxTree && m.Span == syntax.Span);
        if (depth >= 0 || _parsing.Count >= MaxDepth)
        {
            ReachedMaxDepth |= depth < 0;
            _outermostAssumed = System.Math.Min(_outermostAssumed, depth >= 0 ? depth : 0);
            return false;
        }
        (int outerAssumed, _outermostAssumed) = (_outermostAssumed, int.MaxValue);
        depth = _parsing.Count;
        _parsing.Add(syntax);
        bool hasCompanions;
        try
        {
            hasCompanions = MethodParser.Parse(callee, syntax, compilation.GetSemanticModel(syntax.SyntaxTree), this, cancellationToken).Primal is not null;
        }
        finally
        {
            _parsing.RemoveAt(depth);
        }
        if (!hasCompanions || _outermostAssumed >= depth)
        {
            CompanionVerdicts.Note(compilation, callee, hasCompanions);
        }
        _outermostAssumed = System.Math.Min(outerAssumed, _outermostAssumed);
        return !hasCompanions;
    }
}
