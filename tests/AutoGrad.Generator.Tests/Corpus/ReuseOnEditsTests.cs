using System;
using System.IO;
using System.Linq;
using AutoGrad.Generator.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;
using Xunit.Abstractions;

namespace AutoGrad.Generator.Tests.Corpus;

/// <summary>
/// The parse keys (FrontEnd/ParseKey.cs) on real code: the samples, edited at random one keystroke-sized
/// change at a time, with one driver carried through all the edits. After each edit the driver's output
/// must be what a fresh driver makes of the edited compilation: a key that missed a dependency would
/// leave companions of code that is no longer there.
/// </summary>
public sealed class ReuseOnEditsTests
{
    private const int EditsPerProject = 25;

    private const string Goto = " goto editedHere; editedHere: ;";

    /// <summary>As long as <c>partial</c>, so that nothing after it moves: only the declaration changes.</summary>
    private const string WasPartial = "/*par*/";

    private readonly ITestOutputHelper _output;

    public ReuseOnEditsTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void After_every_edit_the_output_is_a_fresh_runs()
    {
        int projects = 0, reused = 0, parsed = 0;
        foreach (CorpusProject project in CorpusProjects.All().Where(p => p.Name.StartsWith("samples/", StringComparison.Ordinal)))
        {
            GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.CreateDriver(), project.Compile(project.Files.Select(File.ReadAllText).ToArray()));
            if (run.Sources.IsEmpty)
            {
                continue;
            }
            projects++;
            var random = new Random(project.Name.Length * 7919 + projects);
            for (int edit = 0; edit < EditsPerProject; edit++)
            {
                (CSharpCompilation edited, string what) = Edit(run.Input, random);
                run = GeneratorHarness.Run(run.Driver, edited);
                GeneratorRun fresh = GeneratorHarness.Run(GeneratorHarness.CreateDriver(), edited);
                Assert.True(fresh.AllSources() == run.AllSources(), $"{project.Name}, edit {edit + 1} ({what}): the reused output differs from a fresh run's");
                Assert.Equal(fresh.GeneratorDiagnostics.Select(d => d.ToString()), run.GeneratorDiagnostics.Select(d => d.ToString()));
                IncrementalStepRunReason[] reasons = run.Generator.TrackedSteps[TrackingNames.Methods].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();
                reused += reasons.Count(r => r == IncrementalStepRunReason.Cached);
                parsed += reasons.Count(r => r != IncrementalStepRunReason.Cached);
            }
        }
        _output.WriteLine($"{projects} projects, {projects * EditsPerProject} edits: {reused} methods reused, {parsed} parsed again");
        Assert.True(projects >= 2, "the samples should have [Differentiable] methods");
        // Both halves exercised: some edits reuse models, some parse again.
        Assert.True(reused > 0 && parsed > 0, $"{reused} reused, {parsed} parsed again");
    }

    /// <summary>
    /// One small edit of one file: a digit added to a number, a line inserted, a [Differentiable] method
    /// made one that cannot be differentiated (a <c>goto</c>) or back, which its callers however far must
    /// notice, or its type made not partial or partial again, which no method's text shows.
    /// </summary>
    private static (CSharpCompilation Edited, string What) Edit(CSharpCompilation input, Random random)
    {
        int kind = random.Next(4);
        MethodDeclarationSyntax[] differentiable = input.SyntaxTrees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
            .Where(m => m.Body is not null && m.AttributeLists.SelectMany(l => l.Attributes).Any(a => a.Name.ToString() == "Differentiable"))
            .ToArray();
        SyntaxTree tree = kind < 2 && differentiable.Length > 0
            ? differentiable[random.Next(differentiable.Length)].SyntaxTree
            : input.SyntaxTrees.ElementAt(random.Next(input.SyntaxTrees.Count()));
        string text = tree.ToString();
        string name = Path.GetFileName(tree.FilePath);
        SyntaxToken[] numbers = tree.GetRoot().DescendantTokens()
            .Where(t => t.IsKind(SyntaxKind.NumericLiteralToken) && char.IsDigit(t.Text[^1]))
            .ToArray();
        string editedText;
        string what;
        MethodDeclarationSyntax[] here = differentiable.Where(m => m.SyntaxTree == tree).ToArray();
        if (kind == 0 && here.Length > 0)
        {
            // Toggled, so that callers see a callee both lose its companions and get them back.
            MethodDeclarationSyntax method = here[random.Next(here.Length)];
            int at = method.Body!.OpenBraceToken.Span.End;
            bool undo = text.AsSpan(at).StartsWith(Goto, StringComparison.Ordinal);
            editedText = undo ? text.Remove(at, Goto.Length) : text.Insert(at, Goto);
            what = $"a goto {(undo ? "taken out of" : "put in")} {method.Identifier.Text}";
        }
        else if (kind == 1 && here.Length > 0)
        {
            // A declaration, not in any method's text: the type stops being partial (AG0002 on each method) or becomes partial again.
            var type = (TypeDeclarationSyntax)here[random.Next(here.Length)].Parent!;
            SyntaxToken partial = type.Modifiers.FirstOrDefault(m => m.IsKind(SyntaxKind.PartialKeyword));
            int was = text.IndexOf(WasPartial, type.SpanStart, StringComparison.Ordinal);
            editedText = partial.IsKind(SyntaxKind.PartialKeyword)
                ? text.Remove(partial.SpanStart, partial.Span.Length).Insert(partial.SpanStart, WasPartial)
                : was >= 0 && was < type.Identifier.SpanStart ? text.Remove(was, WasPartial.Length).Insert(was, "partial") : text;
            what = $"{type.Identifier.Text} made {(partial.IsKind(SyntaxKind.PartialKeyword) ? "not partial" : "partial again")}";
        }
        else if (numbers.Length > 0 && kind > 1)
        {
            SyntaxToken number = numbers[random.Next(numbers.Length)];
            editedText = text.Insert(number.Span.End, "1");
            what = $"{number.Text} → {number.Text}1 in {name}, line {number.GetLocation().GetLineSpan().StartLinePosition.Line + 1}";
        }
        else
        {
            int[] lineStarts = tree.GetText().Lines.Select(l => l.Start).ToArray();
            int line = random.Next(lineStarts.Length);
            editedText = text.Insert(lineStarts[line], Environment.NewLine);
            what = $"a line inserted in {name} before line {line + 1}";
        }
        return (input.ReplaceSyntaxTree(tree, GeneratorHarness.Parse(editedText, tree.FilePath)), what);
    }
}
