using System.Collections.Generic;
using System.IO;
using System.Linq;
using AutoGrad.Generator.Tests.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace AutoGrad.Generator.Tests;

/// <summary>
/// The generator's folders are layers: each may use the ones below it and none above, so a stage can be read,
/// tested and replaced without the ones that come after it. The edges are what the compiler binds, not
/// <c>using</c> directives, which say nothing about what a file really uses.
/// </summary>
public sealed class LayeringTests
{
    private const string Root = "AutoGrad.Generator";

    [Fact]
    public void No_folder_of_the_generator_uses_one_that_uses_it()
    {
        Dictionary<(string From, string To), string> edges = Edges();
        List<string> cycles = StronglyConnected(edges.Keys)
            .Where(component => component.Count > 1)
            .Select(component => string.Join("; ", edges.Where(e => component.Contains(e.Key.From) && component.Contains(e.Key.To))
                .OrderBy(e => e.Key.From).ThenBy(e => e.Key.To)
                .Select(e => $"{e.Key.From} → {e.Key.To} ({e.Value})")))
            .ToList();
        Assert.True(cycles.Count == 0, "Folders that use each other:\n" + string.Join("\n", cycles));
    }

    [Fact]
    public void Each_file_declares_the_namespace_of_its_folder()
    {
        CorpusProject generator = CorpusProjects.All().Single(p => p.Name == "src/AutoGrad.Generator");
        string root = Path.Combine(CorpusProjects.RepositoryRoot, generator.Name);
        var wrong = generator.Files
            .Select(file => (file, folder: Path.GetDirectoryName(Path.GetRelativePath(root, file))!.Replace(Path.DirectorySeparatorChar, '.'),
                declared: Namespaces(File.ReadAllText(file))))
            .Where(f => f.declared.Any(n => n != (f.folder.Length == 0 ? Root : Root + "." + f.folder) && !n.StartsWith("System", System.StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(root, f.file))
            .ToList();
        Assert.Empty(wrong);
    }

    private static IEnumerable<string> Namespaces(string source) =>
        Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source).GetRoot()
            .DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().Select(n => n.Name.ToString());

    /// <summary>Folder → folder, each with one place that makes the edge (file:line and the symbol), from the generator's bound sources.</summary>
    private static Dictionary<(string From, string To), string> Edges()
    {
        CorpusProject generator = CorpusProjects.All().Single(p => p.Name == "src/AutoGrad.Generator");
        Compilation compilation = generator.Compile(generator.Files.Select(File.ReadAllText).ToArray());
        var edges = new Dictionary<(string, string), string>();
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            SemanticModel model = compilation.GetSemanticModel(tree);
            SyntaxNode root = tree.GetRoot();
            string? from = root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().Select(n => Layer(n.Name.ToString())).FirstOrDefault();
            if (from is null)
            {
                continue;
            }
            foreach (SimpleNameSyntax name in root.DescendantNodes().OfType<SimpleNameSyntax>())
            {
                ISymbol? symbol = model.GetSymbolInfo(name).Symbol;
                INamedTypeSymbol? type = symbol as INamedTypeSymbol ?? symbol?.ContainingType;
                while (type?.ContainingType is not null)
                {
                    type = type.ContainingType;
                }
                string? to = type?.ContainingNamespace?.ToDisplayString() is string ns ? Layer(ns) : null;
                if (to is not null && to != from && !edges.ContainsKey((from, to)))
                {
                    int line = name.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                    edges[(from, to)] = $"{Path.GetFileName(generator.Files[compilation.SyntaxTrees.ToList().IndexOf(tree)])}:{line} {type!.Name}";
                }
            }
        }
        return edges;
    }

    /// <summary>The folder a namespace of the generator names: its first segment below the root, or null outside the generator.</summary>
    private static string? Layer(string ns) =>
        ns == Root ? "(root)"
        : ns.StartsWith(Root + ".", System.StringComparison.Ordinal) ? ns.Substring(Root.Length + 1).Split('.')[0]
        : null;

    /// <summary>Tarjan's strongly connected components of the folder graph.</summary>
    private static List<HashSet<string>> StronglyConnected(IEnumerable<(string From, string To)> edges)
    {
        ILookup<string, string> next = edges.ToLookup(e => e.From, e => e.To);
        var nodes = edges.SelectMany(e => new[] { e.From, e.To }).Distinct().OrderBy(n => n).ToList();
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var components = new List<HashSet<string>>();
        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            foreach (string to in next[node])
            {
                if (!index.ContainsKey(to))
                {
                    Visit(to);
                    low[node] = System.Math.Min(low[node], low[to]);
                }
                else if (stack.Contains(to))
                {
                    low[node] = System.Math.Min(low[node], index[to]);
                }
            }
            if (low[node] == index[node])
            {
                var component = new HashSet<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    component.Add(member);
                }
                while (member != node);
                components.Add(component);
            }
        }
        foreach (string node in nodes.Where(n => !index.ContainsKey(n)))
        {
            Visit(node);
        }
        return components;
    }
}
