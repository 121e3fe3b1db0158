using System;
using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>
/// Hessians and Hessian-vector products from the second-order AdjointTangent companions of
/// [Differentiable(Order = 2)] methods.
/// </summary>
public sealed class HessianTests
{
    [Fact]
    public void Hessian_of_x2y_plus_y_plus_2_at_3_4()
    {
        double[,] hessian = Derivatives.Hessian(SecondOrder.PolyAdjointTangent, new[] { 3.0, 4.0 });
        Matrices.Equal(new double[,] { { 8, 6 }, { 6, 0 } }, hessian, "H at (3, 4)");
    }

    [Fact]
    public void AdjointTangent_leaves_the_gradient_in_xAdjoint_and_H_v_in_xAdjointTangent()
    {
        double[] p = { 3.0, 4.0 };
        double[] v = { 1.0, -2.0 };
        var gradient = new double[2];
        var hv = new double[2];
        (double value, double directional) = SecondOrder.PolyAdjointTangent(p, v, gradient, hv);
        Approx.Equal(42.0, value, "f(3, 4)");
        Matrices.Equal(new[] { 24.0, 10.0 }, gradient, "∇f = (2xy, x² + 1)");
        Approx.Equal(24.0 - 20.0, directional, "∇f·v");
        Matrices.Equal(new[] { 8.0 - 12.0, 6.0 }, hv, "H·v");

        // The adjoints accumulate, the seed scales the gradient, and the seed's tangent adds ∇f.
        SecondOrder.PolyAdjointTangent(p, v, gradient, hv, seed: 2.0, seedTangent: 0.5);
        Matrices.Equal(new[] { 24.0 * 3, 10.0 * 3 }, gradient, "∇f + 2∇f");
        Matrices.Equal(new[] { (-4.0 * 3) + (0.5 * 24), (6.0 * 3) + (0.5 * 10) }, hv, "H·v + 2H·v + 0.5∇f");
    }

    [Fact]
    public void Hessian_of_the_extended_Rosenbrock_function_is_its_analytic_tridiagonal()
    {
        double[] x = ArrayGradientTests.Point(100);
        double[,] hessian = Derivatives.Hessian(SecondOrder.RosenbrockAdjointTangent, x);
        Matrices.Equal(RosenbrockHessian(x), hessian, "H, n = 100", Approx.Tight, 1e-12);
    }

    [Fact]
    public void Hessian_vector_product_matches_central_differences_of_the_gradient()
    {
        double[] x = Matrices.Random(8, seed: 11);
        double[] v = Matrices.Random(8, seed: 12);
        var gradient = new double[8];
        var hv = new double[8];
        double value = Derivatives.HessianVectorProduct(SecondOrder.LogSumExpAdjointTangent, x, v, gradient, hv);

        Approx.Equal(SecondOrder.LogSumExp(x), value, "value");
        Matrices.Equal(Derivatives.Gradient(SecondOrder.LogSumExpAdjoint, x), gradient, "gradient from AdjointTangent vs Adjoint");
        // H·v = d/dt ∇f(x + t·v) at t = 0, one component at a time.
        for (int i = 0; i < x.Length; i++)
        {
            int component = i;
            double numeric = FiniteDifferences.Directional(p => Derivatives.Gradient(SecondOrder.LogSumExpAdjoint, p)[component], x, v, 1e-3);
            Approx.Equal(numeric, hv[i], $"(H·v)[{i}] vs central differences of the gradient", FiniteDifferences.Relative, 1e-8);
        }
        Matrices.Equal(hv, Derivatives.HessianVectorProduct(SecondOrder.LogSumExpAdjointTangent, x, v), "allocating overload");
        Matrices.Equal(Matrices.Multiply(Derivatives.Hessian(SecondOrder.LogSumExpAdjointTangent, x), v), hv, "H·v vs Hessian times v", Approx.Tight, 1e-14);
    }

    [Fact]
    public void Hessian_is_symmetric_and_its_columns_are_the_Jacobian_of_the_gradient()
    {
        double[] x = Matrices.Random(5, seed: 13);
        double[,] hessian = Derivatives.Hessian(SecondOrder.LogSumExpAdjointTangent, x);
        Func<double[], double[]> gradient = p => Derivatives.Gradient(SecondOrder.LogSumExpAdjoint, p);
        Matrices.Equal(FiniteDifferences.Jacobian(gradient, x), hessian, "H vs central differences of ∇f", FiniteDifferences.Relative, 1e-8);
        GradientCheck.Jacobian(gradient, hessian, x).EnsurePassed();
        for (int i = 0; i < 5; i++)
        {
            for (int j = 0; j < i; j++)
            {
                Approx.Equal(hessian[i, j], hessian[j, i], $"H[{i}, {j}] vs H[{j}, {i}]", Approx.Tight, 1e-15);
            }
        }
    }

    private static double[,] RosenbrockHessian(double[] x)
    {
        int n = x.Length;
        var h = new double[n, n];
        for (int i = 0; i < n - 1; i++)
        {
            h[i, i] += (1200 * x[i] * x[i]) - (400 * x[i + 1]) + 2;
            h[i + 1, i + 1] += 200;
            h[i, i + 1] = -400 * x[i];
            h[i + 1, i] = -400 * x[i];
        }
        return h;
    }
}
