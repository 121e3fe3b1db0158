using System;
using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>Array-returning methods of less common shapes, by both sweeps against central differences.</summary>
public sealed class ArrayShapeTests
{
    [Fact]
    public void Identity_has_the_identity_Jacobian_and_the_adjoint_adds_the_seed()
    {
        double[] x = { 0.5, -1.0, 2.0 };
        Matrices.Equal(new double[,] { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } }, Derivatives.Jacobian(ArraysShapes.IdentityTangent, x), "forward");
        double[] adjoint = { 1.0, 1.0, 1.0 };
        ArraysShapes.IdentityAdjoint(x, adjoint, new[] { 2.0, -3.0, 0.5 });
        Assert.Equal(new[] { 3.0, -2.0, 1.5 }, adjoint);
        Assert.Equal(new[] { 0.5, -1.0, 2.0 }, x);
    }

    [Fact]
    public void Reversed_outputs_with_index_arithmetic_match_central_differences()
    {
        AssertJacobian(ArraysShapes.ReversedProducts, ArraysShapes.ReversedProductsTangent, ArraysShapes.ReversedProductsAdjoint, new[] { 0.7, -1.1, 0.4, 1.9, -0.3 });
    }

    [Theory]
    [InlineData(new[] { 0.7, -1.1, 0.4, 1.9, -0.3 })]
    [InlineData(new[] { -2.0, 3.0 })]
    public void Per_element_branches_and_increments_match_central_differences(double[] x)
    {
        AssertJacobian(ArraysShapes.Ramp, ArraysShapes.RampTangent, ArraysShapes.RampAdjoint, x);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(2.0)]
    [InlineData(100.0)]
    public void Early_return_from_a_loop_over_a_local_array_matches_central_differences(double limit)
    {
        double[] x = { 0.6, -0.9, 1.2, 0.3, -1.4 };
        Func<double[], double> f = p => ArraysShapes.FirstAbove(p[..5], p[5]);
        double[] packed = [.. x, limit];
        var xAdjoint = new double[5];
        double limitAdjoint = 0;
        double value = ArraysShapes.FirstAboveAdjoint(x, xAdjoint, limit, ref limitAdjoint);
        Approx.Equal(f(packed), value, "value");
        Matrices.Equal(FiniteDifferences.Gradient(f, packed), [.. xAdjoint, limitAdjoint], $"gradient, limit {limit}",
            FiniteDifferences.Relative, FiniteDifferences.Absolute(value));
    }

    private static void AssertJacobian(Func<double[], double[]> f, VectorTangent tangent, VectorAdjoint adjoint, double[] x)
    {
        double[,] forward = Derivatives.Jacobian(tangent, x);
        double[,] reverse = Derivatives.Jacobian(adjoint, x, f(x).Length);
        Matrices.Equal(forward, reverse, "forward vs reverse");
        Matrices.Equal(FiniteDifferences.Jacobian(f, x), forward, "forward vs central differences", FiniteDifferences.Relative, 1e-7);
        GradientCheck.Jacobian(f, reverse, x).EnsurePassed();
    }
}
