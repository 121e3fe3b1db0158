using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AutoGrad.Generator.Benchmarks;

/// <summary>
/// The generator over <see cref="SyntheticProject"/>: a first run, and the runs an IDE makes on every
/// keystroke. Files are parsed once in setup; each run gets a fresh compilation, so no semantic
/// information is reused that a real compiler session would not also have.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _warmDriver = null!;
    private SyntaxTree _unrelated = null!;
    private SyntaxTree _unrelatedEdited = null!;
    private SyntaxTree _model = null!;
    private SyntaxTree _modelEdited = null!;

    [GlobalSetup]
    public void Setup()
    {
        _unrelated = SyntheticProject.UnrelatedFile(edit: 0);
        _unrelatedEdited = SyntheticProject.UnrelatedFile(edit: 1);
        SyntaxTree[] models = SyntheticProject.ModelFiles().ToArray();
        _model = models[0];
        _modelEdited = SyntheticProject.EditedModelFile(edit: 1);
        _compilation = SyntheticProject.Compile(models.Append(_unrelated));
        _warmDriver = CreateDriver().RunGenerators(_compilation);
        Check(_warmDriver.GetRunResult());
    }

    /// <summary>Everything from scratch, as in a clean command-line build.</summary>
    [Benchmark(Baseline = true)]
    public GeneratorDriver FullRun() => CreateDriver().RunGenerators(_compilation.Clone());

    /// <summary>A file without differentiable code changed: every step should come from the cache.</summary>
    [Benchmark]
    public GeneratorDriver RerunAfterUnrelatedEdit() =>
        _warmDriver.RunGenerators(_compilation.ReplaceSyntaxTree(_unrelated, Fresh(_unrelatedEdited)));

    /// <summary>One differentiable method's body changed: only it, and methods that may call it, are parsed again.</summary>
    [Benchmark]
    public GeneratorDriver RerunAfterEditingOneMethod() =>
        _warmDriver.RunGenerators(_compilation.ReplaceSyntaxTree(_model, Fresh(_modelEdited)));

    /// <summary>
    /// The edited tree as a new tree object, as each keystroke makes one: the generator summarizes a tree
    /// once, so reusing one object would leave that work out of every run after the first. Not parsed again.
    /// </summary>
    private static SyntaxTree Fresh(SyntaxTree tree) => tree.WithRootAndOptions(tree.GetRoot(), tree.Options);

    private static GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create(
            new[] { new AutoGradGenerator().AsSourceGenerator() },
            parseOptions: SyntheticProject.ParseOptions);

    /// <summary>A benchmark of a generator that failed quietly would time nothing: insist on 200 clean companions.</summary>
    private static void Check(GeneratorDriverRunResult result)
    {
        Diagnostic[] errors = result.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToArray();
        int generated = result.GeneratedTrees.Length;
        if (errors.Length > 0 || generated != SyntheticProject.MethodCount)
        {
            throw new InvalidOperationException(
                $"The generator produced {generated} files (expected {SyntheticProject.MethodCount}) and {errors.Length} errors: "
                + string.Join("; ", errors.Select(error => error.ToString())));
        }
    }
}
