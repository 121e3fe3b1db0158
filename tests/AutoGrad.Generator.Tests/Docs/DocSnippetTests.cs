using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using AutoGrad.Generator.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace AutoGrad.Generator.Tests.Docs;

/// <summary>
/// Doc tests: every C# snippet in README.md and docs/ compiles as its page says a user would paste it, with the
/// generator and the analyzer; a program runs and its stated results hold (the <c>check:</c> conditions beside it);
/// a diagnostic shows up on exactly the lines that name it; listed signatures are the generated ones.
/// </summary>
public sealed class DocSnippetTests
{
    /// <summary>What a project made with <c>dotnet new console</c> and a reference to AutoGrad would have in scope.</summary>
    private const string Usings = "global using System;\nglobal using System.Collections.Generic;\nglobal using System.Linq;\n"
        + "global using AutoGrad;\nglobal using AutoGrad.Optimization;\n";

    private static readonly Regex Marker = new(@"//.*?\b(AG\d{4})\b", RegexOptions.CultureInvariant);

    public static IEnumerable<object[]> Snippets() => DocSnippet.All().Select(s => new object[] { s.ToString() });

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Snippet_compiles_and_does_what_its_page_says(string where)
    {
        DocSnippet snippet = DocSnippet.All().Single(s => s.ToString() == where);
        switch (snippet.Kind)
        {
            case SnippetKind.Program:
                RunProgram(snippet);
                break;
            case SnippetKind.Members:
                CheckMembers(snippet);
                break;
            case SnippetKind.GeneratedSignatures:
                CheckSignatures(snippet, snippet.Code.Split('\n'));
                break;
            default:
                Assert.Fail($"{where}: say how the snippet is tested with <!-- doctest: program|members|generated-signatures --> on the line above it.");
                break;
        }
    }

    private static void RunProgram(DocSnippet snippet)
    {
        GeneratorRun run = Compile(WithChecks(snippet), OutputKind.ConsoleApplication);
        HashSet<(int, string)> expected = Markers(snippet);
        AssertClean(snippet, run, expected, lineOffset: 0);
        if (expected.Count > 0)
        {
            // A program that shows a diagnostic does not build: there is nothing to run.
            return;
        }
        using var image = new MemoryStream();
        Assert.True(run.Output.Emit(image).Success);
        image.Position = 0;
        var context = new AssemblyLoadContext("AutoGrad.DocSnippet", isCollectible: true);
        TextWriter console = Console.Out;
        var output = new StringWriter();
        Console.SetOut(output);
        try
        {
            MethodInfo main = context.LoadFromStream(image).EntryPoint!;
            main.Invoke(null, main.GetParameters().Length == 0 ? null : new object[] { Array.Empty<string>() });
        }
        catch (TargetInvocationException exception)
        {
            Assert.Fail($"{snippet}: the program threw {exception.InnerException!.GetType().Name}: {exception.InnerException.Message}\nIt printed:\n{output}");
        }
        finally
        {
            Console.SetOut(console);
            context.Unload();
        }
    }

