using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace AutoGrad.Generator.Tests.Harness;

/// <summary>What one run of the generator produced, and how the compilation fared with it.</summary>
internal sealed class GeneratorRun
{
    public GeneratorRun(GeneratorDriver driver, CSharpCompilation input, Compilation output, GeneratorDriverRunResult result)
    {
        Driver = driver;
        Input = input;
        Output = output;
        Result = result;
        _analyzerDiagnostics = new(() => output
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new Analyzers.DifferentiableMethodAnalyzer()))
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult());
    }

    /// <summary>The driver after the run: run it again on an edited compilation to test caching.</summary>
    public GeneratorDriver Driver { get; }

    public CSharpCompilation Input { get; }

    /// <summary>The input plus the generated trees.</summary>
    public Compilation Output { get; }

    public GeneratorDriverRunResult Result { get; }

    public GeneratorRunResult Generator => Result.Results.Single();

    public Exception? Exception => Generator.Exception;

    /// <summary>Generated files in hint-name order, so the output does not depend on the driver's ordering.</summary>
    public ImmutableArray<GeneratedSourceResult> Sources =>
        Generator.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).ToImmutableArray();

    /// <summary>Diagnostics the generator reported: only failures of its transforms (AG0099).</summary>
    public ImmutableArray<Diagnostic> GeneratorDiagnostics => Result.Diagnostics;

    /// <summary>
    /// What <see cref="Analyzers.DifferentiableMethodAnalyzer"/> reports (AG…), run as in a build: over the
    /// input plus the generated files.
    /// </summary>
    public ImmutableArray<Diagnostic> AnalyzerDiagnostics => _analyzerDiagnostics.Value;

    private readonly Lazy<ImmutableArray<Diagnostic>> _analyzerDiagnostics;

    /// <summary>Everything the compiler reports on the input plus the generated files.</summary>
    public ImmutableArray<Diagnostic> CompileDiagnostics => Output.GetDiagnostics();

    /// <summary>Compiler warnings and errors; the tests that check them treat a warning as a failure.</summary>
    public ImmutableArray<Diagnostic> CompileProblems =>
        CompileDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();

    /// <summary>
    /// The warnings among <paramref name="diagnostics"/> that point into generated files: a user who builds with
    /// TreatWarningsAsErrors would fail on AutoGrad's code, so the fuzz and corpus tests fail on each.
    /// </summary>
    public IEnumerable<Diagnostic> WarningsInGeneratedCode(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning && d.Location.SourceTree is SyntaxTree tree && !Input.SyntaxTrees.Contains(tree));

    /// <summary>The generated file of <paramref name="method"/>'s companions, after checking that the output compiles cleanly.</summary>
    public string CompanionsOf(string method)
    {
        Assert.True(CompileProblems.IsEmpty, Describe(CompileProblems));
        return Sources.Single(s => s.HintName.EndsWith("." + method + ".AutoGrad.g.cs", StringComparison.Ordinal)).SourceText.ToString();
    }

    /// <summary>The text of <paramref name="method"/>'s Adjoint companion, from its signature to the end of its file.</summary>
    public string AdjointOf(string method)
    {
        string text = CompanionsOf(method);
        return text.Substring(text.IndexOf(method + "Adjoint(", StringComparison.Ordinal));
    }

    /// <summary>All generated files, each under a header with its hint name, as a snapshot compares them.</summary>
    public string AllSources()
    {
        var text = new StringBuilder();
        foreach (GeneratedSourceResult source in Sources)
        {
            text.Append("// ----- ").Append(source.HintName).Append(" -----").Append('\n');
            text.Append(source.SourceText.ToString()).Append('\n');
        }
        return text.ToString();
    }

    public bool Generated(string companionName) =>
        Sources.Any(s => s.SourceText.ToString().Contains(" " + companionName + "(", StringComparison.Ordinal));

    /// <summary>
    /// The input tree a diagnostic points into. Found by path, not <see cref="Location.SourceTree"/>:
    /// the generator keeps locations as plain data and reports them as file locations.
    /// </summary>
    public SyntaxTree TreeOf(Diagnostic diagnostic)
    {
        string path = diagnostic.Location.GetLineSpan().Path;
        return Input.SyntaxTrees.SingleOrDefault(t => t.FilePath == path)
            ?? throw new Xunit.Sdk.XunitException($"{diagnostic} points into '{path}', which is not an input file");
    }

    public string SpanText(Diagnostic diagnostic) => TreeOf(diagnostic).GetText().ToString(diagnostic.Location.SourceSpan);

    public static string Describe(ImmutableArray<Diagnostic> diagnostics) =>
        diagnostics.IsEmpty ? "(none)" : string.Join(Environment.NewLine, diagnostics.Select(d => d.ToString()));
}
