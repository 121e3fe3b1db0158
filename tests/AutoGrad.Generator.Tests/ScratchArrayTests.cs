using System;
using System.Linq;
using AutoGrad.Generator.Tests.Harness;
using Xunit;

namespace AutoGrad.Generator.Tests;

/// <summary>
/// Which local arrays an Adjoint rents from <c>Scratch</c> (and gives back before it returns): those
/// used only through their elements and lengths. An array passed to a method or returned is made with
/// <c>new</c>, since it may be kept; its adjoint, which only callees' Adjoints see, is still rented.
/// </summary>
public sealed class ScratchArrayTests
{
    private const string Source = """
        using System;
        using AutoGrad;

        public static partial class Work
        {
            [Differentiable]
            public static double Spread(double[] x)
            {
                var squares = new double[x.Length];
                var shifted = new double[x.Length];
                for (int i = 0; i < x.Length; i++)
                {
                    squares[i] = x[i] * x[i];
                    shifted[i] = Math.Sin(x[i]);
                }
                return squares[0] + Total(shifted);
            }

            [Differentiable]
            public static double Total(double[] v)
            {
                double sum = 0;
                for (int i = 0; i < v.Length; i++)
                {
                    sum += v[i];
                }
                return sum;
            }

            [Differentiable]
            public static double[] Doubled(double[] x)
            {
                var result = new double[x.Length];
                for (int i = 0; i < x.Length; i++)
                {
                    result[i] = 2 * x[i];
                }
                return result;
            }
        }
        """;

    private static string AdjointOf(string method) => GeneratorHarness.Run(Source).AdjointOf(method);

    [Fact]
    public void Arrays_used_through_their_elements_are_rented_and_given_back()
    {
        string adjoint = AdjointOf("Spread");
        Assert.Contains("squares = global::AutoGrad.Internal.Scratch.Rent(x.Length);", adjoint);
        Assert.Contains("squaresBar = global::AutoGrad.Internal.Scratch.Rent(squares.Length);", adjoint);
        Assert.Contains("global::AutoGrad.Internal.Scratch.Return(squares);", adjoint);
        Assert.Contains("global::AutoGrad.Internal.Scratch.Return(squaresBar);", adjoint);
        // Passed to Total: made anew. Its adjoint only reaches TotalAdjoint, which keeps nothing.
        Assert.Contains("shifted = new double[x.Length];", adjoint);
        Assert.Contains("shiftedBar = global::AutoGrad.Internal.Scratch.Rent(shifted.Length);", adjoint);
        Assert.True(adjoint.IndexOf("Scratch.Return(squares);", StringComparison.Ordinal) > adjoint.LastIndexOf("Total", StringComparison.Ordinal));
    }

    [Fact]
    public void A_returned_array_is_made_anew()
    {
        string adjoint = AdjointOf("Doubled");
        Assert.Contains("result = new double[x.Length];", adjoint);
        Assert.DoesNotContain("Scratch.Return(result)", adjoint);
    }
}
