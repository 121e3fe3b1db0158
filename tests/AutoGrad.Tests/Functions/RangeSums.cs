using System;

namespace AutoGrad.Tests.Functions;

/// <summary>Losses that are sums over a range of data rows, for <see cref="ParallelSum"/>.</summary>
public static partial class RangeSums
{
    /// <summary>Σ over rows i in [start, end) of log(1 + exp(−yᵢ w·xᵢ)) + b²·i: a logistic loss with a bias term.</summary>
    [Differentiable]
    public static double Logistic(double[] w, double[,] scale, [NoDerivative] double[,] x, [NoDerivative] double[] y, int start, int end)
    {
        double loss = 0;
        for (int i = start; i < end; i++)
        {
            double margin = 0;
            for (int j = 0; j < w.Length; j++)
            {
                margin += w[j] * x[i, j];
            }
            loss += Math.Log(1 + Math.Exp(-y[i] * margin)) + scale[0, 1] * scale[0, 1] * i;
        }
        return loss;
    }

    /// <summary>Σ over rows i in [start, end) of ‖cᵢ mod k − pᵢ‖², with the centroids as a jagged array.</summary>
    [Differentiable]
    public static double Squares(double[][] c, [NoDerivative] double[][] p, int start, int end)
    {
        double sum = 0;
        for (int i = start; i < end; i++)
        {
            int k = i % c.Length;
            for (int j = 0; j < p[i].Length; j++)
            {
                sum += (c[k][j] - p[i][j]) * (c[k][j] - p[i][j]) * Math.Sin(i);
            }
        }
        return sum;
    }
}
