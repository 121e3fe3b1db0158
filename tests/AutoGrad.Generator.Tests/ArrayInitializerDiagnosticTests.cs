using System.Linq;
using AutoGrad.Generator.Tests.Harness;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AutoGrad.Generator.Tests;

/// <summary>
/// Arrays made with values where building them just before the statement would change what the method
/// computes, or that are no flat array of numbers: AG0001 at the array, no companions, no exception.
/// </summary>
public sealed class ArrayInitializerDiagnosticTests
{
    [Theory]
    [InlineData("double s = x > 0 ? Sum(new[] { x, 1.0 }) : 0.0;", "new[] { x, 1.0 }", "one branch")]
    [InlineData("double s = x > 0 && Sum([x]) > 1 ? x : 0.0;", "[x]", "one branch")]
    [InlineData("double s = 0; while (Sum(new[] { s, 1.0 }) < x) { s += 1; }", "new[] { s, 1.0 }", "loop's header")]
    [InlineData("double s = 0; for (double[] a = { x }; s < a[0]; s++) { }", "{ x }", "loop's header")]
    [InlineData("double[] z = [x, ..y]; double s = z[0];", "[x, ..y]", "spreads")]
    [InlineData("double[][] j = { new[] { x } }; double s = j[0][0];", "{ new[] { x } }", "only arrays of numbers")]
    [InlineData("var j = new double[1][]; j[0] = new[] { x }; double s = j[0][0];", "new[] { x }", "stored only in a local")]
    public void An_array_made_with_values_where_it_cannot_be_built_first_is_diagnosed_at_the_array(string statements, string offending, string why)
    {
        GeneratorRun run = GeneratorHarness.Run($$"""
            using System;
            using AutoGrad;

            namespace Diagnostics;

            public static partial class Model
            {
                [Differentiable]
                public static double Sum(double[] v) => v[0];

                [Differentiable]
                public static double F(double x, double[] y)
                {
                    {{statements}}
                    return s * x;
                }
            }
            """);
        Assert.Null(run.Exception);
        Diagnostic diagnostic = Assert.Single(run.AnalyzerDiagnostics, d => d.Id == "AG0001" && run.SpanText(d) == offending);
        Assert.Contains(why, diagnostic.GetMessage(), System.StringComparison.Ordinal);
        Assert.False(run.Generated("FTangent") || run.Generated("FAdjoint"), run.AllSources());
    }
}
