using System;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AutoGrad.Generator.Benchmarks;

/// <summary>
/// The generator over one straight-line method of <see cref="Statements"/> statements
/// (<c>s = s * 0.999 + Math.Sin(s + k) * 0.001 + x * c - y * 0.5;</c>, a branch every 50): its cost must grow
/// linearly with the method. The generated lines per statement are printed in the setup.
/// </summary>
[MemoryDiagnoser]
public class LongMethodBenchmarks
{
    private CSharpCompilation _compilation = null!;

    [Params(250, 1000, 4000)]
    public int Statements { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var source = new StringBuilder("""
            using System;
            using AutoGrad;

            namespace Synthetic;

            public static partial class Long
            {
                [Differentiable]
                public static double F(double x, double y, double c)
                {
                    double s = x;
                    double k = 0.5;

            """);
        for (int i = 0; i < Statements; i++)
        {
            source.AppendLine(i % 50 == 49
                ? "        if (s > 1.0) { s = s * 0.5; } else { s = s + 0.1; }"
                : "        s = s * 0.999 + Math.Sin(s + k) * 0.001 + x * c - y * 0.5;");
        }
        source.AppendLine("        return s;\n    }\n}");
        _compilation = SyntheticProject.Compile(new[] { CSharpSyntaxTree.ParseText(source.ToString(), SyntheticProject.ParseOptions, "Long.cs") });
        GeneratorDriverRunResult result = Run().GetRunResult();
        if (result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) || result.GeneratedTrees.Length != 1)
        {
            throw new InvalidOperationException("The long method did not get its companions: " + string.Join("; ", result.Diagnostics));
        }
        int lines = result.GeneratedTrees[0].GetText().Lines.Count;
        Console.WriteLine($"// N = {Statements}: {lines} generated lines, {(double)lines / Statements:F1} per statement");
    }

    /// <summary>Everything from scratch, as in a clean command-line build.</summary>
    [Benchmark]
    public GeneratorDriver FullRun() => Run();

    private GeneratorDriver Run() =>
        CSharpGeneratorDriver.Create(new[] { new AutoGradGenerator().AsSourceGenerator() }, parseOptions: SyntheticProject.ParseOptions)
            .RunGenerators(_compilation.Clone());
}
