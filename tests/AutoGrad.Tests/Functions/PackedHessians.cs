using System;
using AutoGrad;

namespace AutoGrad.Tests.Functions;

/// <summary>Methods of several inputs of Order 2, whose FHessian packs the inputs in parameter order.</summary>
public static partial class PackedHessians
{
    /// <summary>A regularized least-squares loss of a linear model with a bias: w, then b, are the inputs; data is not.</summary>
    [Differentiable(Order = 2)]
    public static double Loss(double[] w, double b, [NoDerivative] double[] data, double lambda)
    {
        double loss = 0;
        for (int i = 0; i + w.Length < data.Length; i += w.Length + 1)
        {
            double prediction = b;
            for (int j = 0; j < w.Length; j++)
            {
                prediction += w[j] * data[i + j];
            }
            double residual = Math.Tanh(prediction) - data[i + w.Length];
            loss += residual * residual;
        }
        double norm = 0;
        for (int j = 0; j < w.Length; j++)
        {
            norm += w[j] * w[j];
        }
        return loss + lambda * norm * b;
    }

    /// <summary>Scalars only: x·y² + sin(x)·z.</summary>
    [Differentiable(Order = 2)]
    public static double Mixed(double x, double y, double z) => x * y * y + Math.Sin(x) * z;
}
