using System;
using AutoGrad.Generator.Tests.Harness;
using Xunit;

namespace AutoGrad.Generator.Tests;

/// <summary>
/// Which reversed loops become <c>Arrays.AddScaled</c> calls: those that only add a multiple of one array
/// into another. AutoGrad.Tests checks the gradients of networks written this way (FusedNests.Network, ArraysNetwork.Loss).
/// </summary>
public sealed class VectorLoopTests
{
    private const string Source = """
        using System;
        using AutoGrad;

        public static partial class Layers
        {
            [Differentiable]
            public static double Dot(double[] w, [NoDerivative] double[] x)
            {
                double sum = 0;
                for (int k = 0; k < x.Length; k++)
                {
                    sum += w[k] * x[k];
                }
                return Math.Tanh(sum);
            }

            [Differentiable]
            public static double Shifted(double[] w)
            {
                double sum = 0;
                for (int k = 0; k < w.Length - 1; k++)
                {
                    sum += w[k] * w[k + 1];
                }
                return Math.Tanh(sum);
            }
        }
        """;

    private static string AdjointOf(string method) => GeneratorHarness.Run(Source).AdjointOf(method);

    [Fact]
    public void The_reverse_of_a_dot_product_is_one_vector_call()
    {
        string adjoint = AdjointOf("Dot");
        Assert.Contains("global::AutoGrad.Internal.Arrays.AddScaled(wAdjoint, 0, ", adjoint);
        Assert.DoesNotContain("wAdjoint[k] +=", adjoint);
    }

    [Fact]
    public void A_loop_that_reads_the_array_it_adds_into_stays_a_loop()
    {
        string adjoint = AdjointOf("Shifted");
        Assert.DoesNotContain("AddScaled", adjoint);
    }
}
