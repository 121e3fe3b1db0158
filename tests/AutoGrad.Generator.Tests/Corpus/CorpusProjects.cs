using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace AutoGrad.Generator.Tests.Corpus;

/// <summary>One project of the repository, as the corpus test compiles it: its files and what it references beyond the framework and the runtime library.</summary>
internal sealed record CorpusProject(string Name, IReadOnlyList<string> Files, OutputKind Kind, IReadOnlyList<MetadataReference> ExtraReferences)
{
    /// <summary>The project's compilation with <paramref name="sources"/> in place of its files' text, one per file.</summary>
    public Microsoft.CodeAnalysis.CSharp.CSharpCompilation Compile(string[] sources)
    {
        Microsoft.CodeAnalysis.CSharp.CSharpCompilation input = Harness.GeneratorHarness.Compile(sources);
        if (Name == CorpusProjects.Runtime)
        {
            // The runtime's own sources declare what the harness's reference to the runtime library does: with both,
            // every type the companions name is ambiguous (CS0436). The project itself references nothing of the kind.
            string runtime = typeof(DifferentiableAttribute).Assembly.Location;
            input = input.RemoveReferences(input.References.Where(r => r is PortableExecutableReference { FilePath: string path } && path == runtime));
        }
        return input.WithOptions(input.Options.WithOutputKind(Kind)).AddReferences(ExtraReferences);
    }
}

/// <summary>The repository's own C#: the runtime, the generator and each sample (with the shared files it links).</summary>
internal static class CorpusProjects
{
    public static readonly string RepositoryRoot =
        typeof(CorpusProjects).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value
        ?? throw new InvalidOperationException("The test assembly has no RepositoryRoot metadata; see the csproj.");

    public const string Runtime = "src/AutoGrad.Runtime";

    public static IEnumerable<CorpusProject> All()
    {
        // The generator's own sources need Roslyn, which the test host has loaded anyway.
        MetadataReference[] roslyn =
        {
            MetadataReference.CreateFromFile(typeof(SyntaxNode).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree).Assembly.Location),
        };
        yield return new CorpusProject(Runtime, Sources(Runtime), OutputKind.DynamicallyLinkedLibrary, Array.Empty<MetadataReference>());
        yield return new CorpusProject("src/AutoGrad.Generator", Sources("src/AutoGrad.Generator"), OutputKind.DynamicallyLinkedLibrary, roslyn);
        string[] shared = Sources("samples/Shared");
        foreach (string sample in Directory.GetDirectories(Path.Combine(RepositoryRoot, "samples"), "AutoGrad.Samples.*").OrderBy(d => d, StringComparer.Ordinal))
        {
            string name = "samples/" + Path.GetFileName(sample);
            yield return new CorpusProject(name, Sources(name).Concat(shared).ToArray(), OutputKind.ConsoleApplication, Array.Empty<MetadataReference>());
        }
    }

    private static string[] Sources(string directory) =>
        Directory.GetFiles(Path.Combine(RepositoryRoot, directory), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToArray();
}
