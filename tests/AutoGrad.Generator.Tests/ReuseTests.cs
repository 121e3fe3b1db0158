using System;
using System.Linq;
using AutoGrad.Generator.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace AutoGrad.Generator.Tests;

/// <summary>
/// A method's model is kept, unbound, while its parse key is equal (FrontEnd/ParseKey.cs): an edit
/// that cannot change a method's binding must not parse it again, and every edit that can must. The
/// second half is checked against the only reference there is: a fresh driver on the edited compilation.
/// </summary>
public sealed class ReuseTests
{
    private const string Caller = """
        using AutoGrad;

        public static partial class Caller
        {
            [Differentiable]
            public static double F(double x) => Scale.Factor * Middle.G(x);

            [Differentiable]
            public static double Alone(double x) => x * x * x;
        }
        """;

    private const string Middle = """
        using AutoGrad;

        public static partial class Middle
        {
            [Differentiable]
            public static double G(double x) => Inner.H(x) + x;
        }
        """;

    private const string Inner = """
        using AutoGrad;

        public static partial class Inner
        {
            [Differentiable]
            public static double H(double x) => x * x;
        }
        """;

    private const string Ordinary = """
        public static class Scale
        {
            public const double Factor = 2.0;

            public static int Answer() => 42;

            public static double Plain(double x) => x;

            public static int Counter { get { return 1; } }
        }
        """;

    private static readonly string[] Sources = { Caller, Middle, Inner, Ordinary };

    [Theory]
    [InlineData("public static int Answer() => 42;", "public static int Answer() => 43;")]
    [InlineData("get { return 1; }", "get { return 1 + 1; }")]
    [InlineData("public const double Factor = 2.0;", "public const double Factor = 2.0; // a comment")]
    public void An_edit_no_binding_can_see_parses_nothing_again(string before, string after)
    {
        GeneratorRun first = GeneratorHarness.Run(Sources);
        GeneratorRun second = Edit(first, 3, before, after);

        IncrementalStepRunReason[] reasons = MethodReasons(second);
        Assert.Equal(4, reasons.Length);
        // Cached, not Unchanged: the parse did not run at all.
        Assert.All(reasons, reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        Assert.Equal(first.AllSources(), second.AllSources());
    }

    [Fact]
    public void Editing_a_method_body_parses_that_method_and_its_callers_again_and_nothing_else()
    {
        GeneratorRun first = GeneratorHarness.Run(Sources);
        GeneratorRun second = Edit(first, 2, "=> x * x;", "=> x * x * x;");

        // H changed; G and F reach it by name; Alone does not.
        Assert.Equal(3, MethodReasons(second).Count(reason => reason is not IncrementalStepRunReason.Cached));
        AssertAsFromScratch(second);
    }

    [Theory]
    // A constant another file declares: a declaration, which every method's binding may see.
    [InlineData(3, "public const double Factor = 2.0;", "public const double Factor = 3.0;")]
    // A callee two calls away stops being differentiable: F and G lose their companions.
    [InlineData(2, "=> x * x;", "=> Scale.Plain(x);")]
    // A callee's signature changes: F's call of it binds to the new one.
    [InlineData(1, "public static double G(double x)", "public static double G(double x, double y = 1.0)")]
    // The caller's own file changes above it: its locations move.
    [InlineData(0, "public static partial class Caller\n{", "public static partial class Caller\n{\n    public static int Above() => 1;\n")]
    public void An_edit_a_binding_can_see_gives_what_a_fresh_run_gives(int file, string before, string after)
    {
        GeneratorRun first = GeneratorHarness.Run(Sources);
        GeneratorRun second = Edit(first, file, before, after);

        AssertAsFromScratch(second);
        if (file != 0)
        {
            Assert.NotEqual(first.AllSources(), second.AllSources());
        }
    }

    [Fact]
    public void New_options_parse_again()
    {
        GeneratorRun first = GeneratorHarness.Run(Sources);
        CSharpCompilation checkedArithmetic = first.Input.WithOptions(first.Input.Options.WithOverflowChecks(true));
        GeneratorRun second = GeneratorHarness.Run(first.Driver, checkedArithmetic);

        Assert.All(MethodReasons(second), reason => Assert.NotEqual(IncrementalStepRunReason.Cached, reason));
        AssertAsFromScratch(second);
    }

    [Fact]
    public void New_references_parse_again()
    {
        GeneratorRun first = GeneratorHarness.Run(Sources);
        MetadataReference[] references = first.Input.References.ToArray();
        // The same assemblies under new reference objects: a reference is compared by identity, as a rebuilt project's would differ.
        CSharpCompilation rereferenced = first.Input.WithReferences(references.Select(r => MetadataReference.CreateFromFile(((PortableExecutableReference)r).FilePath!)));
        GeneratorRun second = GeneratorHarness.Run(first.Driver, rereferenced);

        Assert.All(MethodReasons(second), reason => Assert.NotEqual(IncrementalStepRunReason.Cached, reason));
        AssertAsFromScratch(second);
    }

    [Fact]
    public void Trees_without_paths_are_told_apart()
    {
        // In-memory trees often have no path: here the same method at the same offset, in two classes.
        static SyntaxTree Tree(string type) => GeneratorHarness.Parse($$"""
            using AutoGrad;

            public static partial class {{type}}
            {
                [Differentiable]
                public static double F(double x) => x * x;
            }
            """, "");
        CSharpCompilation input = GeneratorHarness.Compile().AddSyntaxTrees(Tree("One"), Tree("Two"));
        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.CreateDriver(), input);

        Assert.Equal(2, run.Sources.Length);
        Assert.Contains(run.Sources, s => s.SourceText.ToString().Contains("partial class One", StringComparison.Ordinal));
        Assert.Contains(run.Sources, s => s.SourceText.ToString().Contains("partial class Two", StringComparison.Ordinal));
        Assert.Empty(run.CompileProblems);
    }

    private static GeneratorRun Edit(GeneratorRun run, int file, string before, string after)
    {
        SyntaxTree tree = run.Input.SyntaxTrees.ElementAt(file);
        string text = tree.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Contains(before, text, StringComparison.Ordinal);
        SyntaxTree edited = GeneratorHarness.Parse(text.Replace(before, after, StringComparison.Ordinal), tree.FilePath);
        return GeneratorHarness.Run(run.Driver, run.Input.ReplaceSyntaxTree(tree, edited));
    }

    private static void AssertAsFromScratch(GeneratorRun run)
    {
        GeneratorRun fresh = GeneratorHarness.Run(GeneratorHarness.CreateDriver(), run.Input);
        Assert.Equal(fresh.AllSources(), run.AllSources());
        Assert.Equal(fresh.GeneratorDiagnostics.Select(d => d.ToString()), run.GeneratorDiagnostics.Select(d => d.ToString()));
    }

    private static IncrementalStepRunReason[] MethodReasons(GeneratorRun run) =>
        run.Generator.TrackedSteps[TrackingNames.Methods].SelectMany(step => step.Outputs).Select(output => output.Reason).ToArray();
}
