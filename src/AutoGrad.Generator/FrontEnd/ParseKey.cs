using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AutoGrad.Generator.Ir;
using AutoGrad.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace AutoGrad.Generator.FrontEnd;

/// <summary>
/// Everything the front end's answer for one [Differentiable] method depends on, as plain data: while
/// the key compares equal, the pipeline keeps the method's <see cref="MethodModel"/> without binding it
/// again. Roslyn hands the pipeline a new compilation on every edit, and re-binding 200 methods for
/// each keystroke elsewhere took about 1 ms a method. A method's binding depends on its own text and
/// position, on the declarations of the whole compilation (<see cref="Declarations"/>), and, through
/// the callee search, on the text of the [Differentiable] methods it calls however deep: for those,
/// the key holds the text of every method with attributes whose name the body mentions, and so on
/// through their bodies, which over-approximates the calls the binder can resolve.
/// </summary>
internal sealed record ParseKey(MethodSite Site, Declarations Declarations, EquatableArray<ulong> Callees)
{
    public static ParseKey Of(MethodSite site, ProjectShape shape) => new(site, shape.Declarations, shape.CalleesReachedFrom(site.Body));
}

/// <summary>
/// Where a [Differentiable] method is, and its text: what <see cref="MethodParser.Parse(ParseKey, Compilation, CancellationToken)"/>
/// finds it by. Its tree's declarations tell apart two trees with one path, as in-memory trees often have.
/// </summary>
internal sealed record MethodSite(string FilePath, ulong TreeDeclarations, int SpanStart, LinePosition Start, CalleeBody Body)
{
    public static MethodSite Of(MethodDeclarationSyntax method, CancellationToken cancellationToken)
    {
        SyntaxTree tree = method.SyntaxTree;
        SourceSummary summary = SourceSummary.Of(tree, cancellationToken);
        AttributedMethod entry = summary.Entry(method);
        return new MethodSite(tree.FilePath, summary.Declarations, entry.SpanStart, entry.Start, entry.Body);
    }

    /// <summary>The method at this site in <paramref name="compilation"/>, if it is still there.</summary>
    public MethodDeclarationSyntax? Find(Compilation compilation, CancellationToken cancellationToken)
    {
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            if (tree.FilePath == FilePath
                && SourceSummary.Of(tree, cancellationToken).Declarations == TreeDeclarations
                && tree.GetRoot(cancellationToken) is var root && SpanStart < root.FullSpan.End
                && root.FindToken(SpanStart).Parent?.FirstAncestorOrSelf<MethodDeclarationSyntax>() is { } method
                && Equals(Of(method, cancellationToken)))
            {
                return method;
            }
        }
        return null;
    }
}

/// <summary>The compilation's declarations, its options and references: what any method's binding sees beyond its own text.</summary>
internal sealed class Declarations : System.IEquatable<Declarations>
{
    private readonly string? _assemblyName;
    private readonly CompilationOptions _options;
    /// <summary>Held weakly and compared by identity: a project reference holds the other project's compilation.</summary>
    private readonly System.WeakReference<MetadataReference>[] _references;
    private readonly ParseOptions[] _parseOptions;
    private readonly ulong _trees;

    private Declarations(string? assemblyName, CompilationOptions options, System.WeakReference<MetadataReference>[] references, ParseOptions[] parseOptions, ulong trees)
    {
        _assemblyName = assemblyName;
        _options = options;
        _references = references;
        _parseOptions = parseOptions;
        _trees = trees;
    }

    public static Declarations Of(Compilation compilation, IReadOnlyList<(SyntaxTree Tree, SourceSummary Summary)> trees)
    {
        var parseOptions = new List<ParseOptions>();
        var hash = new TextHash();
        foreach ((SyntaxTree tree, SourceSummary summary) in trees)
        {
            int options = parseOptions.IndexOf(tree.Options);
            if (options < 0)
            {
                options = parseOptions.Count;
                parseOptions.Add(tree.Options);
            }
            hash.Add(tree.FilePath);
            hash.Add(options);
            hash.Add(summary.Declarations);
        }
        return new Declarations(compilation.AssemblyName, compilation.Options,
            compilation.References.Select(r => new System.WeakReference<MetadataReference>(r)).ToArray(), parseOptions.ToArray(), hash.Value);
    }

    public bool Equals(Declarations? other) =>
        ReferenceEquals(this, other)
        || other is not null
        && _trees == other._trees
        && _assemblyName == other._assemblyName
        && _options.Equals(other._options)
        && SameReferences(_references, other._references)
        && _parseOptions.SequenceEqual(other._parseOptions);

    public override bool Equals(object? obj) => Equals(obj as Declarations);

    /// <summary>The same reference objects: one collected since cannot be the one still in use.</summary>
    private static bool SameReferences(System.WeakReference<MetadataReference>[] a, System.WeakReference<MetadataReference>[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }
        for (int i = 0; i < a.Length; i++)
        {
            if (!a[i].TryGetTarget(out MetadataReference? x) || !b[i].TryGetTarget(out MetadataReference? y) || !ReferenceEquals(x, y))
            {
                return false;
            }
        }
        return true;
    }

    public override int GetHashCode() => _trees.GetHashCode();
}

/// <summary>
/// One compilation's <see cref="Declarations"/> and its methods with attributes by name, from which
/// each method's <see cref="ParseKey"/> is made. Made on every edit, from per-tree summaries that
/// are made once per tree.
/// </summary>
internal sealed class ProjectShape : System.IEquatable<ProjectShape>
{
    private readonly EquatableArray<CalleeBody> _methods;
    private readonly Dictionary<string, List<CalleeBody>> _byName = new();

    private ProjectShape(Declarations declarations, EquatableArray<CalleeBody> methods)
    {
        Declarations = declarations;
        _methods = methods;
        foreach (CalleeBody method in methods)
        {
            if (!_byName.TryGetValue(method.Name, out List<CalleeBody>? named))
            {
                _byName.Add(method.Name, named = new List<CalleeBody>());
            }
            named.Add(method);
        }
    }

    public Declarations Declarations { get; }

    public static ProjectShape Of(Compilation compilation, CancellationToken cancellationToken)
    {
        var trees = compilation.SyntaxTrees.Select(tree => (tree, SourceSummary.Of(tree, cancellationToken))).ToList();
        return new ProjectShape(
            Declarations.Of(compilation, trees),
            trees.SelectMany(t => t.Item2.Methods).Select(m => m.Body).ToEquatableArray());
    }

    /// <summary>The text hashes of the methods with attributes that <paramref name="body"/> may reach by name, in ascending order.</summary>
    public EquatableArray<ulong> CalleesReachedFrom(CalleeBody body)
    {
        var reached = new HashSet<CalleeBody>();
        var visitedNames = new HashSet<string>();
        var names = new Stack<string>(body.Mentions);
        while (names.Count > 0)
        {
            string name = names.Pop();
            if (!visitedNames.Add(name) || !_byName.TryGetValue(name, out List<CalleeBody>? methods))
            {
                continue;
            }
            foreach (CalleeBody method in methods.Where(reached.Add))
            {
                foreach (string mention in method.Mentions)
                {
                    names.Push(mention);
                }
            }
        }
        return reached.Select(m => m.Text).OrderBy(t => t).ToEquatableArray();
    }

    public bool Equals(ProjectShape? other) =>
        ReferenceEquals(this, other) || other is not null && Declarations.Equals(other.Declarations) && _methods.Equals(other._methods);

    public override bool Equals(object? obj) => Equals(obj as ProjectShape);

    public override int GetHashCode() => Declarations.GetHashCode();
}
