using System.Linq;
using AutoGrad.Generator.Tests.Harness;
using Xunit;

namespace AutoGrad.Generator.Tests;

/// <summary>
/// Which sums get one pass (each iteration's adjoint right after it): iterations with nested loops and
/// work arrays they fill before reading do; an iteration that sees another's array values does not.
/// The gradients themselves are checked in AutoGrad.Tests (FusedNestTests, SumTests).
/// </summary>
public sealed class FusionTests
{
    private const string OnePass = "each iteration's adjoint runs right after it";

    private static string AdjointOf(string body)
    {
        string source = $$"""
            using System;
            using AutoGrad;

            namespace Fusion;

            public static partial class Model
            {
                [Differentiable]
                public static double F(double[] x)
                {
            {{body}}
                }
            }
            """;
        GeneratorRun run = GeneratorHarness.Run(source);
        Assert.True(run.CompileProblems.IsEmpty, GeneratorRun.Describe(run.CompileProblems));
        string text = run.Sources.Single().SourceText.ToString();
        return text.Substring(text.IndexOf("FAdjoint(", System.StringComparison.Ordinal));
    }

    [Fact]
    public void An_iteration_that_fills_its_arrays_in_nested_loops_is_fused_and_records_only_within_itself()
    {
        string adjoint = AdjointOf("""
                    var work = new double[3];
                    double total = 0;
                    for (int s = 0; s < x.Length; s++)
                    {
                        for (int j = 0; j < work.Length; j++)
                        {
                            work[j] = Math.Sin(x[(s + j) % x.Length]);
                        }
                        double largest = work[0];
                        for (int j = 1; j < 3; j++)
                        {
                            largest = Math.Max(largest, work[j]);
                        }
                        total += largest * work[1];
                    }
                    double penalty = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        penalty += x[i] * x[i];
                    }
                    return total + penalty;
            """);
        Assert.Contains(OnePass, adjoint);
        // The fill's old values belong to the previous iteration: not recorded. The running maximum is, within the iteration.
        Assert.DoesNotContain("Push(work[", adjoint);
        Assert.Contains("Push(largest)", adjoint);
    }

    [Theory]
    [InlineData("read before the fill", """
                    var work = new double[3];
                    double total = 0;
                    for (int s = 0; s < x.Length; s++)
                    {
                        total += work[1] * x[s];
                        for (int j = 0; j < work.Length; j++)
                        {
                            work[j] = Math.Sin(x[(s + j) % x.Length]);
                        }
                    }
                    return total;
            """)]
    [InlineData("a fill one short", """
                    var work = new double[3];
                    double total = 0;
                    for (int s = 0; s < x.Length; s++)
                    {
                        for (int j = 0; j < work.Length - 1; j++)
                        {
                            work[j] = Math.Cos(x[s] * (j + 1));
                        }
                        total += work[0] * work[2];
                        work[2] = work[1];
                    }
                    return total;
            """)]
    [InlineData("read after the loop", """
                    var work = new double[2];
                    double total = 0;
                    for (int s = 0; s < x.Length; s++)
                    {
                        for (int j = 0; j < work.Length; j++)
                        {
                            work[j] = Math.Exp(x[s] * j);
                        }
                        total += work[0] * work[1];
                    }
                    return total + work[1];
            """)]
    [InlineData("a fill at another position", """
                    var work = new double[3];
                    double total = 0;
                    for (int s = 0; s < x.Length; s++)
                    {
                        for (int j = 0; j < work.Length; j++)
                        {
                            work[j] = Math.Sin(x[s] + work[(j + 1) % 3]);
                        }
                        total += work[0];
                    }
                    return total;
            """)]
    [InlineData("a state carried by an inner loop", """
                    double y = 0.5;
                    double total = 0;
                    for (int s = 0; s < x.Length; s++)
                    {
                        for (int j = 0; j < 2; j++)
                        {
                            y = Math.Sin(y + x[s]);
                        }
                        total += y;
                    }
                    return total;
            """)]
    public void An_iteration_that_sees_another_iterations_values_keeps_two_sweeps(string why, string body)
    {
        Assert.False(AdjointOf(body).Contains(OnePass, System.StringComparison.Ordinal), why);
    }
}
