using System.Linq;
using AutoGrad.Generator.Tests.Harness;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AutoGrad.Generator.Tests;

/// <summary>
/// Object locals (a Random, a StringBuilder, a List) where values read out of them would be taken for constants
/// wrongly: AG0001 at the line that gave the object a value of the inputs, or at the object a companion could not
/// remake; and the uses that are fine, with none.
/// </summary>
public sealed class ObjectLocalDiagnosticTests
{
    [Theory]
    [InlineData("var list = new List<double>(); list.Add(x); double s = list[0];", "list.Add(x)", "what the method reads out of 'list'")]
    [InlineData("var sb = new StringBuilder(); sb.Append($\"{x}\"); double s = double.Parse(sb.ToString());", "sb.Append($\"{x}\")", "depends on a differentiable input")]
    [InlineData("var a = new List<double>(); var b = new List<double>(); a.Add(x); b.Add(a[0]); double s = b[0];", "b.Add(a[0])", "what the method reads out of 'b'")]
    [InlineData("var q = new Queue<double>(new[] { x }); double s = q.Peek();", "new Queue<double>(new[] { x })", "what the method reads out of 'q'")]
    [InlineData("var rng = new Random(); double s = rng.NextDouble();", "new Random()", "seed it")]
    [InlineData("var r1 = new Random(1); var r2 = r1; double s = r2.NextDouble();", "r2 = r1", "only to a new object")]
    [InlineData("var list = new List<int> { 1 }; double s = list[0];", "list = new List<int> { 1 }", "without an initializer")]
    public void An_object_that_would_hide_a_derivative_is_diagnosed(string statements, string offending, string why)
    {
        GeneratorRun run = Run(statements);
        Diagnostic diagnostic = Assert.Single(run.AnalyzerDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.StartsWith(offending, run.SpanText(diagnostic), System.StringComparison.Ordinal);
        Assert.Contains(why, diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("var rng = new Random(7); double s = rng.NextDouble() + rng.Next(3);")]
    [InlineData("var log = new StringBuilder(); log.Append($\"x = {x:F3}\").Append(' '); Console.WriteLine(log); double s = 1;")]
    [InlineData("var picked = new List<int>(); picked.Add((int)x); double s = picked.Count + picked[0];")]
    [InlineData("var seen = new HashSet<int>(); double s = 0; for (int i = 0; i < 3; i++) { if (seen.Add(i % 2)) { s += i; } }")]
    public void An_object_used_only_passively_is_fine(string statements)
    {
        GeneratorRun run = Run(statements);
        Assert.DoesNotContain(run.AnalyzerDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.True(run.Generated("FAdjoint"), "FAdjoint generated");
        Assert.Empty(run.CompileProblems);
    }

    private static GeneratorRun Run(string statements)
    {
        GeneratorRun run = GeneratorHarness.Run($$"""
            using System;
            using System.Collections.Generic;
            using System.Text;
            using AutoGrad;

            namespace Diagnostics;

            public static partial class Model
            {
                [Differentiable]
                public static double F(double x)
                {
                    {{statements}}
                    return s * x;
                }
            }
            """);
        Assert.Null(run.Exception);
        return run;
    }
}
