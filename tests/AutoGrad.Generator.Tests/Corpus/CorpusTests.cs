using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AutoGrad.Generator.Tests.Fuzz;
using AutoGrad.Generator.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;
using Xunit.Abstractions;

namespace AutoGrad.Generator.Tests.Corpus;

/// <summary>
/// Issue #4 on real code: every method in the repository's own sources marked [Differentiable], with
/// the types as written (so most are not partial) or all made partial. The generator must not throw
/// or blame itself (AG0099), and each method gets companions that compile without warnings, an AG
/// diagnostic, or, if it does not compile once marked, nothing that adds an error.
/// </summary>
public sealed class CorpusTests
{
    private readonly ITestOutputHelper _output;

    public CorpusTests(ITestOutputHelper output) => _output = output;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_method_in_the_repository_gets_companions_that_compile_or_a_diagnostic(bool makePartial)
    {
        var tally = new CorpusTally();
        var problems = new List<string>();
        foreach (CorpusProject project in CorpusProjects.All())
        {
            Judge(project, makePartial, tally, problems);
        }
        _output.WriteLine($"Types {(makePartial ? "made partial" : "as written")}: {tally}");
        Assert.True(problems.Count == 0, string.Join("\n\n", problems.Take(20)) + $"\n\n{problems.Count} problem(s) in all.");
    }

    private static void Judge(CorpusProject project, bool makePartial, CorpusTally tally, List<string> problems)
    {
        var marker = new DifferentiableMarker(makePartial);
        string[] sources = project.Files
            .Select(f => marker.Visit(CSharpSyntaxTree.ParseText(File.ReadAllText(f), GeneratorHarness.ParseOptions).GetRoot())!.ToFullString())
            .ToArray();
        CSharpCompilation input = project.Compile(sources);
        string RelativePath(SyntaxTree tree) => project.Files[input.SyntaxTrees.IndexOf(tree)][(CorpusProjects.RepositoryRoot.Length + 1)..];

        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.CreateDriver(), input);
        Diagnostic[] autoGrad = AutoGradDiagnostics.For(run).ToArray();
        Diagnostic[] inputErrors = input.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        var known = new HashSet<string>(inputErrors.Select(d => d.ToString()));
        Diagnostic[] compiled = run.Output.GetDiagnostics().ToArray();
        foreach (Diagnostic added in compiled.Where(d => d.Severity == DiagnosticSeverity.Error && !known.Contains(d.ToString())))
        {
            problems.Add($"{project.Name}: the generated code adds an error: {added}\n{GeneratedText(run, added)}");
        }
        foreach (Diagnostic warning in run.WarningsInGeneratedCode(compiled))
        {
            problems.Add($"{project.Name}: the generated code has a warning: {warning}\n{GeneratedText(run, warning)}");
        }
        foreach (Diagnostic internalError in autoGrad.Where(d => d.Id == "AG0099"))
        {
            problems.Add($"{project.Name}: AutoGrad blamed itself: {internalError}");
        }

        HashSet<(string Type, string Method)> companions = run.Sources.Select(s => TypeAndMethod(s.HintName)).ToHashSet();
        foreach (SyntaxTree tree in input.SyntaxTrees)
        {
            foreach (MethodDeclarationSyntax method in tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
            {
                string type = (method.Parent as BaseTypeDeclarationSyntax)?.Identifier.Text ?? "";
                // By path: the generator reports its diagnostics at file locations, which have no SourceTree.
                bool In(Diagnostic d) => d.Location.GetLineSpan().Path == tree.FilePath && method.Span.Contains(d.Location.SourceSpan)
                    || d.Id == "AG0002" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains($"'{type}' must be declared 'partial' so AutoGrad can add the derivatives of '{method.Identifier.Text}'", StringComparison.Ordinal);
                if (autoGrad.Any(In))
                {
                    tally.Diagnosed++;
                }
                else if (companions.Contains((type, method.Identifier.Text)))
                {
                    tally.Compiled++;
                }
                else if (inputErrors.Any(In))
                {
                    tally.CompilerErrorInput++;
                }
                else
                {
                    tally.Silent++;
                    problems.Add($"{project.Name}: {RelativePath(tree)}: {type}.{method.Identifier.Text} got neither companions nor an AG diagnostic");
                }
            }
        }
    }

    /// <summary>"Ns.Outer.Type.Method_Double.AutoGrad.g.cs" → (Type, Method); arities and overload suffixes dropped.</summary>
    private static (string Type, string Method) TypeAndMethod(string hintName)
    {
        string[] parts = hintName[..^".AutoGrad.g.cs".Length].Split('.');
        return (parts[^2].Split('_')[0], parts[^1].Split('_')[0]);
    }

    private static string GeneratedText(GeneratorRun run, Diagnostic diagnostic)
    {
        SyntaxTree? tree = diagnostic.Location.SourceTree;
        if (tree is null || run.Input.SyntaxTrees.Contains(tree))
        {
            return "";
        }
        int line = diagnostic.Location.GetLineSpan().StartLinePosition.Line;
        string[] lines = tree.ToString().Split('\n');
        return string.Join("\n", lines.Skip(Math.Max(0, line - 3)).Take(6));
    }
}

/// <summary>How the corpus's methods fared.</summary>
internal sealed class CorpusTally
{
    public int Compiled { get; set; }

    public int Diagnosed { get; set; }

    public int CompilerErrorInput { get; set; }

    public int Silent { get; set; }

    public override string ToString() =>
        $"{Compiled + Diagnosed + CompilerErrorInput + Silent} methods: {Compiled} got companions that compile, {Diagnosed} an AG diagnostic, "
        + $"{CompilerErrorInput} do not compile once marked, {Silent} neither";
}
