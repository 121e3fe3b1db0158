using AutoGrad.Generator.Tests.Harness;
using Xunit;

namespace AutoGrad.Generator.Tests;

/// <summary>
/// Which Adjoints run forward (Transforms/TangentAdjoint.cs): a scalar function of one scalar, with a
/// derivative and no local arrays, in a companion not differentiated again; every other keeps its
/// reverse sweep. Each generated file must compile without a warning (CompanionsOf checks).
/// </summary>
public sealed class TangentAdjointTests
{
    private const string Source = """
        using System;
        using AutoGrad;

        public static partial class Work
        {
            [Differentiable]
            public static double One(double x) => Math.Exp(-x * x) / (1.0 + x * x);

            [Differentiable]
            public static double Two(double x, double y) => Math.Exp(-x * y);

            [Differentiable]
            public static double Flat(double x) => Math.Floor(2.0 * x);

            [Differentiable]
            public static double WithArray(double x)
            {
                double[] powers = new double[3];
                powers[0] = x;
                powers[1] = x * x;
                powers[2] = x * x * x;
                return powers[0] + powers[1] + powers[2];
            }

            [Differentiable(Order = 2)]
            public static double Twice(double x) => Math.Sin(x) * x;

            [Differentiable]
            public static double ReverseSweep(double reverseSweep) => reverseSweep * reverseSweep;
        }

        public sealed partial class Instance
        {
            private readonly double _scale = 2.0;

            [Differentiable]
            public double Scaled(double x) => _scale * Math.Sin(x);
        }
        """;

    [Fact]
    public void A_function_of_one_scalar_runs_forward_with_its_reverse_sweep_as_fallback()
    {
        GeneratorRun run = GeneratorHarness.Run(Source);
        string one = run.AdjointOf("One");
        Assert.Contains("xTangent = 1.0;", one);
        Assert.Contains("return reverseSweep(x, ref xAdjoint, seed);", one);
        Assert.Contains("xAdjoint += seed * ", one);
        // The fallback is the ordinary reverse sweep, inside the Adjoint.
        Assert.Contains("double reverseSweep(double x, ref double xAdjoint, double seed = 1.0)", one);
        Assert.Contains("// Reverse sweep: propagate the seed back to the inputs.", one);

        Assert.Contains("return reverseSweep(x, ref xAdjoint, seed);", run.AdjointOf("Scaled"));
    }

    [Theory]
    [InlineData("Two")]
    [InlineData("Flat")]
    [InlineData("WithArray")]
    [InlineData("Twice")]
    public void Every_other_function_keeps_its_reverse_sweep(string method)
    {
        string adjoint = GeneratorHarness.Run(Source).AdjointOf(method);
        Assert.DoesNotContain("reverseSweep", adjoint);
        Assert.DoesNotContain("Tangent = 1.0;", adjoint);
        Assert.Contains("// Forward sweep: compute the value, recording what the reverse sweep needs.", adjoint);
    }

    [Fact]
    public void The_fallback_takes_a_name_the_method_leaves_free()
    {
        string adjoint = GeneratorHarness.Run(Source).AdjointOf("ReverseSweep");
        Assert.Contains("return reverseSweep1(reverseSweep, ref reverseSweepAdjoint, seed);", adjoint);
    }
}