    /// <summary>The snippet with each check run after its last top-level statement (before its types, as C# requires).</summary>
    private static string WithChecks(DocSnippet snippet)
    {
        SyntaxNode root = CSharpSyntaxTree.ParseText(snippet.Code, GeneratorHarness.ParseOptions).GetRoot();
        GlobalStatementSyntax? last = root.DescendantNodes().OfType<GlobalStatementSyntax>().LastOrDefault();
        Assert.True(last is not null, $"{snippet}: a program needs top-level statements");
        string checks = string.Concat(snippet.Checks.Select(c =>
            $"\nif (!({c})) throw new InvalidOperationException(\"The page says {c.Replace("\\", "\\\\").Replace("\"", "\\\"")}, which does not hold.\");"));
        return snippet.Code.Insert(last!.FullSpan.End, checks + "\n");
    }

    private static void CheckMembers(DocSnippet snippet)
    {
        (string source, int offset) = AsMembers(snippet);
        GeneratorRun run = Compile(source, OutputKind.DynamicallyLinkedLibrary);
        AssertClean(snippet, run, Markers(snippet), offset);
        string[] lines = snippet.Code.Split('\n');
        // "// Generated:" then one commented signature per line: what the companions of these members look like.
        int generated = Array.FindIndex(lines, l => l.Trim() == "// Generated:");
        if (generated >= 0)
        {
            CheckSignatures(snippet, lines.Skip(generated + 1).TakeWhile(l => l.TrimStart().StartsWith("//", StringComparison.Ordinal))
                .Select(l => l.TrimStart().Substring(2)), run);
        }
    }

    /// <summary>Members go in a class; a snippet that declares its own types stays as it is. The offset is the lines the class adds above.</summary>
    private static (string Source, int Offset) AsMembers(DocSnippet snippet) =>
        CSharpSyntaxTree.ParseText(snippet.Code, GeneratorHarness.ParseOptions).GetCompilationUnitRoot().Members.All(m => m is BaseTypeDeclarationSyntax)
            ? (snippet.Code, 0)
            : ("public static partial class Model\n{\n" + snippet.Code + "\n}\n", 2);

    /// <summary>The diagnostics the snippet says it gets: each line's <c>// … AGxxxx</c>, by line of the snippet.</summary>
    private static HashSet<(int, string)> Markers(DocSnippet snippet) => new(snippet.Code.Split('\n')
        .Select((line, i) => (Line: i, Match: Marker.Match(line)))
        .Where(m => m.Match.Success)
        .Select(m => (m.Line, m.Match.Groups[1].Value)));

    /// <summary>Each listed signature (whitespace aside) is in the companions of the snippet before this one, or of <paramref name="run"/>.</summary>
    private static void CheckSignatures(DocSnippet snippet, IEnumerable<string> signatures, GeneratorRun? run = null)
    {
        if (run is null)
        {
            DocSnippet previous = snippet.Previous ?? throw new InvalidOperationException($"{snippet}: no snippet before it");
            run = previous.Kind == SnippetKind.Program
                ? Compile(previous.Code, OutputKind.ConsoleApplication)
                : Compile(AsMembers(previous).Source, OutputKind.DynamicallyLinkedLibrary);
        }
        string companions = Normalize(string.Concat(run.Sources.Select(s => s.SourceText.ToString())));
        foreach (string signature in signatures.Select(s => s.Trim().TrimEnd(';')).Where(s => s.Length > 0 && !s.StartsWith("//", StringComparison.Ordinal)))
        {
            Assert.True(companions.Contains(Normalize(signature), StringComparison.Ordinal), $"{snippet}: no generated companion has the signature\n{signature}");
        }
    }

    private static string Normalize(string code) => Regex.Replace(code, @"\s+", " ");

    private static GeneratorRun Compile(string source, OutputKind kind)
    {
        CSharpCompilation input = GeneratorHarness.Compile(source, Usings);
        input = input.WithOptions(input.Options.WithOutputKind(kind));
        return GeneratorHarness.Run(GeneratorHarness.CreateDriver(), input);
    }

    /// <summary>
    /// AG diagnostics exactly on the lines that name them; compiler errors only on those lines too (a call of a companion
    /// that is not generated is the compiler's error as well as AutoGrad's); no compiler warnings.
    /// </summary>
    private static void AssertClean(DocSnippet snippet, GeneratorRun run, HashSet<(int Line, string Id)> expected, int lineOffset)
    {
        SyntaxTree tree = run.Input.SyntaxTrees[0];
        int LineOf(Diagnostic d) => d.Location.SourceTree == tree ? d.Location.GetLineSpan().StartLinePosition.Line - lineOffset : -1;
        var reported = new HashSet<(int, string)>(run.AnalyzerDiagnostics.Concat(run.GeneratorDiagnostics)
            .Where(d => d.Id.StartsWith("AG", StringComparison.Ordinal) && d.Severity >= DiagnosticSeverity.Info)
            .Select(d => (LineOf(d), d.Id)));
        string Show(IEnumerable<(int Line, string Id)> set) => string.Join(", ", set.Select(e => $"{e.Id} at line {e.Line + 1} of the snippet"));
        Assert.True(reported.SetEquals(expected),
            $"{snippet}: the page says {(expected.Count == 0 ? "nothing" : Show(expected))}; AutoGrad reports {(reported.Count == 0 ? "nothing" : Show(reported))}:\n"
            + string.Join("\n", run.AnalyzerDiagnostics.Concat(run.GeneratorDiagnostics)));
        var marked = new HashSet<int>(expected.Select(e => e.Line));
        Diagnostic[] problems = run.CompileDiagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error && !marked.Contains(LineOf(d))
                || d.Severity == DiagnosticSeverity.Warning && d.Id is not ("CS0105" or "CS8933"))
            .ToArray();
        Assert.True(problems.Length == 0, $"{snippet}: the compiler reports\n" + string.Join("\n", problems.Select(p => p.ToString())));
    }
}
