using AutoGrad.Generator.Tests.Harness;
using Xunit;

namespace AutoGrad.Generator.Tests;

/// <summary>
/// A recursive method is singular (its adjoint may be infinite where its value is finite) only if some chain of its calls
/// reaches a singular primitive: the recursion itself adds none. Without one, its callers need neither the zero rule's
/// guarded products nor the forward fallback where they meet it.
/// </summary>
public sealed class RecursiveCalleeTests
{
    private const string Source = """
        using System;
        using AutoGrad;

        public static partial class Recursive
        {
            [Differentiable]
            public static double Product(double[] a, int n) => n == 0 ? 1.0 : a[n - 1] * Product(a, n - 1);

            [Differentiable]
            public static double Roots(double[] a, int n) => n == 0 ? 1.0 : Math.Sqrt(a[n - 1]) * Roots(a, n - 1);

            [Differentiable]
            public static double UsesProduct(double[] a) => Product(a, a.Length) * a[0];

            [Differentiable]
            public static double UsesRoots(double[] a) => Roots(a, a.Length) * a[0];
        }
        """;

    [Fact]
    public void A_recursion_without_a_singular_primitive_needs_no_fallback()
    {
        GeneratorRun run = GeneratorHarness.Run(Source);
        Assert.DoesNotContain("ForwardFallback", run.AdjointOf("UsesProduct"));
        Assert.DoesNotContain("StrongZero", run.AdjointOf("UsesProduct"));
        Assert.DoesNotContain("ForwardFallback", run.AdjointOf("Product"));
    }

    [Fact]
    public void A_recursion_through_a_square_root_keeps_it()
    {
        GeneratorRun run = GeneratorHarness.Run(Source);
        Assert.Contains("ForwardFallback", run.AdjointOf("UsesRoots"));
    }
}
