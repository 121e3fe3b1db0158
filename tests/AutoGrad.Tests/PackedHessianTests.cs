using System;
using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>
/// FHessian: the Hessian over a method's differentiable inputs packed in parameter order, against a closed form,
/// against forward over forward (FTangentTangent along pairs of unit vectors), and against central differences of FGradient.
/// </summary>
public sealed class PackedHessianTests
{
    [Fact]
    public void Scalars_give_the_closed_form()
    {
        (double x, double y, double z) = (0.7, -1.3, 2.1);
        double[,] h = PackedHessians.MixedHessian(x, y, z);

        var expected = new double[,]
        {
            { -Math.Sin(x) * z, 2 * y, Math.Cos(x) },
            { 2 * y, 2 * x, 0 },
            { Math.Cos(x), 0, 0 },
        };
        Matrices.Equal(expected, h, "FHessian of x·y² + sin(x)·z");
    }

    [Fact]
    public void Vector_and_scalar_inputs_pack_in_order_and_agree_with_forward_over_forward_and_differences()
    {
        double[] w = { 0.3, -0.2, 0.5 };
        const double b = 0.1, lambda = 0.05;
        double[] data = Matrices.Random(4 * 6, seed: 7);
        double[,] h = PackedHessians.LossHessian(w, b, data, lambda);
        // w's three elements, then b, then lambda.
        Assert.Equal(5, h.GetLength(0));
        Assert.Equal(5, h.GetLength(1));

        // Forward over forward: e_iᵀ H e_j for every pair of packed unit vectors.
        for (int i = 0; i < 5; i++)
        {
            for (int j = 0; j < 5; j++)
            {
                (double[] wi, double bi, double li) = Unit(i);
                (double[] wj, double bj, double lj) = Unit(j);
                double second = PackedHessians.LossTangentTangent(w, wi, wj, new double[3], b, bi, bj, 0, data, lambda, li, lj, 0).Tangent.Tangent;
                Approx.Equal(second, h[i, j], $"H[{i}, {j}] against FTangentTangent", 1e-12, 1e-14);
            }
        }

        // Central differences of the generated gradient, column by column.
        const double step = 1e-5;
        for (int j = 0; j < 5; j++)
        {
            (double[] wj, double bj, double lj) = Unit(j);
            double[] up = Packed(PackedHessians.LossGradient(Shift(w, wj, step), b + bj * step, data, lambda + lj * step));
            double[] down = Packed(PackedHessians.LossGradient(Shift(w, wj, -step), b - bj * step, data, lambda - lj * step));
            for (int i = 0; i < 5; i++)
            {
                Approx.Equal((up[i] - down[i]) / (2 * step), h[i, j], $"H[{i}, {j}] against differences of FGradient", 1e-6, 1e-8);
            }
        }
        // Symmetric, as a Hessian is.
        for (int i = 0; i < 5; i++)
        {
            for (int j = 0; j < i; j++)
            {
                Approx.Equal(h[i, j], h[j, i], $"H[{i}, {j}] = H[{j}, {i}]", 1e-12, 1e-14);
            }
        }
    }

    /// <summary>The packed unit vector k, split into its inputs.</summary>
    private static (double[] W, double B, double Lambda) Unit(int k)
    {
        var w = new double[3];
        if (k < 3)
        {
            w[k] = 1;
        }
        return (w, k == 3 ? 1 : 0, k == 4 ? 1 : 0);
    }

    private static double[] Shift(double[] w, double[] direction, double step)
    {
        var shifted = (double[])w.Clone();
        for (int i = 0; i < w.Length; i++)
        {
            shifted[i] += step * direction[i];
        }
        return shifted;
    }

    private static double[] Packed((double[] w, double b, double lambda) gradient) =>
        new[] { gradient.w[0], gradient.w[1], gradient.w[2], gradient.b, gradient.lambda };
}
