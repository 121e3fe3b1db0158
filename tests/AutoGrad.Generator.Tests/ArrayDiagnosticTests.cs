using System.Linq;
using AutoGrad.Generator.Tests.Harness;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AutoGrad.Generator.Tests;

/// <summary>
/// Arrays made with values, and swaps of arrays, where the companions could not compute what the method does:
/// AG0001 at the construct, saying why, no companions, no exception.
/// </summary>
public sealed class ArrayDiagnosticTests
{
    /// <summary>Where building the array just before its statement would change what the method computes, or it is no flat array of numbers.</summary>
    [Theory]
    [InlineData("double s = x > 0 ? Sum(new[] { x, 1.0 }) : 0.0;", "new[] { x, 1.0 }", "one branch")]
    [InlineData("double s = x > 0 && Sum([x]) > 1 ? x : 0.0;", "[x]", "one branch")]
    [InlineData("double s = 0; while (Sum(new[] { s, 1.0 }) < x) { s += 1; }", "new[] { s, 1.0 }", "loop's header")]
    [InlineData("double s = 0; for (double[] a = { x }; s < a[0]; s++) { }", "{ x }", "loop's header")]
    [InlineData("double[] z = [x, ..y]; double s = z[0];", "[x, ..y]", "spreads")]
    [InlineData("double[][] j = { new[] { x } }; double s = j[0][0];", "{ new[] { x } }", "only arrays of numbers")]
    [InlineData("var j = new double[1][]; j[0] = new[] { x }; double s = j[0][0];", "new[] { x }", "stored only in a local")]
    public void An_array_made_with_values_where_it_cannot_be_built_first_is_diagnosed_at_the_array(string statements, string offending, string why) =>
        AssertDiagnosed(statements, offending, why);

    /// <summary>Swaps the companions cannot make with copies: of an array something else holds too, or with a temporary that stays a second name.</summary>
    [Theory]
    [InlineData("double[] a = Table; double[] b = { x }; (a, b) = (b, a); b[0] = x; double s = a[0];", "(a, b) = (b, a)", "may be an array a field")]
    [InlineData("double[] a = { x }, b = { 1.0 }; var t = a; a = b; b = t; t[0] = 2.0; double s = a[0] * b[0];", "t = a", "swap two local arrays with (a, b) = (b, a)")]
    [InlineData("double[] a = { x }, b = { 1.0 }; double s = 0; foreach (double e in a) { s += e; (a, b) = (b, a); }", "foreach", "the array it walks")]
    [InlineData("double[] b = { x }; (y, b) = (b, y); double s = b[0];", "(y, b) = (b, y)", "only two local arrays can be swapped")]
    public void A_swap_the_companions_cannot_copy_is_diagnosed_at_the_swap(string statements, string offending, string why) =>
        AssertDiagnosed(statements, offending, why);

    /// <summary>Array methods whose writes the companions cannot make: into an input, into an array others hold, between types or shapes the loop does not copy.</summary>
    [Theory]
    [InlineData("double[] b = { x }; Array.Copy(b, y, 1); double s = b[0];", "Array.Copy(b, y, 1)", "writes into the differentiable input array 'y'")]
    [InlineData("Array.Clear(y, 0, 1); double s = 1;", "Array.Clear(y, 0, 1)", "writes into the differentiable input array 'y'")]
    [InlineData("Array.Fill(y, x); double s = 1;", "Array.Fill(y, x)", "writes into the differentiable input array 'y'")]
    [InlineData("double[] b = { x }; b.CopyTo(y, 0); double s = b[0];", "b.CopyTo(y, 0)", "writes into the differentiable input array 'y'")]
    [InlineData("Array.Resize(ref y, 3); double s = 1;", "Array.Resize(ref y, 3)", "writes into the differentiable input array 'y'")]
    [InlineData("double[] b = Table; Array.Fill(b, x); double s = b[0];", "Array.Fill(b, x)", "may be an array a field")]
    [InlineData("int[] n = { 1 }; double[] b = { x }; Array.Copy(n, b, 1); double s = b[0];", "Array.Copy(n, b, 1)", "an array of the same type")]
    [InlineData("var m = new double[1, 1]; var c = new double[1, 1]; Array.Copy(m, c, 1); double s = c[0, 0];", "Array.Copy(m, c, 1)", "copy matrices element by element")]
    [InlineData("var m = new double[2, 2]; Array.Clear(m, 0, 1); double s = m[0, 0];", "Array.Clear(m, 0, 1)", "only a whole matrix can be cleared")]
    [InlineData("double[] b = { x }; Array.Copy(b, b, 1L); double s = b[0];", "b", "may write into it")]
    public void An_array_method_the_companions_cannot_follow_is_diagnosed_at_the_call(string statements, string offending, string why) =>
        AssertDiagnosed(statements, offending, why);

    [Fact]
    public void A_copy_of_inputs_into_a_NoDerivative_array_is_diagnosed_at_the_copy()
    {
        GeneratorRun run = GeneratorHarness.Run("""
            using System;
            using AutoGrad;

            public static partial class Model
            {
                [Differentiable]
                public static double F(double[] x, [NoDerivative] double[] data)
                {
                    Array.Copy(x, data, 2);
                    Array.Fill(data, 1.0, 2, 1);
                    return data[0] * x[1];
                }
            }
            """);
        Assert.Null(run.Exception);
        Diagnostic diagnostic = Assert.Single(run.AnalyzerDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("Array.Copy(x, data, 2)", run.SpanText(diagnostic));
        Assert.Contains("'data' is [NoDerivative]", diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }

    private static void AssertDiagnosed(string statements, string offending, string why)
    {
        GeneratorRun run = GeneratorHarness.Run($$"""
            using System;
            using AutoGrad;

            namespace Diagnostics;

            public static partial class Model
            {
                private static readonly double[] Table = { 1.0, 2.0 };

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
        Diagnostic diagnostic = Assert.Single(run.AnalyzerDiagnostics, d => d.Id is "AG0001" or "AG0005" && run.SpanText(d).StartsWith(offending, System.StringComparison.Ordinal));
        Assert.Contains(why, diagnostic.GetMessage(), System.StringComparison.Ordinal);
        Assert.False(run.Generated("FTangent") || run.Generated("FAdjoint"), run.AllSources());
    }
}
